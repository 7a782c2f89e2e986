import { describe, expect, it } from 'vitest';
import { harness, MIN, toFirstCase } from './harness.ts';

describe('a case runs the six steps in order', () => {
  it('runs a full 45-minute case step by step and records planned versus actual', () => {
    const h = harness();
    toFirstCase(h);
    expect(h.phase).toBe('case');
    expect(h.supervisor().current?.timer.status).toBe('not-started');

    h.ok({ type: 'START' });
    const actualMinutes = [6, 3, 7, 14, 7, 8]; // step 1 runs a minute over, step 4 a minute short
    actualMinutes.forEach((minutes, index) => {
      expect(h.supervisor().current?.stepIndex).toBe(index);
      h.advance(minutes * MIN);
      h.ok({ type: 'NEXT' });
    });

    expect(h.phase).toBe('caseEnd');
    const timing = h.supervisor().cases[0]!.timing;
    expect(timing.steps.map((s) => s.plannedMs / MIN)).toEqual([5, 3, 7, 15, 7, 8]);
    expect(timing.steps.map((s) => s.actualMs / MIN)).toEqual(actualMinutes);
    expect(timing.plannedMs).toBe(45 * MIN);
    expect(timing.actualMs).toBe(45 * MIN);
    expect(timing.steps.every((s) => s.status === 'done')).toBe(true);
  });

  it('pauses and resumes without losing a second', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(2 * MIN);
    h.ok({ type: 'PAUSE' });
    expect(h.supervisor().current?.timer.status).toBe('paused');
    h.advance(10 * MIN); // a long pause: emotions ran high
    expect(h.supervisor().current?.timer.remainingMs).toBe(3 * MIN);
    h.ok({ type: 'RESUME' });
    h.advance(MIN);
    expect(h.supervisor().current?.timer.remainingMs).toBe(2 * MIN);
    expect(h.supervisor().current?.timer.deadline).toBe(h.now + 2 * MIN);
  });

  it('extends and shortens, never below zero left', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.ok({ type: 'EXTEND', ms: 5 * MIN });
    expect(h.supervisor().current?.timer.remainingMs).toBe(10 * MIN);
    h.ok({ type: 'SHORTEN', ms: MIN });
    expect(h.supervisor().current?.timer.remainingMs).toBe(9 * MIN);
    h.ok({ type: 'SHORTEN', ms: 60 * MIN });
    expect(h.supervisor().current?.timer.remainingMs).toBe(0);
    expect(h.supervisor().current?.timer.overtimeMs).toBe(0);
    const refused = h.send({ type: 'SHORTEN', ms: MIN });
    expect(refused.ok ? null : refused.refusal.code).toBe('nothing-to-shorten');
  });

  it('shows overtime and, by default, waits for the supervisor', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(5 * MIN + 90_000);
    const clock = h.send({ type: 'CLOCK' });
    expect(clock.ok).toBe(false); // time-up is a signal, not a move
    const t = h.supervisor().current!;
    expect(t.stepIndex).toBe(0);
    expect(t.timer.status).toBe('overtime');
    expect(t.timer.overtimeMs).toBe(90_000);
    h.ok({ type: 'EXTEND', ms: 2 * MIN });
    expect(h.supervisor().current?.timer.status).toBe('running');
    expect(h.supervisor().current?.timer.remainingMs).toBe(30_000);
  });

  it('auto-advances at time-up when the supervisor chose that', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'SET_AUTO_ADVANCE', enabled: true });
    h.ok({ type: 'START' });
    h.advance(4 * MIN);
    expect(h.send({ type: 'CLOCK' }).ok).toBe(false); // not yet
    h.advance(MIN);
    h.ok({ type: 'CLOCK' });
    const current = h.supervisor().current!;
    expect(current.stepIndex).toBe(1);
    expect(current.timer.status).toBe('running');
    expect(h.context.log.at(-1)?.kind).toBe('auto-advanced');
  });

  it('does not auto-advance past the summary: the supervisor closes the case', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'SET_AUTO_ADVANCE', enabled: true });
    h.ok({ type: 'START' });
    for (let i = 0; i < 5; i++) {
      h.advance(20 * MIN);
      h.ok({ type: 'NEXT' });
    }
    h.advance(9 * MIN);
    expect(h.send({ type: 'CLOCK' }).ok).toBe(false);
    expect(h.phase).toBe('case');
    expect(h.supervisor().current?.timer.status).toBe('overtime');
  });

  it('goes back after an accidental next without losing the recorded time', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(3 * MIN);
    h.ok({ type: 'NEXT' }); // oops
    h.advance(10_000);
    h.ok({ type: 'BACK' });
    const v = h.supervisor();
    expect(v.current?.stepIndex).toBe(0);
    expect(v.current?.timer.status).toBe('running');
    expect(v.current?.timer.remainingMs).toBe(2 * MIN);
    expect(v.cases[0]!.timing.steps[1]!.actualMs).toBe(10_000);
    h.advance(2 * MIN);
    h.ok({ type: 'NEXT' });
    h.advance(20_000);
    // Step 2 continues from the 10 s it already had.
    expect(h.supervisor().current?.timer.elapsedMs).toBe(30_000);
  });

  it('goes back from "case done" into the summary, and from an unstarted case to choosing', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'BACK' });
    expect(h.phase).toBe('choosing');
    expect(h.context.proposals.find((p) => p.id === 'c1')?.status).toBe('open');
    expect(h.context.cases).toHaveLength(0);

    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1b' });
    h.ok({ type: 'START' });
    for (let i = 0; i < 6; i++) {
      h.advance(MIN);
      h.ok({ type: 'NEXT' });
    }
    expect(h.phase).toBe('caseEnd');
    h.ok({ type: 'BACK' });
    expect(h.phase).toBe('case');
    expect(h.supervisor().current?.stepId).toBe('samenvatting');
    expect(h.supervisor().current?.timer.elapsedMs).toBe(MIN);
    // a started case cannot be un-chosen by going back from step 1
    for (let i = 0; i < 5; i++) h.ok({ type: 'BACK' });
    expect(h.send({ type: 'BACK' }).ok).toBe(false);
  });

  it('uses per-case minute overrides and lets a later step be replanned', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'BACK' });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-x', minutes: { uitwisseling: 20 } });
    expect(h.supervisor().cases[0]!.timing.plannedMs).toBe(50 * MIN);
    h.ok({ type: 'SET_STEP_MINUTES', stepId: 'samenvatting', minutes: 10 });
    expect(h.supervisor().cases[0]!.timing.plannedMs).toBe(52 * MIN);
    h.ok({ type: 'START' });
    h.ok({ type: 'NEXT' });
    const r = h.send({ type: 'SET_STEP_MINUTES', stepId: 'inbreng', minutes: 3 });
    expect(r.ok ? null : r.refusal.code).toBe('step-already-done');
  });

  it('uses the 30-minute template when chosen', () => {
    const h = harness();
    h.ok({ type: 'SET_TEMPLATE', templateId: 'short-30' });
    toFirstCase(h);
    expect(h.supervisor().cases[0]!.timing.plannedMs).toBe(30 * MIN);
  });

  it('projects the end of the case for any now', () => {
    const h = harness();
    toFirstCase(h);
    expect(h.timekeeper().caseTiming?.projectedEndAt).toBe(h.now + 45 * MIN);
    h.ok({ type: 'START' });
    h.advance(8 * MIN); // step 1 runs 3 minutes over
    expect(h.timekeeper().caseTiming?.projectedEndAt).toBe(h.now + 40 * MIN);
    h.ok({ type: 'PAUSE' });
    h.advance(5 * MIN);
    expect(h.timekeeper().caseTiming?.projectedEndAt).toBe(h.now + 40 * MIN);
  });
});
