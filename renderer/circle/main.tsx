import '../common/theme.css';
import './circle.css';
import { startWindow } from '../common/start.ts';

// The circle display only reads: no activity pings, no commands.
startWindow(() => import('./mount.tsx'), { role: 'circle', activity: false });
