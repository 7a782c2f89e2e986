import { describe, expect, it } from 'vitest';
import { liveTimer } from '../../../shared/session/index.ts';
import { harness, MIN, toFirstCase } from './harness.ts';
import type { Harness } from './harness.ts';

const HOUR = 60 * MIN;
const timer = (h: Harness) => h.supervisor().current!.timer;

/** Case 1, step 1 (5 min) running for 2 minutes. */
function twoMinutesIn(): Harness {
  const h = harness();
  toFirstCase(h);
  h.ok({ type: 'START' });
  h.advance(2 * MIN);
  return h;
}

describe('the wall clock jumps', () => {
  it('a forward jump during a running step does not eat the time left', () => {
    const h = twoMinutesIn();
    h.advance(HOUR); // the laptop's clock jumps an hour ahead (time zone, sync)
    h.ok({ type: 'CLOCK_JUMP', deltaMs: HOUR });
    expect(timer(h)).toMatchObject({ status: 'running', remainingMs: 3 * MIN, elapsedMs: 2 * MIN, overtimeMs: 0 });
    h.advance(MIN);
    expect(timer(h).remainingMs).toBe(2 * MIN);
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'clock-jump', ms: HOUR, detail: 'inbreng' });
  });

  it('a backward jump during a running step does not hand out extra time', () => {
    const h = twoMinutesIn();
    h.setNow(h.now - HOUR);
    h.ok({ type: 'CLOCK_JUMP', deltaMs: -HOUR });
    expect(timer(h)).toMatchObject({ status: 'running', remainingMs: 3 * MIN, elapsedMs: 2 * MIN });
    h.advance(4 * MIN);
    expect(timer(h)).toMatchObject({ status: 'overtime', remainingMs: 0, overtimeMs: MIN });
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'clock-jump', ms: -HOUR });
  });

  it('a jump during a pause changes nothing: the time left is what it was', () => {
    for (const delta of [HOUR, -HOUR, 37_000]) {
      const h = twoMinutesIn();
      h.ok({ type: 'PAUSE' });
      h.advance(MIN);
      h.setNow(h.now + delta);
      h.ok({ type: 'CLOCK_JUMP', deltaMs: delta });
      expect(timer(h)).toMatchObject({ status: 'paused', remainingMs: 3 * MIN });
      expect(h.context.log.at(-1)).toMatchObject({ kind: 'clock-jump', ms: delta });
      h.ok({ type: 'RESUME' });
      h.advance(30_000);
      expect(timer(h).remainingMs).toBe(2.5 * MIN);
    }
  });

  it('the jump shows in the pushed deadline, so windows keep counting correctly', () => {
    const h = twoMinutesIn();
    h.advance(HOUR);
    h.ok({ type: 'CLOCK_JUMP', deltaMs: HOUR });
    const pushed = timer(h);
    expect(pushed.deadline).toBe(h.now + 3 * MIN);
    expect(liveTimer(pushed, h.now + MIN).remainingMs).toBe(2 * MIN);
  });

  it('a jump during the warm-up and a break is handled the same way', () => {
    const w = harness();
    w.ok({ type: 'CONFIRM_PLAN' });
    w.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 });
    w.advance(MIN + 2 * HOUR);
    w.ok({ type: 'CLOCK_JUMP', deltaMs: 2 * HOUR });
    expect(timer(w).remainingMs).toBe(4 * MIN);

    const b = harness();
    b.ok({ type: 'CONFIRM_PLAN' });
    b.ok({ type: 'FINISH_OPENING' });
    b.ok({ type: 'START_BREAK', minutes: 10 });
    b.advance(3 * MIN);
    b.setNow(b.now - 30 * MIN);
    b.ok({ type: 'CLOCK_JUMP', deltaMs: -30 * MIN });
    expect(timer(b).remainingMs).toBe(7 * MIN);
  });

  it('a jump with nothing running is logged and changes no timer', () => {
    const h = harness();
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    const before = structuredClone(h.context);
    h.ok({ type: 'CLOCK_JUMP', deltaMs: -5 * MIN });
    expect({ ...h.context, log: before.log }).toEqual(before);
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'clock-jump', ms: -5 * MIN });
  });
});

describe('a clock going backwards without notice', () => {
  it('never shows more time left than planned, nor negative elapsed time', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    const started = h.now;
    for (const back of [1, 1_000, MIN, HOUR, 24 * HOUR]) {
      h.setNow(started - back);
      const t = timer(h);
      expect(t.remainingMs).toBeLessThanOrEqual(5 * MIN);
      expect(t.elapsedMs).toBeGreaterThanOrEqual(0);
      expect(t.overtimeMs).toBe(0);
      expect(h.timekeeper().caseTiming!.actualMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('after some time has run, going back keeps at least what was already recorded and never more than planned', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(2 * MIN);
    h.ok({ type: 'PAUSE' });
    h.advance(MIN);
    h.ok({ type: 'RESUME' });
    const resumedAt = h.now;
    h.setNow(resumedAt - HOUR);
    expect(timer(h)).toMatchObject({ remainingMs: 3 * MIN, elapsedMs: 2 * MIN });
    // Pausing on the backwards clock records no negative time either.
    h.ok({ type: 'PAUSE' });
    expect(timer(h)).toMatchObject({ status: 'paused', remainingMs: 3 * MIN, elapsedMs: 2 * MIN });
  });

  it('a window whose clock goes back does not count up beyond the planned time', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(MIN);
    const pushed = timer(h);
    for (const back of [1_000, MIN, 10 * MIN, HOUR]) {
      const shown = liveTimer(pushed, pushed.at - back);
      expect(shown.remainingMs).toBeLessThanOrEqual(pushed.plannedMs + pushed.adjustMs);
      expect(shown.remainingMs).toBeLessThanOrEqual(pushed.remainingMs);
      expect(shown.elapsedMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('moving on on a backwards clock records no negative time and starts the next step with its full time', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.setNow(h.now - 10 * MIN); // the engine never saw the time in between: it counts none
    h.ok({ type: 'NEXT' });
    expect(h.supervisor().cases[0]!.timing.steps[0]!.actualMs).toBe(0);
    expect(h.supervisor().current?.stepId).toBe('stille-inventaris');
    expect(timer(h).remainingMs).toBe(3 * MIN);
    h.advance(MIN);
    expect(timer(h).remainingMs).toBe(2 * MIN);
    h.setNow(h.now - HOUR);
    h.ok({ type: 'BACK' });
    expect(h.supervisor().cases[0]!.timing.steps[1]!.actualMs).toBe(0);
    expect(h.supervisor().current?.stepId).toBe('inbreng');
    expect(timer(h)).toMatchObject({ status: 'running', remainingMs: 5 * MIN, elapsedMs: 0 });
  });
});
