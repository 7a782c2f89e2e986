import type { Clock } from '../../../electron/main/services/clock.ts';

export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
export const SEC = 1_000;
export const MIN = 60_000;

interface PendingTimer {
  id: number;
  /** Monotonic time at which it fires, like setTimeout. */
  due: number;
  fn: () => void;
}

/**
 * A Clock the test drives by hand. The wall clock and the monotonic clock normally move together
 * (`advance`), but either can be moved alone: `jumpWall` is an NTP correction or a hand-set clock,
 * `sleep` is a machine that was suspended (the wall clock ran on, nothing ran, no timers fired).
 * Timers run on the monotonic clock, only inside `advance`, in due order.
 */
export class FakeClock implements Clock {
  #wall: number;
  #mono: number;
  #timers: PendingTimer[] = [];
  #nextId = 1;

  constructor(wall = T0, mono = 1_000_000) {
    this.#wall = wall;
    this.#mono = mono;
  }

  now(): number {
    return this.#wall;
  }

  monotonic(): number {
    return this.#mono;
  }

  setTimer(fn: () => void, ms: number): unknown {
    const timer: PendingTimer = { id: this.#nextId++, due: this.#mono + Math.max(0, ms), fn };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimer(handle: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle);
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Move both clocks forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.#mono + ms;
    for (;;) {
      const next = this.#timers.filter((t) => t.due <= target).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#wall += next.due - this.#mono;
      this.#mono = next.due;
      next.fn();
    }
    this.#wall += target - this.#mono;
    this.#mono = target;
  }

  /** The wall clock alone jumps (forward when positive); the monotonic clock does not notice. */
  jumpWall(deltaMs: number): void {
    this.#wall += deltaMs;
  }

  /** The machine slept for `ms`: the wall clock moved on; monotonic too only if `monotonicToo`. No timer fires. */
  sleep(ms: number, monotonicToo = false): void {
    this.#wall += ms;
    if (monotonicToo) this.#mono += ms;
  }
}
