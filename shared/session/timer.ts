/**
 * One countdown (a step, the warm-up, a break, the closing) as plain data.
 *
 * Time is data: a running timer stores when it started running (`runningSince`) and how much
 * time it had already run before (`elapsedMs`); everything else is computed for a given `now`.
 * Nothing here counts ticks, so a late or missed timer callback can never make the clock wrong.
 */
export interface Timer {
  /** The planned length, from the template or the per-case override. */
  plannedMs: number;
  /** Sum of extend (+) and shorten (−) since the plan. */
  adjustMs: number;
  /** Running time accumulated before `runningSince`. */
  elapsedMs: number;
  /** Wall-clock ms at which the current run began; null when not running. */
  runningSince: number | null;
  /** When it first started; null while not started. */
  startedAt: number | null;
  /** When it was left for good (next step, end of break); null while current. */
  endedAt: number | null;
}

export type TimerStatus = 'not-started' | 'running' | 'paused' | 'overtime' | 'done';

export function createTimer(plannedMs: number): Timer {
  return { plannedMs, adjustMs: 0, elapsedMs: 0, runningSince: null, startedAt: null, endedAt: null };
}

/** Running time up to `now`. A clock that went back before `runningSince` counts as no time. */
export function elapsedAt(timer: Timer, now: number): number {
  if (timer.runningSince === null) return timer.elapsedMs;
  return timer.elapsedMs + Math.max(0, now - timer.runningSince);
}

export function totalMs(timer: Timer): number {
  return Math.max(0, timer.plannedMs + timer.adjustMs);
}

/** Time left (never negative) and time over (never negative) at `now`. */
export function remainingAt(timer: Timer, now: number): { remainingMs: number; overtimeMs: number } {
  const left = totalMs(timer) - elapsedAt(timer, now);
  return { remainingMs: Math.max(0, left), overtimeMs: Math.max(0, -left) };
}

/** The wall-clock moment the timer reaches zero, while it runs. */
export function deadlineOf(timer: Timer): number | null {
  if (timer.runningSince === null) return null;
  return timer.runningSince + totalMs(timer) - timer.elapsedMs;
}

export function statusAt(timer: Timer, now: number): TimerStatus {
  if (timer.endedAt !== null) return 'done';
  if (timer.startedAt === null) return 'not-started';
  if (timer.runningSince === null) return 'paused';
  return remainingAt(timer, now).remainingMs === 0 ? 'overtime' : 'running';
}

export function isRunning(timer: Timer): boolean {
  return timer.runningSince !== null;
}

export function startTimer(timer: Timer, now: number): Timer {
  return {
    ...timer,
    runningSince: now,
    startedAt: timer.startedAt ?? now,
    endedAt: null,
  };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: elapsedAt(timer, now), runningSince: null };
}

/** Leave the timer for good (it may be reopened by "back"). */
export function endTimer(timer: Timer, now: number): Timer {
  return { ...pauseTimer(timer, now), endedAt: now };
}

/** Reopen a timer that was ended, e.g. when "back" undoes an accidental "next". */
export function reopenTimer(timer: Timer, now: number): Timer {
  return startTimer({ ...timer, endedAt: null }, now);
}

/**
 * Extend (positive) or shorten (negative). Shortening never goes below zero left:
 * the adjustment is clamped so that the time left ends at zero at most.
 */
export function adjustTimer(timer: Timer, deltaMs: number, now: number): Timer {
  if (deltaMs >= 0) return { ...timer, adjustMs: timer.adjustMs + deltaMs };
  const { remainingMs } = remainingAt(timer, now);
  const cut = Math.min(-deltaMs, remainingMs);
  return { ...timer, adjustMs: timer.adjustMs - cut };
}

/** The wall clock jumped by `deltaMs` (positive: forward). Keep the running time as it truly was. */
export function shiftTimer(timer: Timer, deltaMs: number): Timer {
  if (timer.runningSince === null) return timer;
  return { ...timer, runningSince: timer.runningSince + deltaMs };
}

export function replanTimer(timer: Timer, plannedMs: number): Timer {
  return { ...timer, plannedMs };
}
