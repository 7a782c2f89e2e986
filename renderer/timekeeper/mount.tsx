import { mount } from '../common/boot.tsx';
import { Timekeeper } from './Timekeeper.tsx';

export function render() {
  mount(<Timekeeper />);
}
