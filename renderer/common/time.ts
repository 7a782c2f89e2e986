/**
 * What a countdown shows, and when what it shows next changes. Pure; no DOM, no clocks.
 *
 * `leftMs` is the signed time left: `deadline - now` while running (negative in overtime),
 * the remaining time (or minus the overtime) while paused.
 *
 * What a shown value stands for (the benchmark measures against exactly this):
 * - "m:ss" showing n seconds (n ≥ 1): the true time left lies in ((n − 1) s, n s] — rounded UP,
 *   so "0:01" is the last second and the display never claims more time is gone than is gone.
 * - "0:00": time is up, overtime in [0 s, 1 s).
 * - "+m:ss" showing k seconds (k ≥ 1): overtime in [k s, (k + 1) s).
 */

/** "4:12", "0:05", "75:00": minutes unpadded, seconds two digits. */
export function clockText(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  return `${minutes}:${seconds < 10 ? '0' : ''}${seconds}`;
}

/** The value a countdown shows for a signed time left. */
export function shownTime(leftMs: number): string {
  if (leftMs > 0) return clockText(Math.ceil(leftMs / 1000));
  const overSeconds = Math.floor(-leftMs / 1000);
  return overSeconds === 0 ? '0:00' : `+${clockText(overSeconds)}`;
}

/**
 * Milliseconds from now until the shown value changes, in (0, 1000].
 * Counting down: the value n changes when left reaches (n − 1) s exactly.
 * In overtime: "+k" changes when the overtime reaches (k + 1) s.
 */
export function msUntilChange(leftMs: number): number {
  if (leftMs > 0) {
    const rest = leftMs % 1000;
    return rest === 0 ? 1000 : rest;
  }
  const over = -leftMs;
  return 1000 - (over % 1000);
}

/** A duration for planned vs actual: "5:00", "1:02:30" from an hour. Rounded to the nearest second. */
export function durationText(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const sign = ms < 0 && total > 0 ? '−' : '';
  if (total >= 3600) {
    const h = Math.floor(total / 3600);
    const rest = clockText(total % 3600);
    return `${sign}${h}:${rest.padStart(5, '0')}`;
  }
  return sign + clockText(total);
}

/** Whole minutes, rounded: for plans ("45 min"). */
export function minutesOf(ms: number): number {
  return Math.round(ms / 60_000);
}

/** "+3:20" late or "−1:05" early, relative to the plan; "0:00" on the dot. */
export function deltaText(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  if (total === 0) return '0:00';
  return `${ms > 0 ? '+' : '−'}${clockText(total)}`;
}
