/**
 * The debriefing is a second method on the same engine: its machine has its five steps, a whole
 * debriefing runs on a simulated clock, and its windows' views follow its steps.
 */
import { describe, expect, it } from 'vitest';
import { DEBRIEFING, INTERVISIE, METHODS, methodById } from '../../../shared/method/index.ts';
import { createSessionMachine, machineFor, prefillCommands, sessionCommandSchema } from '../../../shared/session/index.ts';
import { harness, MIN } from './harness.ts';

const FIVE = ['inchecken', 'observatie', 'gevoel', 'behoeften', 'praktijk'];

describe('the debriefing method', () => {
  it('is data with five steps, numbered, each with a rule, who speaks and minutes (5/10/20/15/25 by default)', () => {
    expect(METHODS.map((m) => m.id)).toEqual(['intervisie', 'debriefing']);
    expect(DEBRIEFING.steps.map((s) => s.id)).toEqual(FIVE);
    expect(DEBRIEFING.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    const template = DEBRIEFING.templates.find((t) => t.id === DEBRIEFING.defaultTemplateId)!;
    expect(DEBRIEFING.steps.map((s) => template.minutes[s.id])).toEqual([5, 10, 20, 15, 25]);
    for (const step of DEBRIEFING.steps) {
      expect(step.circleRule.nl.length).toBeGreaterThan(5);
      expect(step.whoSpeaks.nl.length).toBeGreaterThan(5);
      expect(step.defaultMinutes).toBe(template.minutes[step.id]);
    }
    // step ids are unique across methods: a note or an observation says which method it belongs to
    const all = METHODS.flatMap((m) => m.steps.map((s) => s.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('builds a machine whose case has exactly its five steps, in order', () => {
    const machine = createSessionMachine(DEBRIEFING);
    const caseNode = machine.root.states.case!;
    expect(Object.keys(caseNode.states)).toEqual(FIVE);
    expect(caseNode.initial.target[0]!.key).toBe('inchecken');
    expect(machineFor('debriefing').root.states.case!.states.praktijk!.meta).toEqual({ step: DEBRIEFING.steps[4] });
    // and the intervisie machine is untouched
    expect(Object.keys(machineFor('intervisie').root.states.case!.states)).toHaveLength(6);
  });

  it('runs a whole debriefing with a simulated clock: plan, opening, the five steps, closing', () => {
    const h = harness('debrief-1', DEBRIEFING);
    expect(h.supervisor().methodId).toBe('debriefing');
    expect(h.context.plan.templateId).toBe('debriefing-75');
    ['Anna', 'Bram', 'Chloë'].forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i}`, name }));
    h.ok({ type: 'SET_SCHEDULE', field: 'plannedCases', value: 1 });
    h.ok({ type: 'CONFIRM_PLAN' });
    h.advance(10 * MIN);
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'x', title: 'Scenario: de nachtdienst', presenterId: null, criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'x', caseId: 'c1' });
    expect(h.value).toEqual({ case: 'inchecken' });
    expect(h.circle().current?.stepCount).toBe(5);
    expect(h.supervisor().current?.timer.plannedMs).toBe(5 * MIN);
    h.ok({ type: 'START' });
    for (const [i, id] of FIVE.entries()) {
      expect(h.value).toEqual({ case: id });
      expect(h.timekeeper().current).toMatchObject({ stepId: id, stepIndex: i });
      const planned = h.timekeeper().current!.timer.plannedMs;
      h.advance(planned + 30_000); // every step runs half a minute over
      expect(h.timekeeper().current!.timer.overtimeMs).toBe(30_000);
      h.ok({ type: 'NEXT' });
    }
    expect(h.value).toBe('caseEnd');
    const timing = h.supervisor().cases[0]!.timing;
    expect(timing.steps.map((s) => s.stepId)).toEqual(FIVE);
    expect(timing.plannedMs).toBe(75 * MIN);
    expect(timing.actualMs).toBe(75 * MIN + 5 * 30_000);
    h.ok({ type: 'CLOSE_SESSION' });
    h.advance(10 * MIN);
    h.ok({ type: 'FINISH_SESSION' });
    expect(h.value).toBe('closed');
    expect(h.supervisor().timeline.find((b) => b.kind === 'case')?.plannedMs).toBe(75 * MIN);
  });

  it('survives a restart in the middle of a debriefing step', () => {
    const h = harness('debrief-2', DEBRIEFING);
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'x', title: 'Scenario', presenterId: null, criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'x', caseId: 'c1' });
    h.ok({ type: 'START' });
    h.ok({ type: 'NEXT' });
    h.advance(3 * MIN);
    h.restart(MIN);
    expect(h.value).toEqual({ case: 'observatie' });
    expect(h.supervisor().methodId).toBe('debriefing');
    expect(h.supervisor().current?.timer.elapsedMs).toBe(4 * MIN);
  });

  it('refuses a template of the other method, and uses a plan\'s own minutes (a circle\'s template) for every case', () => {
    const h = harness('debrief-3', DEBRIEFING);
    expect(h.send({ type: 'SET_TEMPLATE', templateId: 'standard-45' }).ok).toBe(false);
    expect(h.send({ type: 'SET_PLAN_STEP_MINUTES', stepId: 'inbreng', minutes: 5 }).ok).toBe(false);
    expect(h.send({ type: 'SET_PLAN_STEP_MINUTES', stepId: 'gevoel', minutes: 500 }).ok).toBe(false);
    h.ok({ type: 'SET_PLAN_STEP_MINUTES', stepId: 'gevoel', minutes: 30 });
    expect(h.supervisor().timeline.find((b) => b.kind === 'case')?.plannedMs).toBe(85 * MIN);
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'x', title: 'Scenario', presenterId: null, criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'x', caseId: 'c1' });
    expect(h.supervisor().cases[0]!.timing.steps.map((s) => s.plannedMs / MIN)).toEqual([5, 10, 30, 15, 25]);
    // a preset chosen later replaces the plan's own minutes
    const g = harness('debrief-4', DEBRIEFING);
    g.ok({ type: 'SET_PLAN_STEP_MINUTES', stepId: 'gevoel', minutes: 30 });
    g.ok({ type: 'SET_TEMPLATE', templateId: 'debriefing-60' });
    expect(g.supervisor().timeline.find((b) => b.kind === 'case')?.plannedMs).toBe(60 * MIN);
  });

  it('a prefilled plan becomes ordinary commands; another method\'s template is left out', () => {
    const events = prefillCommands('debriefing', { participants: ['Anna', 'Bram'], supervisorName: 'Sofie', secondFacilitatorName: 'Tom', templateId: 'long-60', stepMinutes: { gevoel: 25, vragen: 9 } }, 0, () => 'id');
    expect(events.map((e) => e.type)).toEqual(['ADD_PARTICIPANT', 'ADD_PARTICIPANT', 'SET_FACILITATOR', 'SET_FACILITATOR', 'SET_PLAN_STEP_MINUTES']);
    for (const e of events) {
      const { now: _n, ...command } = e;
      expect(sessionCommandSchema.safeParse(command).success).toBe(true);
    }
    expect(methodById('intervisie')).toBe(INTERVISIE);
  });
});
