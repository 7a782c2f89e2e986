import { mount } from '../common/boot.tsx';
import { App } from './App.tsx';

export function render() {
  mount(<App />);
}
