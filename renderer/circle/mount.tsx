import { mount } from '../common/boot.tsx';
import { Circle } from './Circle.tsx';

export function render() {
  mount(<Circle />);
}
