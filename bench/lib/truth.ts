/**
 * The true time left, from the services' own pushed views: each view's timer is valid from its
 * `at` (the services' clock when it was made; the same machine clock the pages read).
 */
import type { RoleView } from '../../shared/session/index.ts';
import { trueLeft } from './shown-time.ts';
import type { TimerTruth } from './shown-time.ts';

export interface TruthTimer extends TimerTruth {
  at: number;
}

export type Truth = (t: number) => { left: number; timer: TruthTimer } | null;

export function timersOf(views: readonly { view: RoleView }[]): TruthTimer[] {
  const out: TruthTimer[] = [];
  for (const { view } of views) {
    const t = view.current?.timer;
    if (t) out.push({ deadline: t.deadline, remainingMs: t.remainingMs, overtimeMs: t.overtimeMs, status: t.status, at: t.at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Truth at time t: the latest timer made at or before t. */
export function truthFrom(timers: readonly TruthTimer[]): Truth {
  return (t) => {
    let found: TruthTimer | null = null;
    for (const timer of timers) {
      if (timer.at <= t) found = timer;
      else break;
    }
    return found ? { left: trueLeft(found, t), timer: found } : null;
  };
}
