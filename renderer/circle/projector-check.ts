/**
 * "Scherm testen": before people arrive, the supervisor shows the sizes the group will read and
 * makes the text bigger or smaller from the back of the room (− and +, or the keys), remembered
 * for this display. Opened with the button shown before the session starts, or the T key.
 */
import { INTERVISIE } from '../../shared/method/method.ts';
import type { RoleView } from '../../shared/session/views.ts';
import type { T } from '../i18n/make-t.ts';
import { applyScale, clampScale, saveScale, SCALE, storedScale } from './circle-scale.ts';
import { CLOCK_SIZE } from './circle-clock.ts';
import { h } from './dom.ts';

export interface ProjectorCheck {
  /** Show what fits the session's moment and the language; call on every change of either. */
  render(view: RoleView | null, t: T): void;
  dispose(): void;
}

/** The sample and the controls, built for one language; `update` shows a new scale without rebuilding (focus stays). */
function drawDialog(t: T, actions: { change: (delta: number) => void; reset: () => void; close: () => void }) {
  // The longest step the group reads: its name, rule and who speaks, at the sizes of a real step.
  const sample = INTERVISIE.steps[3]!;
  const smaller = h('button', { type: 'button', 'aria-label': t('projector.smaller'), 'data-testid': 'projector-smaller', on: { click: () => actions.change(-SCALE.step) } }, '−');
  const bigger = h('button', { type: 'button', 'aria-label': t('projector.bigger'), 'data-testid': 'projector-bigger', on: { click: () => actions.change(SCALE.step) } }, '+');
  const reset = h('button', { type: 'button', on: { click: actions.reset } }, t('projector.reset'));
  const done = h('button', { type: 'button', class: 'primary', 'data-testid': 'projector-done', on: { click: actions.close } }, t('projector.done'));
  const output = h('output', { 'aria-live': 'polite', 'data-testid': 'projector-scale' });
  const el = h(
    'div',
    { class: 'projector-check', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'projector-title', 'data-testid': 'projector-check' },
    h(
      'main',
      { class: 'circle projector-sample' },
      h('header', { class: 'circle-top' }, h('p', null, t('case.number', { n: 1 }), ' · ', t('step.numberOf', { n: sample.number, total: INTERVISIE.steps.length }))),
      h('p', { class: 'circle-step', role: 'presentation' }, t.l(sample.name)),
      h('p', { class: 'circle-rule' }, t.l(sample.circleRule)),
      h('p', { class: 'circle-who' }, h('span', { class: 'muted' }, t('circle.whoSpeaks')), ' ', t.l(sample.whoSpeaks)),
      h('p', { class: 'countdown projector-digits', style: { 'font-size': CLOCK_SIZE.large } }, '12:34'),
    ),
    h(
      'div',
      { class: 'projector-controls' },
      h('h1', { id: 'projector-title' }, t('projector.title')),
      h('p', null, t('projector.hint')),
      h('div', { class: 'projector-row' }, smaller, output, bigger, reset, done),
    ),
  );
  return {
    el,
    done,
    update(scale: number) {
      output.textContent = t('projector.scale', { percent: Math.round(scale * 100) });
      smaller.disabled = scale <= SCALE.min;
      bigger.disabled = scale >= SCALE.max;
      reset.disabled = scale === SCALE.default;
    },
  };
}

/** Lives in `host` after the circle's own screen. */
export function createProjectorCheck(host: HTMLElement): ProjectorCheck {
  let open = false;
  let scale = storedScale();
  applyScale(scale);
  let view: RoleView | null = null;
  let t: T | null = null;
  let shown: HTMLElement | null = null;
  let shownFor = '';
  let dialog: ReturnType<typeof drawDialog> | null = null;

  const change = (delta: number) => {
    scale = clampScale(scale + delta);
    saveScale(scale);
    dialog?.update(scale);
  };
  const setOpen = (next: boolean) => {
    open = next;
    draw();
  };

  function draw() {
    if (!t) return;
    // Before the session starts (nobody reads the display yet), the way in is a visible button.
    const beforeStart = !view || view.phase === 'planning' || view.phase === 'opening';
    const what = open ? `dialog|${t.lang}` : beforeStart ? `button|${t.lang}` : 'none';
    if (what === shownFor) return;
    shownFor = what;
    shown?.remove();
    shown = null;
    dialog = null;
    if (open) {
      dialog = drawDialog(t, { change, reset: () => change(SCALE.default - scale), close: () => setOpen(false) });
      dialog.update(scale);
      shown = host.appendChild(dialog.el);
      dialog.done.focus();
    } else if (beforeStart) {
      shown = host.appendChild(h('button', { type: 'button', class: 'projector-open', 'data-testid': 'projector-open', on: { click: () => setOpen(true) } }, t('projector.open')));
    }
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 't' || e.key === 'T') setOpen(!open);
    else if (open && (e.key === '+' || e.key === '=')) change(SCALE.step);
    else if (open && e.key === '-') change(-SCALE.step);
    else if (open && e.key === 'Escape') setOpen(false);
  };
  window.addEventListener('keydown', onKey);

  return {
    render(nextView, nextT) {
      view = nextView;
      t = nextT;
      draw();
    },
    dispose() {
      window.removeEventListener('keydown', onKey);
      shown?.remove();
    },
  };
}
