import { boot } from '../common/boot.tsx';
import { App } from './App.tsx';
import './supervisor.css';

boot(<App />, { activity: true });
