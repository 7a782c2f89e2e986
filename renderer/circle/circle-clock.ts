/**
 * The circle display's clock: the digits (or a calm bar) under the step. Built once; the ticker
 * (common/ticker.ts) then writes only the digits' text node and the bar's transform, once a second.
 * Zone and run state (data-zone, data-run: the colours in theme.css and circle.css) change a few
 * times per step. Overtime stays quiet here: smaller and grey, or gone (the timekeeper keeps the
 * strong signals).
 */
import type { TimerView } from '../../shared/session/views.ts';
import { createBarFill } from '../common/bar-fill.ts';
import type { BarFill } from '../common/bar-fill.ts';
import { createTicker, totalOf } from '../common/ticker.ts';
import type { Zone } from '../common/ticker.ts';
import type { ClockLook } from './circle-view.ts';
import { h, setAttr } from './dom.ts';

/** The digits' size: large in a spoken step; small in the silent step (under the word lists) and in overtime. */
export const CLOCK_SIZE = { large: 'clamp(5rem, min(13vw, 24vh), 15rem)', small: 'clamp(2.5rem, 7vh, 6rem)' } as const;

export interface CircleClock {
  /** The clock's element; render-circle.ts places it. */
  readonly el: HTMLDivElement;
  show(look: ClockLook): void;
  dispose(): void;
}

/** The midpoint mark on the bar (step 4), as a fraction of the bar; null when the timer has none. */
function midpointOf(timer: TimerView): number | null {
  const total = totalOf(timer);
  return timer.midpointMs !== null && total > 0 ? Math.min(1, timer.midpointMs / total) : null;
}

export function createCircleClock(): CircleClock {
  const text = document.createTextNode('–:––');
  const digits = h('span', { class: 'countdown-digits', 'data-testid': 'time-left', role: 'timer' }, text);
  const el = h('div', { class: 'countdown circle-clock' }, digits);
  let look: ClockLook | null = null;
  let zone: Zone = 'normal';
  // Present only while the bar shows: the bar, its fill, its midpoint mark, and the label read instead of the digits.
  let bar: { box: HTMLDivElement; fill: BarFill; mark: HTMLDivElement | null; label: HTMLSpanElement } | null = null;

  /** What depends on the zone as well as on the look: the digits' size and whether overtime shows at all. */
  function applyZone() {
    if (!look) return;
    const size = look.small || zone === 'timeup' ? CLOCK_SIZE.small : CLOCK_SIZE.large;
    if (digits.style.fontSize !== size) digits.style.fontSize = size;
    el.classList.toggle('gone', zone === 'timeup' && look.overtime === 'none');
  }

  const ticker = createTicker({
    onText: (state) => {
      if (text.data !== state.text) text.data = state.text;
      bar?.fill.set(state.progress);
    },
    onState: (state) => {
      zone = state.zone;
      setAttr(el, 'data-zone', state.zone);
      setAttr(el, 'data-run', state.run);
      applyZone();
    },
  });

  function showBar(timer: TimerView, label: string) {
    if (!bar) {
      const fill = h('div', { class: 'countdown-bar-fill' });
      bar = { box: h('div', { class: 'countdown-bar', 'aria-hidden': 'true' }, fill), fill: createBarFill(fill), mark: null, label: h('span', { class: 'sr-only' }) };
      el.append(bar.box, bar.label);
    }
    bar.fill.set(ticker.current()?.progress ?? 0);
    if (bar.label.textContent !== label) bar.label.textContent = label;
    const midpoint = midpointOf(timer);
    if (midpoint === null) {
      bar.mark?.remove();
      bar.mark = null;
    } else {
      bar.mark ??= bar.box.appendChild(h('div', { class: 'countdown-bar-mark' }));
      bar.mark.style.left = `${(midpoint * 100).toFixed(2)}%`;
    }
  }

  return {
    el,
    show(next) {
      const before = look;
      look = next;
      // A new timer (a push: pause, resume, +1 minute) or threshold: the ticker recomputes at once.
      if (!before || before.timer !== next.timer || before.warningMs !== next.warningMs) ticker.set(next.timer, next.warningMs);
      const display = next.bar ? 'none' : '';
      if (digits.style.display !== display) digits.style.display = display;
      if (next.bar) showBar(next.timer, next.barLabel);
      else if (bar) {
        bar.fill.dispose();
        bar.box.remove();
        bar.label.remove();
        bar = null;
      }
      applyZone();
    },
    dispose: () => {
      ticker.dispose();
      bar?.fill.dispose();
    },
  };
}
