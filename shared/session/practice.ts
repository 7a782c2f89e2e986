/**
 * Practice ("Oefenen"): a whole case on a fast clock, with nothing stored. The host keeps session
 * time running `rate` times faster than the room's; windows are told the rate, so their countdowns
 * race along at the same speed and reach zero exactly when the host's deadline does.
 */
import type { RoleView, TimerView } from './views.ts';

/** One minute passes in six seconds. */
export const PRACTICE_RATE = 10;

export interface PracticeClock {
  rate: number;
  /** Real epoch ms and session epoch ms at the moment practice began. */
  realStart: number;
  sessionStart: number;
}

/** Session time at a real moment. */
export const practiceNow = (p: PracticeClock, realNow: number) => p.sessionStart + (realNow - p.realStart) * p.rate;

function fast(timer: TimerView, p: PracticeClock, realNow: number): TimerView {
  return { ...timer, rate: p.rate, realAt: realNow };
}

/** A view made on session time, marked as practice, with every clock telling windows its rate. */
export function practiceView(view: RoleView, p: PracticeClock, realNow: number): RoleView {
  const current = view.current ? { ...view.current, timer: fast(view.current.timer, p, realNow) } : null;
  if (view.role === 'supervisor') {
    const warmup = view.warmup ? { ...view.warmup, timer: fast(view.warmup.timer, p, realNow) } : null;
    return { ...view, current, warmup, practice: true };
  }
  return { ...view, current, practice: true };
}
