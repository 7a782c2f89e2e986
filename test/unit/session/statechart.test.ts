/**
 * The method draws the machine: one state per step, in the method's order, with the step's traits
 * declared as tags and meta, and views that read them from there.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { INTERVISIE, STEPS } from '../../../shared/method/index.ts';
import type { MethodDefinition } from '../../../shared/method/index.ts';
import { createSessionMachine, sessionMachine } from '../../../shared/session/index.ts';
import { harness, MIN, toFirstCase } from './harness.ts';

describe('the statechart is drawn from the method', () => {
  it('has one child state of "case" per step, in the method\'s order', () => {
    const caseNode = sessionMachine.root.states.case!;
    expect(Object.keys(caseNode.states)).toEqual(STEPS.map((s) => s.id));
    expect(caseNode.initial.target[0]!.key).toBe('inbreng');
    expect(Object.keys(sessionMachine.root.states)).toEqual(['planning', 'opening', 'choosing', 'case', 'caseEnd', 'break', 'closing', 'closed']);
  });

  it('declares the silent step and the mid-point step as tags, and every step\'s definition as meta', () => {
    const steps = sessionMachine.root.states.case!.states;
    expect([...steps['stille-inventaris']!.tags].sort()).toEqual(['silent', 'step']);
    expect([...steps.uitwisseling!.tags].sort()).toEqual(['midpoint', 'step']);
    expect([...steps.inbreng!.tags]).toEqual(['step']);
    for (const step of STEPS) expect(steps[step.id]!.meta).toEqual({ step });
  });

  it('saves the step as the state: { case: stepId }', () => {
    const h = harness();
    toFirstCase(h);
    expect(h.value).toEqual({ case: 'inbreng' });
    h.ok({ type: 'START' });
    h.ok({ type: 'NEXT' });
    expect(h.value).toEqual({ case: 'stille-inventaris' });
    expect(h.actor.getSnapshot().hasTag('silent')).toBe(true);
  });

  it('walks every step with next, and back again with back, keeping the time each step had', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    for (const step of STEPS.slice(1)) {
      h.advance(MIN);
      h.ok({ type: 'NEXT' });
      expect(h.value).toEqual({ case: step.id });
      expect(h.supervisor().current?.stepId).toBe(step.id);
    }
    h.advance(MIN);
    h.ok({ type: 'NEXT' });
    expect(h.value).toBe('caseEnd');
    h.ok({ type: 'BACK' });
    expect(h.value).toEqual({ case: 'samenvatting' });
    for (const step of [...STEPS].reverse().slice(1)) {
      h.ok({ type: 'BACK' });
      expect(h.value).toEqual({ case: step.id });
      // each step kept its minute and runs on from there
      expect(h.supervisor().current?.timer.elapsedMs).toBe(MIN);
    }
  });

  it('the views take the silent and mid-point signals from the declared traits', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.ok({ type: 'NEXT' });
    expect(h.circle().current?.timer.silent).toBe(true);
    h.ok({ type: 'NEXT' });
    expect(h.circle().current?.timer.silent).toBe(false);
    h.ok({ type: 'NEXT' });
    expect(h.timekeeper().current?.timer.midpointMs).toBe(10 * MIN);
    expect(h.timekeeper().current?.stepCount).toBe(6);
  });

  it('a method with other steps makes a machine with those steps, with no engine change', () => {
    const three: MethodDefinition = {
      ...INTERVISIE,
      steps: [STEPS[0]!, STEPS[3]!, STEPS[5]!],
    };
    const machine = createSessionMachine(three);
    expect(Object.keys(machine.root.states.case!.states)).toEqual(['inbreng', 'uitwisseling', 'samenvatting']);
    // It runs: from the first step, next goes to the method's second step.
    const actor = createActor(machine, { input: { id: 's', now: 0 } }).start();
    const send = (e: object) => actor.send({ now: 0, atMove: actor.getSnapshot().context.moves, ...e } as never);
    actor.send({ type: 'ADD_PROPOSAL', id: 'c1', title: 'X', presenterId: null, criteria: [], now: 0 });
    send({ type: 'CONFIRM_PLAN' });
    send({ type: 'FINISH_OPENING' });
    send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'k1' });
    expect(actor.getSnapshot().value).toEqual({ case: 'inbreng' });
    send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toEqual({ case: 'uitwisseling' });
    expect(actor.getSnapshot().context.cases[0]!.steps.map((s) => s.stepId)).toEqual(['inbreng', 'uitwisseling', 'samenvatting']);
    actor.stop();
  });

  it('counts a move on every change of state, and not on time adjustments or edits', () => {
    const h = harness();
    const m0 = h.moves;
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    expect(h.moves).toBe(m0);
    h.ok({ type: 'CONFIRM_PLAN' });
    expect(h.moves).toBe(m0 + 1);
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'k1' });
    const inCase = h.moves;
    h.ok({ type: 'START' });
    h.ok({ type: 'EXTEND', ms: MIN });
    h.ok({ type: 'PAUSE' });
    expect(h.moves).toBe(inCase);
    h.ok({ type: 'NEXT' });
    expect(h.moves).toBe(inCase + 1);
  });

  it('records the move from case end to choosing in the log, like every other phase', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    for (let i = 0; i < 6; i++) h.ok({ type: 'NEXT' });
    h.ok({ type: 'NEXT_CASE' });
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'phase', detail: 'choosing' });
  });
});

describe('the picture of the machine', () => {
  it('docs/session-machine.md is the diagram drawn from the machine as it is now (npm run machine:diagram)', async () => {
    const { readFileSync } = await import('node:fs');
    const { DIAGRAM_FILE, diagramDocument, mermaid } = await import('../../../scripts/machine-diagram.ts');
    for (const step of STEPS) expect(mermaid()).toContain(`case_${step.id.replace(/-/g, '_')}`);
    expect(readFileSync(DIAGRAM_FILE, 'utf8')).toBe(diagramDocument());
  });
});
