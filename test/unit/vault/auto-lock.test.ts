import { describe, expect, it } from 'vitest';
import { createAutoLock, type LockReason } from '../../../electron/main/vault/index.ts';

/** A fake clock with timers that fire when the test moves time forward. */
function fakeTime() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id: number) => {
      timers.delete(id);
    },
    pending: () => timers.size,
    /** Moves time forward, firing due timers in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = end;
    },
    /** Time jumps (e.g. the machine slept) without timers firing on time. */
    jump(ms: number) {
      now += ms;
    },
  };
}

function setup(idleMs = 10 * 60_000, warnBeforeMs = 60_000) {
  const time = fakeTime();
  const events: string[] = [];
  const autoLock = createAutoLock({
    idleMs,
    warnBeforeMs,
    onWarn: (msLeft) => events.push(`warn:${msLeft}`),
    onLock: (reason: LockReason) => events.push(`lock:${reason}`),
    onWarningCleared: () => events.push('cleared'),
    now: time.now,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
  });
  return { time, events, autoLock };
}

describe('createAutoLock', () => {
  it('warns before the idle time and locks at it', () => {
    const { time, events } = setup();
    time.advance(9 * 60_000 - 1);
    expect(events).toEqual([]);
    time.advance(1);
    expect(events).toEqual(['warn:60000']);
    time.advance(60_000);
    expect(events).toEqual(['warn:60000', 'lock:idle']);
  });

  it('activity pushes the lock back and clears a warning', () => {
    const { time, events, autoLock } = setup();
    time.advance(5 * 60_000);
    autoLock.activity();
    time.advance(8 * 60_000);
    expect(events).toEqual([]);
    time.advance(60_000);
    expect(events).toEqual(['warn:60000']);
    autoLock.activity();
    expect(events).toEqual(['warn:60000', 'cleared']);
    time.advance(9 * 60_000 - 1);
    expect(events).toEqual(['warn:60000', 'cleared']);
    time.advance(60_001);
    expect(events.at(-1)).toBe('lock:idle');
  });

  it('a timer that fires late (machine slept) locks at once instead of warning', () => {
    const { time, events } = setup();
    time.jump(30 * 60_000);
    time.advance(0);
    expect(events).toEqual(['lock:idle']);
  });

  it('lockNow locks with the given reason and stops the timer until there is activity again', () => {
    const { time, events, autoLock } = setup();
    autoLock.lockNow('screen-lock');
    autoLock.lockNow('suspend');
    expect(events).toEqual(['lock:screen-lock', 'lock:suspend']);
    expect(time.pending()).toBe(0);
    time.advance(60 * 60_000);
    expect(events).toHaveLength(2);
    autoLock.activity(); // unlocked again
    time.advance(10 * 60_000);
    expect(events.slice(2)).toEqual(['warn:60000', 'lock:idle']);
  });

  it('setIdleMs re-arms with the new period, and dispose stops everything', () => {
    const { time, events, autoLock } = setup();
    time.advance(60_000);
    autoLock.setIdleMs(3 * 60_000);
    time.advance(60_000 - 1);
    expect(events).toEqual([]);
    time.advance(1);
    expect(events).toEqual(['warn:60000']);
    autoLock.dispose();
    expect(time.pending()).toBe(0);
    time.advance(10 * 60_000);
    autoLock.activity();
    autoLock.lockNow('manual');
    expect(events).toEqual(['warn:60000']);
    expect(() => autoLock.setIdleMs(0)).toThrow(RangeError);
  });

  it('a warning period longer than the idle time is clamped to half of it', () => {
    const { time, events } = setup(60_000, 5 * 60_000);
    time.advance(30_000);
    expect(events).toEqual(['warn:30000']);
    time.advance(30_000);
    expect(events).toEqual(['warn:30000', 'lock:idle']);
  });
});
