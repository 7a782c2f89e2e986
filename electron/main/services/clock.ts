/** The one place main reads time, so tests can drive it. */
export interface Clock {
  /** Wall-clock epoch ms (what the session records). */
  now(): number;
  /** A clock that never jumps, for detecting wall-clock jumps. */
  monotonic(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimer: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
