/**
 * Idle auto-lock, as pure logic: the clock and the timer are injected, so it runs the same in
 * main (with setTimeout and powerMonitor events) and in a test (with a fake clock).
 *
 * Time is data: we store the moment of the last activity and arm one timer for the next moment
 * that matters (warning, then lock). `activity()` only moves the timestamp, so calling it on every
 * key press is cheap; when the timer fires it checks the real clock again, which also covers a
 * timer that fires late (e.g. after the machine slept).
 */
export type LockReason = 'idle' | 'screen-lock' | 'suspend' | 'manual';

export interface AutoLockOptions<Handle> {
  /** Lock after this long without activity. */
  idleMs: number;
  /** Warn this long before the idle lock (clamped to half of idleMs). */
  warnBeforeMs: number;
  /** The lock is near; msLeft until it happens. */
  onWarn: (msLeft: number) => void;
  /** Lock now (wipe the key, show the lock screen). May be called when already locked: make it idempotent. */
  onLock: (reason: LockReason) => void;
  /** Activity after a warning: hide the warning. */
  onWarningCleared?: () => void;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => Handle;
  clearTimer: (handle: Handle) => void;
}

export interface AutoLock {
  /** The person did something: restart the idle period (also restarts tracking after a lock). */
  activity(): void;
  /** Lock at once, e.g. on screen lock, suspend or the lock button. */
  lockNow(reason: LockReason): void;
  setIdleMs(ms: number): void;
  /** Stop: no timer, no more callbacks. */
  dispose(): void;
}

function assertPositive(ms: number, name: string): void {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`${name} must be a positive number of ms`);
}

export function createAutoLock<Handle>(options: AutoLockOptions<Handle>): AutoLock {
  const { onWarn, onLock, onWarningCleared, now, setTimer, clearTimer } = options;
  assertPositive(options.idleMs, 'idleMs');
  let idleMs = options.idleMs;
  const warnBeforeMs = Math.max(0, options.warnBeforeMs);
  let lastActivity = now();
  let warned = false;
  let locked = false;
  let disposed = false;
  let timer: { handle: Handle } | undefined;

  const warnLead = (): number => Math.min(warnBeforeMs, idleMs / 2);

  function disarm(): void {
    if (timer) clearTimer(timer.handle);
    timer = undefined;
  }

  function arm(): void {
    disarm();
    const lockAt = lastActivity + idleMs;
    const lead = warnLead();
    const target = warned || lead === 0 ? lockAt : lockAt - lead;
    timer = { handle: setTimer(check, Math.max(0, target - now())) };
  }

  function check(): void {
    timer = undefined;
    if (disposed || locked) return;
    const elapsed = now() - lastActivity;
    if (elapsed >= idleMs) {
      lock('idle');
      return;
    }
    const lead = warnLead();
    if (!warned && lead > 0 && elapsed >= idleMs - lead) {
      warned = true;
      onWarn(idleMs - elapsed);
    }
    arm();
  }

  function lock(reason: LockReason): void {
    disarm();
    locked = true;
    warned = false;
    onLock(reason);
  }

  arm();

  return {
    activity() {
      if (disposed) return;
      lastActivity = now();
      if (warned) {
        warned = false;
        onWarningCleared?.();
      }
      if (locked) locked = false;
      if (!timer) arm();
    },
    lockNow(reason) {
      if (disposed) return;
      lock(reason);
    },
    setIdleMs(ms) {
      assertPositive(ms, 'idleMs');
      if (disposed) return;
      idleMs = ms;
      if (!locked) {
        if (warned) {
          warned = false;
          onWarningCleared?.();
        }
        arm();
      }
    },
    dispose() {
      disposed = true;
      disarm();
    },
  };
}
