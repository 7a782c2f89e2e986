/**
 * Keeps a countdown's shown value exact without counting ticks.
 *
 * Every update recomputes from `deadline - Date.now()`; the next update is scheduled with one
 * setTimeout for the exact moment the shown second changes (or, when no digits are shown, the
 * moment the zone changes). It recomputes when the page becomes visible again, since a hidden page's
 * timers are throttled. No intervals, no animation frames: an idle page does one small thing a second.
 */
import type { TimerView } from '../../shared/session/views.ts';
import { afterNextPaint } from './after-paint.ts';
import { msUntilChange, shownTime } from './time.ts';

/** Whether the clock runs: not yet started, running, paused, or left for good. */
export type RunState = 'idle' | 'running' | 'paused' | 'done';
/** Where the time stands: plenty, the warning zone, or up (overtime). */
export type Zone = 'normal' | 'warning' | 'timeup';

/**
 * "Time is running out" brings the closing prompts forward (method: "two minutes: what still needs
 * saying?"). It scales with the step: a fifth of its planned time, at least 30 s and at most two minutes,
 * so a 5-minute step is not told at 2:00 that it is nearly over. Never in a silent step.
 */
export const ENDING_SOON_MS = 2 * 60_000;
export const endingSoonMs = (timer: TimerView) => Math.min(ENDING_SOON_MS, Math.max(30_000, Math.round(timer.plannedMs / 5)));

export interface TimeState {
  /** Signed time left: negative in overtime. */
  leftMs: number;
  text: string;
  run: RunState;
  zone: Zone;
  /** Fraction of the (extended) planned time gone, 0..1. */
  progress: number;
  midpointPassed: boolean;
  /** Nearly over (see endingSoonMs) and not yet over; never in a silent step. */
  endingSoon: boolean;
}

/** A moment in session time as a time of day in the room (in practice the session's clock runs faster). */
export function realTime(timer: TimerView | null | undefined, sessionTime: number): number {
  if (!timer || timer.rate === undefined || timer.realAt === undefined) return sessionTime;
  return timer.realAt + (sessionTime - timer.at) / timer.rate;
}

/** The session's time at the window's `now`: the same clock, or in practice a faster one. */
const sessionNow = (timer: TimerView, now: number) =>
  timer.rate !== undefined && timer.realAt !== undefined ? timer.at + Math.max(0, now - timer.realAt) * timer.rate : Math.max(now, timer.at);

export function signedLeft(timer: TimerView, now: number): number {
  // `deadline - now`; a clock that went back before the view was made counts as no time
  // (main then sends a corrected view), so the display never shows more time than was left.
  if (timer.deadline !== null) return timer.deadline - sessionNow(timer, now);
  return timer.remainingMs > 0 ? timer.remainingMs : -timer.overtimeMs;
}

function runState(timer: TimerView): RunState {
  if (timer.deadline !== null) return 'running';
  if (timer.status === 'not-started') return 'idle';
  if (timer.status === 'done') return 'done';
  return 'paused';
}

export function totalOf(timer: TimerView): number {
  return Math.max(0, timer.plannedMs + timer.adjustMs);
}

export function timeStateAt(timer: TimerView, now: number, warningMs: number = timer.warningMs): TimeState {
  const leftMs = signedLeft(timer, now);
  const total = totalOf(timer);
  const run = runState(timer);
  const zone: Zone = leftMs <= 0 && run !== 'idle' ? 'timeup' : leftMs <= warningMs && run !== 'idle' ? 'warning' : 'normal';
  const gone = total - leftMs;
  return {
    leftMs,
    text: shownTime(leftMs),
    run,
    zone,
    progress: total === 0 ? 1 : Math.min(1, Math.max(0, gone / total)),
    midpointPassed: timer.midpointMs !== null && gone >= timer.midpointMs,
    endingSoon: !timer.silent && run !== 'idle' && run !== 'done' && leftMs > 0 && leftMs <= endingSoonMs(timer),
  };
}

/** What a change of state signals, when it came from time passing (never from a button). */
export type TimeSignal = 'warning' | 'timeup' | 'midpoint' | 'ending-soon';

export function signalsBetween(before: TimeState, after: TimeState): TimeSignal[] {
  const out: TimeSignal[] = [];
  if (after.run !== 'running') return out;
  if (before.zone === 'normal' && after.zone === 'warning') out.push('warning');
  if (before.zone !== 'timeup' && after.zone === 'timeup') out.push('timeup');
  if (!before.midpointPassed && after.midpointPassed) out.push('midpoint');
  if (!before.endingSoon && after.endingSoon) out.push('ending-soon');
  return out;
}

const stateKey = (s: TimeState) => `${s.run}|${s.zone}|${s.midpointPassed ? 1 : 0}|${s.endingSoon ? 1 : 0}`;

export interface TickerOptions {
  /** Per-second updates of the shown value. Leave out to wake only when the zone changes. */
  onText?: (state: TimeState) => void;
  /** When run, zone, midpoint or ending-soon change; `signals` only for changes time itself made. */
  onState?: (state: TimeState, signals: TimeSignal[]) => void;
  now?: () => number;
  /** Listen for the page becoming visible again (default true). */
  watchVisibility?: boolean;
}

export interface Ticker {
  set(timer: TimerView | null, warningMs?: number): void;
  /** Recompute now (e.g. the page became visible). */
  refresh(): void;
  current(): TimeState | null;
  dispose(): void;
}

export function createTicker(options: TickerOptions): Ticker {
  const now = options.now ?? Date.now;
  let timer: TimerView | null = null;
  let warningMs = 0;
  let handle: ReturnType<typeof setTimeout> | null = null;
  let last: TimeState | null = null;
  let lastText = '';

  const cancel = () => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
  };
  /** A state report held back until the new digits are painted (see update). */
  let held: { report: () => void; cancel: () => void } | null = null;
  const flushHeld = () => {
    const was = held;
    held = null;
    was?.cancel();
    was?.report();
  };

  /** Delay to the next moment the zone (or midpoint, or ending-soon) can change, or null. */
  function nextStateChange(t: TimerView, left: number): number | null {
    const marks = [warningMs, ENDING_SOON_MS, 0];
    if (t.midpointMs !== null) marks.push(totalOf(t) - t.midpointMs);
    let best: number | null = null;
    for (const mark of marks) if (mark < left && (best === null || mark > best)) best = mark;
    return best === null ? null : left - best;
  }

  function update(fromTime: boolean, atBoundary = false) {
    cancel();
    // A report still held back comes first, so none is lost or comes after a newer one.
    flushHeld();
    if (!timer) {
      last = null;
      return;
    }
    const state = timeStateAt(timer, now(), warningMs);
    let wrote = false;
    if (options.onText && state.text !== lastText) {
      lastText = state.text;
      options.onText(state);
      wrote = true;
    }
    if (!last || stateKey(last) !== stateKey(state)) {
      const signals = fromTime && last ? signalsBetween(last, state) : [];
      last = state;
      const report = () => options.onState?.(state, signals);
      // At a second that also changes the zone (the warning, time up), the new digits are painted
      // first; what the state change redraws (colours, labels, a whole screen) comes a frame later.
      if (atBoundary && wrote) held = { report, cancel: afterNextPaint(() => flushHeld()) };
      else report();
    } else last = state;
    if (timer.deadline === null) return;
    const delay = options.onText ? msUntilChange(state.leftMs) : nextStateChange(timer, state.leftMs);
    if (delay !== null) handle = setTimeout(() => update(true, true), delay / (timer.rate ?? 1));
  }

  const onVisible = () => {
    if (document.visibilityState === 'visible') update(true);
  };
  const watch = options.watchVisibility !== false && typeof document !== 'undefined';
  if (watch) {
    document.addEventListener('visibilitychange', onVisible);
    // Page Lifecycle: a frozen page is resumed without a visibility change.
    document.addEventListener('resume', onVisible);
    window.addEventListener('pageshow', onVisible);
  }

  return {
    set(next, warning) {
      // The same running clock re-pushed (some other part of the session changed): time still counts as time.
      const same = timer !== null && next !== null && next.deadline !== null && next.deadline === timer.deadline && next.plannedMs === timer.plannedMs;
      timer = next;
      warningMs = warning ?? next?.warningMs ?? 0;
      update(same);
    },
    refresh: () => update(true),
    current: () => last,
    dispose() {
      cancel();
      held?.cancel();
      held = null;
      if (watch) {
        document.removeEventListener('visibilitychange', onVisible);
        document.removeEventListener('resume', onVisible);
        window.removeEventListener('pageshow', onVisible);
      }
    },
  };
}
