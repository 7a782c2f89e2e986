/**
 * Judges a recorded countdown against the truth: per sample (and at the moment each value was
 * replaced), how far the true time left lies outside the interval the shown value stands for; per change of the shown value, how long after
 * the ideal moment it came (MutationObserver time − (deadline − upper bound of the new value)).
 */
import type { PageSample } from './page-probes.ts';
import { errorOutside, idealChangeAt, intervalOf, isTick } from './shown-time.ts';
import type { Interval } from './shown-time.ts';
import { max, median, percentile } from './stats.ts';
import type { Truth } from './truth.ts';

export interface CountdownAccuracy {
  /** Judged points: in-page samples plus the moments values were replaced. */
  samples: number;
  samplesPerSec: number;
  /** Samples whose text showed no time (placeholder): counted, not judged. */
  unreadable: number;
  maxErrorMs: number;
  p99ErrorMs: number;
  /** Share of samples with any error at all. */
  wrongShare: number;
  changes: number;
  changeLagMedianMs: number;
  changeLagMaxMs: number;
  /** Most negative lag (a change before its moment), 0 when none came early. */
  changeLagMinMs: number;
  /** The five largest lags, with the value they brought (for diagnosis). */
  worstChanges: { text: string; lagMs: number }[];
}

export function judgeCountdown(
  record: { samples: readonly PageSample[]; mutations: readonly PageSample[] },
  truth: Truth,
  window: { from: number; to: number },
): CountdownAccuracy {
  const errors: number[] = [];
  let unreadable = 0;
  // A page whose main thread is blocked takes no samples, yet keeps showing its old value: so the
  // moment each value was replaced (MutationObserver time) is judged too, with the value it replaced.
  const replaced: PageSample[] = [];
  let shown: string | null = [...record.samples].filter((s) => s.t < window.from).at(-1)?.text ?? null;
  for (const m of record.mutations) {
    if (shown !== null && m.text !== shown) replaced.push({ t: m.t, text: shown });
    shown = m.text;
  }
  for (const s of [...record.samples, ...replaced]) {
    if (s.t < window.from || s.t > window.to) continue;
    const interval = intervalOf(s.text);
    const now = truth(s.t);
    if (!interval || !now) {
      unreadable++;
      continue;
    }
    errors.push(errorOutside(interval, now.left));
  }

  const lags: number[] = [];
  const changes: { text: string; lagMs: number }[] = [];
  let previous: Interval | null = null;
  const before = [...record.samples].filter((s) => s.t < window.from).at(-1);
  if (before) previous = intervalOf(before.text);
  for (const m of record.mutations) {
    const current = intervalOf(m.text);
    if (m.t >= window.from && m.t <= window.to && previous && current && isTick(previous, current)) {
      const now = truth(m.t);
      if (now?.timer.deadline != null) {
        const lag = m.t - idealChangeAt(now.timer.deadline, current);
        lags.push(lag);
        changes.push({ text: m.text, lagMs: lag });
      }
    }
    if (current) previous = current;
  }

  const seconds = (window.to - window.from) / 1000;
  return {
    samples: errors.length,
    samplesPerSec: seconds > 0 ? record.samples.filter((s) => s.t >= window.from && s.t <= window.to).length / seconds : 0,
    unreadable,
    maxErrorMs: max(errors),
    p99ErrorMs: percentile(errors, 99),
    wrongShare: errors.length ? errors.filter((e) => e > 0).length / errors.length : Number.NaN,
    changes: lags.length,
    changeLagMedianMs: median(lags),
    changeLagMaxMs: max(lags),
    changeLagMinMs: lags.length ? Math.min(0, ...lags) : Number.NaN,
    worstChanges: changes.sort((a, b) => b.lagMs - a.lagMs).slice(0, 5),
  };
}
