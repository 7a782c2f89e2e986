import '../common/theme.css';
import './circle.css';
import './projector.css';
import { startWindow } from '../common/start.ts';

// The circle display only reads: no activity pings, no commands.
startWindow(() => import('./mount.ts'), { activity: false });
