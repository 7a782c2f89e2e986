/**
 * What a shown countdown value stands for, and how far the truth lies outside it. Mirrors the
 * definition in renderer/common/time.ts (the benchmark measures against exactly that):
 *   "m:ss" for n ≥ 1 s   → time left in ((n − 1) s, n s]   (rounded UP)
 *   "0:00"               → time left in (−1 s, 0]           (overtime [0, 1 s))
 *   "+m:ss" for k ≥ 1 s  → time left in (−(k + 1) s, −k s]  (overtime [k s, (k + 1) s))
 * All values are signed ms of time left (negative in overtime).
 */

export interface Interval {
  /** Exclusive lower bound. */
  lo: number;
  /** Inclusive upper bound. */
  hi: number;
}

const SHOWN = /^\s*(\+?)(?:(\d+):)?(\d+):(\d\d)\s*$/;

/** The interval a shown text stands for, or null when it shows no time (placeholder, empty). */
export function intervalOf(text: string): Interval | null {
  const m = SHOWN.exec(text.replace(/\u2212/g, '-'));
  if (!m) return null;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  if (m[1] === '+') return { lo: -(seconds + 1) * 1000, hi: -seconds * 1000 };
  if (seconds === 0) return { lo: -1000, hi: 0 };
  return { lo: (seconds - 1) * 1000, hi: seconds * 1000 };
}

/** How far `leftMs` lies outside the interval: 0 when inside. */
export function errorOutside(interval: Interval, leftMs: number): number {
  if (leftMs > interval.hi) return leftMs - interval.hi;
  if (leftMs <= interval.lo) return interval.lo - leftMs;
  return 0;
}

/** The minimal state of a timer a page was told about (a pushed TimerView). */
export interface TimerTruth {
  deadline: number | null;
  remainingMs: number;
  overtimeMs: number;
  status: string;
}

/** The true signed time left at `now` for a pushed timer. */
export function trueLeft(timer: TimerTruth, now: number): number {
  if (timer.deadline !== null) return timer.deadline - now;
  return timer.remainingMs > 0 ? timer.remainingMs : -timer.overtimeMs;
}

/**
 * The ideal moment (epoch ms) at which a running countdown should start showing `next`: when the
 * time left falls to the interval's upper bound, i.e. `deadline − hi`.
 */
export function idealChangeAt(deadline: number, next: Interval): number {
  return deadline - next.hi;
}

/** True when `next` is the value right after `previous` as time passes (one second on). */
export function isTick(previous: Interval, next: Interval): boolean {
  return next.hi === previous.hi - 1000;
}
