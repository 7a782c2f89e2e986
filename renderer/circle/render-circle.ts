/**
 * Draws what circle-view.ts decided into the window. The screen's words are drawn again only when
 * they change (a new step, phase, display choice or language: a few times per step); a push that
 * changes nothing on the circle display touches nothing. The clock is one element that lives as long
 * as a clock is shown, moved into each new screen, so its ticker keeps writing the same text node.
 */
import { createCircleClock } from './circle-clock.ts';
import type { CircleClock } from './circle-clock.ts';
import type { CircleScreen, CircleShown, WordList } from './circle-view.ts';
import { h } from './dom.ts';

export interface CircleRenderer {
  render(shown: CircleShown): void;
  dispose(): void;
}

const practiceMark = (text: string | null) => (text === null ? null : h('p', { class: 'circle-practice', 'data-testid': 'practice-banner' }, text));

const list = (items: string[], props: { class?: string } | null = null) => h('ul', props, ...items.map((item) => h('li', null, item)));

/** The silent step's feelings and needs, in three columns. */
const wordLists = (lists: WordList[]) =>
  h('div', { class: 'circle-words' }, ...lists.map(({ key, title, words }) => h('section', { 'aria-labelledby': `w-${key}` }, h('h2', { id: `w-${key}` }, title), list(words))));

/** The screen's elements, and where the clock goes (null: this screen has no place for one). */
function draw(screen: CircleScreen, withClock: boolean): { main: HTMLElement; slot: HTMLElement | null } {
  switch (screen.kind) {
    case 'waiting':
      return { main: h('main', { class: 'circle holding', id: 'main' }, h('h1', { class: 'circle-hold-title' }, screen.title), h('p', { class: 'circle-hold-text' }, screen.text)), slot: null };
    case 'blank':
      return { main: h('main', { class: 'circle blackout', id: 'main', 'data-testid': 'circle-blackout' }, h('h1', { class: 'sr-only' }, screen.label)), slot: null };
    case 'rule-card':
      return {
        main: h(
          'main',
          { class: 'circle rule-card', id: 'main', 'data-testid': 'circle-rule-card' },
          h('h1', { class: 'circle-step' }, screen.name),
          h(
            'div',
            { class: 'rule-card-grid' },
            h('section', { 'aria-labelledby': 'rule-do' }, h('h2', { id: 'rule-do' }, screen.doTitle), list(screen.dos)),
            h('section', { 'aria-labelledby': 'rule-dont' }, h('h2', { id: 'rule-dont' }, screen.dontTitle), list(screen.donts)),
          ),
        ),
        slot: null,
      };
    case 'step': {
      const slot = h('div', { class: 'circle-time' });
      const main = h(
        'main',
        { class: screen.silent ? 'circle silent' : 'circle', id: 'main', 'data-step': screen.stepId },
        practiceMark(screen.practice),
        h('header', { class: 'circle-top' }, h('p', null, ...screen.top.filter(Boolean))),
        h('h1', { class: 'circle-step', 'data-testid': 'circle-step' }, screen.name),
        h('p', { class: 'circle-rule', 'data-testid': 'circle-rule' }, screen.rule),
        h('p', { class: 'circle-who' }, h('span', { class: 'muted' }, screen.whoLabel), ' ', screen.who),
        screen.words && wordLists(screen.words),
        slot,
      );
      return { main, slot };
    }
    case 'holding': {
      const slot = withClock ? h('div', { class: 'circle-time' }) : null;
      const main = h(
        'main',
        { class: 'circle holding', id: 'main', 'data-phase': screen.phase },
        practiceMark(screen.practice),
        h('h1', { class: 'circle-hold-title', 'data-testid': 'circle-step' }, screen.title),
        h('p', { class: 'circle-hold-text' }, screen.text),
        screen.criteria && list(screen.criteria, { class: 'circle-criteria' }),
        slot,
      );
      return { main, slot };
    }
  }
}

/** Draws into `host` as its first child (the projector check's elements follow it). */
export function createCircleRenderer(host: HTMLElement): CircleRenderer {
  let main: HTMLElement | null = null;
  let slot: HTMLElement | null = null;
  let drawn = '';
  let clock: CircleClock | null = null;

  return {
    render({ screen, clock: look }) {
      const key = `${JSON.stringify(screen)}|${look ? 'clock' : ''}`;
      if (key !== drawn) {
        const next = draw(screen, look !== null);
        if (main?.parentNode === host) host.replaceChild(next.main, main);
        else host.prepend(next.main);
        ({ main, slot } = next);
        drawn = key;
      }
      if (look && slot) {
        clock ??= createCircleClock();
        clock.show(look);
        if (clock.el.parentNode !== slot) slot.appendChild(clock.el);
      } else if (clock) {
        clock.dispose();
        clock.el.remove();
        clock = null;
      }
    },
    dispose() {
      clock?.dispose();
      clock = null;
      main?.remove();
      main = null;
      drawn = '';
    },
  };
}
