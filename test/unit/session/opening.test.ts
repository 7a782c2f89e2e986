import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../shared/session/index.ts';
import { harness, MIN } from './harness.ts';

const codeOf = (r: CommandResult) => (r.ok ? null : r.refusal.code);

function opened() {
  const h = harness();
  h.ok({ type: 'CONFIRM_PLAN' });
  return h;
}

describe('opening: agreements', () => {
  it('ticks agreements off and unticks them, each at most once', () => {
    const h = opened();
    h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: true });
    h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'everyone-heard', checked: true });
    h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: true });
    expect([...h.context.agreementsChecked].sort()).toEqual(['confidential', 'everyone-heard']);
    expect(h.supervisor().agreementsChecked).toHaveLength(2);
    h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: false });
    expect(h.context.agreementsChecked).toEqual(['everyone-heard']);
    h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'learn-together', checked: false });
    expect(h.context.agreementsChecked).toEqual(['everyone-heard']);
  });

  it('refuses an unknown agreement', () => {
    const h = opened();
    const r = h.raw({ type: 'CHECK_AGREEMENT', agreementId: 'no-phones' as 'confidential', checked: true });
    expect(codeOf(r)).toBe('invalid-payload');
    expect(h.context.agreementsChecked).toEqual([]);
  });
});

describe('opening: warm-up', () => {
  it('starts a warm-up that runs and counts down', () => {
    const h = opened();
    h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 });
    let v = h.supervisor();
    expect(v.current).toMatchObject({ kind: 'warmup', warmupId: 'grounding' });
    expect(v.current?.timer.status).toBe('running');
    expect(v.current?.timer.remainingMs).toBe(5 * MIN);
    h.advance(2 * MIN);
    v = h.supervisor();
    expect(v.current?.timer.remainingMs).toBe(3 * MIN);
    expect(v.warmup?.timer.remainingMs).toBe(3 * MIN);
    expect(h.circle().current?.timer.remainingMs).toBe(3 * MIN);
  });

  it('pauses, resumes and extends the warm-up', () => {
    const h = opened();
    h.ok({ type: 'START_WARMUP', warmupId: 'statements', minutes: 5 });
    h.advance(MIN);
    h.ok({ type: 'PAUSE' });
    h.advance(4 * MIN);
    expect(h.supervisor().current?.timer).toMatchObject({ status: 'paused', remainingMs: 4 * MIN });
    h.ok({ type: 'RESUME' });
    h.ok({ type: 'EXTEND', ms: 2 * MIN });
    h.advance(MIN);
    expect(h.supervisor().current?.timer).toMatchObject({ status: 'running', remainingMs: 5 * MIN });
  });

  it('ends the warm-up on request, after which the time controls have nothing to act on', () => {
    const h = opened();
    h.ok({ type: 'START_WARMUP', warmupId: 'images', minutes: 10 });
    h.advance(3 * MIN);
    h.ok({ type: 'END_WARMUP' });
    expect(h.phase).toBe('opening');
    expect(h.context.warmup?.timer.endedAt).toBe(h.now);
    expect(h.context.warmup?.timer.elapsedMs).toBe(3 * MIN);
    expect(h.supervisor().current).toBeNull();
    expect(h.supervisor().warmup?.timer.status).toBe('done');
    expect(codeOf(h.send({ type: 'PAUSE' }))).toBe('not-now');
    expect(codeOf(h.send({ type: 'END_WARMUP' }))).toBe('not-now');
  });

  it('refuses ending a warm-up that never started', () => {
    const h = opened();
    expect(codeOf(h.send({ type: 'END_WARMUP' }))).toBe('not-now');
  });

  it('finishing the opening ends a running warm-up and moves on to choosing a case', () => {
    const h = opened();
    h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 });
    h.advance(2 * MIN);
    h.ok({ type: 'FINISH_OPENING' });
    expect(h.phase).toBe('choosing');
    expect(h.context.openingEndedAt).toBe(h.now);
    expect(h.context.warmup?.timer).toMatchObject({ endedAt: h.now, elapsedMs: 2 * MIN, runningSince: null });
    expect(h.context.clock).toBeNull();
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'phase', detail: 'choosing' });
  });

  it('finishing the opening without a warm-up goes straight to choosing', () => {
    const h = opened();
    h.ok({ type: 'FINISH_OPENING' });
    expect(h.phase).toBe('choosing');
    expect(h.context.warmup).toBeNull();
  });

  it('refuses warm-up minutes outside 1 to 60 or not whole', () => {
    const h = opened();
    for (const minutes of [0, -5, 61, 2.5]) {
      expect(codeOf(h.send({ type: 'START_WARMUP', warmupId: 'grounding', minutes }))).toBe('minutes-out-of-range');
    }
    expect(h.context.warmup).toBeNull();
    h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 60 });
    expect(h.supervisor().current?.timer.plannedMs).toBe(60 * MIN);
  });

  it('a second warm-up ends the first and starts fresh', () => {
    const h = opened();
    h.ok({ type: 'START_WARMUP', warmupId: 'statements', minutes: 5 });
    h.advance(MIN);
    h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 3 });
    expect(h.supervisor().current).toMatchObject({ kind: 'warmup', warmupId: 'grounding' });
    expect(h.supervisor().current?.timer.remainingMs).toBe(3 * MIN);
  });

  it('refuses a warm-up outside the opening', () => {
    const h = harness();
    expect(codeOf(h.send({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 }))).toBe('not-now');
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    expect(codeOf(h.send({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 }))).toBe('not-now');
    expect(codeOf(h.send({ type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: true }))).toBe('not-now');
  });
});
