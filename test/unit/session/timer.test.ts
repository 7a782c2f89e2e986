import { describe, expect, it } from 'vitest';
import { adjustTimer, createTimer, deadlineOf, endTimer, pauseTimer, remainingAt, reopenTimer, shiftTimer, startTimer, statusAt } from '../../../shared/session/timer.ts';

const MIN = 60_000;

describe('timer', () => {
  it('counts down from the deadline, not from ticks', () => {
    const t = startTimer(createTimer(5 * MIN), 1_000);
    expect(deadlineOf(t)).toBe(1_000 + 5 * MIN);
    expect(remainingAt(t, 1_000 + 2 * MIN).remainingMs).toBe(3 * MIN);
    expect(statusAt(t, 1_000 + 2 * MIN)).toBe('running');
  });

  it('holds the remaining time exactly while paused', () => {
    let t = startTimer(createTimer(5 * MIN), 0);
    t = pauseTimer(t, 90_000);
    expect(statusAt(t, 10 * MIN)).toBe('paused');
    expect(remainingAt(t, 10 * MIN).remainingMs).toBe(5 * MIN - 90_000);
    expect(deadlineOf(t)).toBeNull();
    t = startTimer(t, 20 * MIN);
    expect(remainingAt(t, 20 * MIN + 30_000).remainingMs).toBe(5 * MIN - 120_000);
  });

  it('goes into overtime at zero and counts the overtime', () => {
    const t = startTimer(createTimer(MIN), 0);
    expect(statusAt(t, MIN)).toBe('overtime');
    expect(remainingAt(t, MIN + 42_000)).toEqual({ remainingMs: 0, overtimeMs: 42_000 });
  });

  it('never shortens below zero left', () => {
    const t = startTimer(createTimer(2 * MIN), 0);
    const cut = adjustTimer(t, -5 * MIN, MIN);
    expect(remainingAt(cut, MIN).remainingMs).toBe(0);
    expect(remainingAt(cut, MIN).overtimeMs).toBe(0);
    expect(cut.adjustMs).toBe(-MIN);
  });

  it('counts no time when the clock goes back before the run began', () => {
    const t = startTimer(createTimer(MIN), 10_000);
    expect(remainingAt(t, 5_000).remainingMs).toBe(MIN);
  });

  it('keeps the true running time when the wall clock jumps', () => {
    const t = startTimer(createTimer(10 * MIN), 0);
    // At 2 min of real time the wall clock jumps one hour forward.
    const shifted = shiftTimer(t, 60 * MIN);
    expect(remainingAt(shifted, 62 * MIN).remainingMs).toBe(8 * MIN);
  });

  it('reopens an ended timer with the time it had', () => {
    let t = startTimer(createTimer(5 * MIN), 0);
    t = endTimer(t, MIN);
    expect(statusAt(t, 2 * MIN)).toBe('done');
    t = reopenTimer(t, 3 * MIN);
    expect(remainingAt(t, 3 * MIN).remainingMs).toBe(4 * MIN);
    expect(t.startedAt).toBe(0);
  });
});
