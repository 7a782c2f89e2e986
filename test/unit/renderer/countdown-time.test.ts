// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockText, deltaText, durationText, msUntilChange, shownTime } from '../../../renderer/common/time.ts';
import { createTicker, signalsBetween, timeStateAt } from '../../../renderer/common/ticker.ts';
import type { TimeState } from '../../../renderer/common/ticker.ts';
import type { TimerView } from '../../../shared/session/views.ts';

const T0 = 1_700_000_000_000;

function running(leftMs: number, now: number, extra: Partial<TimerView> = {}): TimerView {
  const plannedMs = extra.plannedMs ?? 5 * 60_000;
  return {
    status: 'running',
    plannedMs,
    adjustMs: 0,
    elapsedMs: plannedMs - leftMs,
    remainingMs: Math.max(0, leftMs),
    overtimeMs: Math.max(0, -leftMs),
    deadline: now + leftMs,
    at: now,
    warningMs: 60_000,
    midpointMs: null,
    silent: false,
    ...extra,
  };
}

describe('what the countdown shows', () => {
  it('rounds the time left up to the whole second', () => {
    expect(shownTime(252_000)).toBe('4:12');
    expect(shownTime(251_001)).toBe('4:12');
    expect(shownTime(251_000)).toBe('4:11');
    expect(shownTime(1)).toBe('0:01');
    expect(shownTime(1_000)).toBe('0:01');
    expect(shownTime(60_000)).toBe('1:00');
    expect(shownTime(60_001)).toBe('1:01');
    expect(shownTime(75 * 60_000)).toBe('75:00');
  });

  it('shows 0:00 for the first second of overtime, then +m:ss', () => {
    expect(shownTime(0)).toBe('0:00');
    expect(shownTime(-999)).toBe('0:00');
    expect(shownTime(-1_000)).toBe('+0:01');
    expect(shownTime(-35_400)).toBe('+0:35');
    expect(shownTime(-61_000)).toBe('+1:01');
  });

  it('knows the exact moment the shown value changes', () => {
    expect(msUntilChange(252_000)).toBe(1_000);
    expect(msUntilChange(251_400)).toBe(400);
    expect(msUntilChange(1)).toBe(1);
    expect(msUntilChange(0)).toBe(1_000);
    expect(msUntilChange(-200)).toBe(800);
    // After waiting exactly that long, the value is different.
    for (const left of [252_000, 251_400, 1, 1_000, 0, -200, -35_999]) {
      expect(shownTime(left - msUntilChange(left))).not.toBe(shownTime(left));
      expect(shownTime(left - msUntilChange(left) + 1)).toBe(shownTime(left));
    }
  });

  it('formats durations and deltas', () => {
    expect(clockText(0)).toBe('0:00');
    expect(durationText(5 * 60_000)).toBe('5:00');
    expect(durationText(3_723_000)).toBe('1:02:03');
    expect(deltaText(200_000)).toBe('+3:20');
    expect(deltaText(-65_000)).toBe('−1:05');
    expect(deltaText(200)).toBe('0:00');
  });
});

describe('the ticker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('updates exactly when the shown second changes, never counting ticks', () => {
    const shown: { text: string; at: number }[] = [];
    const ticker = createTicker({ onText: (s) => shown.push({ text: s.text, at: Date.now() }) });
    ticker.set(running(3_500, T0));
    expect(shown).toEqual([{ text: '0:04', at: T0 }]);
    vi.advanceTimersByTime(499);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(shown.at(-1)).toEqual({ text: '0:03', at: T0 + 500 });
    vi.advanceTimersByTime(3_000);
    expect(shown.map((s) => s.text)).toEqual(['0:04', '0:03', '0:02', '0:01', '0:00']);
    expect(shown.at(-1)?.at).toBe(T0 + 3_500);
    vi.advanceTimersByTime(2_000);
    expect(shown.map((s) => s.text).slice(-2)).toEqual(['+0:01', '+0:02']);
    ticker.dispose();
  });

  it('recovers the right value after timers were late (a throttled page)', () => {
    const shown: string[] = [];
    const ticker = createTicker({ onText: (s) => shown.push(s.text) });
    ticker.set(running(60_000, T0));
    // The clock jumps 20 s while no timer ran (hidden page); the page becomes visible again.
    vi.setSystemTime(T0 + 20_300);
    ticker.refresh();
    expect(shown.at(-1)).toBe('0:40');
    ticker.dispose();
  });

  it('does nothing at all while paused', () => {
    const onText = vi.fn();
    const ticker = createTicker({ onText });
    ticker.set({ ...running(90_000, T0), status: 'paused', deadline: null });
    expect(onText).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(onText).toHaveBeenCalledTimes(1);
    ticker.dispose();
  });

  it('signals warning, midpoint and time-up only as time passes', () => {
    const signals: string[] = [];
    const ticker = createTicker({ onState: (_s, sig) => signals.push(...sig) });
    // 15 minutes, warning at 2, midpoint at 10 minutes in: 5:30 left now.
    ticker.set(running(330_000, T0, { plannedMs: 900_000, warningMs: 120_000, midpointMs: 600_000 }), 120_000);
    expect(signals).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(signals).toEqual(['midpoint']);
    vi.advanceTimersByTime(179_999);
    expect(signals).toEqual(['midpoint']);
    vi.advanceTimersByTime(1);
    expect(signals).toEqual(['midpoint', 'warning', 'ending-soon']);
    vi.advanceTimersByTime(120_000);
    expect(signals).toEqual(['midpoint', 'warning', 'ending-soon', 'timeup']);
    ticker.dispose();
  });

  it('gives no signal when a view arrives already in the warning zone', () => {
    const state: TimeState = timeStateAt(running(30_000, T0), T0);
    expect(state.zone).toBe('warning');
    expect(signalsBetween(state, state)).toEqual([]);
    const signals: string[] = [];
    const ticker = createTicker({ onState: (_s, sig) => signals.push(...sig) });
    ticker.set(running(30_000, T0));
    expect(signals).toEqual([]);
    ticker.dispose();
  });

  it('recomputes when the page becomes visible again', () => {
    const shown: string[] = [];
    const ticker = createTicker({ onText: (s) => shown.push(s.text) });
    ticker.set(running(60_000, T0));
    vi.setSystemTime(T0 + 30_500);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(shown.at(-1)).toBe('0:30');
    ticker.dispose();
  });
});

describe('"time is running out" fits the step', () => {
  const T = Date.UTC(2026, 11, 2, 9, 0);
  it('comes at a fifth of the step, at least 30 s and at most two minutes before the end', () => {
    // 5-minute step: a minute before the end, not two
    expect(timeStateAt(running(90_000, T), T).endingSoon).toBe(false);
    expect(timeStateAt(running(60_000, T), T).endingSoon).toBe(true);
    // 15-minute step: two minutes before the end (a fifth would be three)
    const long = { plannedMs: 15 * 60_000 };
    expect(timeStateAt(running(150_000, T, long), T).endingSoon).toBe(false);
    expect(timeStateAt(running(120_000, T, long), T).endingSoon).toBe(true);
    // 2-minute step: 30 s, never less
    const short = { plannedMs: 2 * 60_000 };
    expect(timeStateAt(running(31_000, T, short), T).endingSoon).toBe(false);
    expect(timeStateAt(running(30_000, T, short), T).endingSoon).toBe(true);
  });

  it('never comes in the silent step', () => {
    expect(timeStateAt(running(20_000, T, { plannedMs: 3 * 60_000, silent: true }), T).endingSoon).toBe(false);
  });

  it('in practice the countdown runs at the practice rate', () => {
    const practice = { ...running(5 * 60_000, T), rate: 10, realAt: T };
    // six real seconds are a minute of practice
    expect(timeStateAt(practice, T + 6_000).leftMs).toBe(4 * 60_000);
  });
});
