import '../common/theme.css';
import './timekeeper.css';
import { startWindow } from '../common/start.ts';

startWindow(() => import('./mount.tsx'), { role: 'timekeeper', activity: true });
