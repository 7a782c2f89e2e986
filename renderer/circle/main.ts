import '../common/theme.css';
import './circle.css';
import './projector.css';
import { startWindow } from '../common/start.ts';
// Imported at once, not loaded after connecting like the React windows' screens: without React the
// circle's whole UI is a few KB, and one round of module requests fewer brings the step sooner.
import { render } from './mount.ts';

// The circle display only reads: no activity pings, no commands.
startWindow(async () => ({ render }), { role: 'circle', activity: false });
