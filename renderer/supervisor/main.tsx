import '../common/theme.css';
import './supervisor.css';
import { startWindow } from '../common/start.ts';

startWindow(() => import('./mount.tsx'), { role: 'supervisor', activity: true });
