import { boot } from '../common/boot.tsx';
import { Circle } from './Circle.tsx';
import './circle.css';

// The circle display never sends anything but reads: no activity pings, no commands.
boot(<Circle />, { activity: false });
