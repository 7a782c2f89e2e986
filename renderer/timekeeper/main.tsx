import { boot } from '../common/boot.tsx';
import { Timekeeper } from './Timekeeper.tsx';
import './timekeeper.css';

boot(<Timekeeper />, { activity: true });
