import { mount } from '../common/boot.tsx';
import { Circle } from './Circle.tsx';
import { ProjectorCheck } from './ProjectorCheck.tsx';

export function render() {
  mount(
    <>
      <Circle />
      <ProjectorCheck />
    </>,
  );
}
