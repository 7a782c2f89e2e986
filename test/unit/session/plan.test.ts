import { describe, expect, it } from 'vitest';
import { plannedTimeline } from '../../../shared/session/index.ts';
import type { CommandResult } from '../../../shared/session/index.ts';
import { harness, MIN, toFirstCase } from './harness.ts';

const codeOf = (r: CommandResult) => (r.ok ? null : r.refusal.code);
const names = (h: ReturnType<typeof harness>) => h.context.plan.participants.map((p) => p.name);

describe('planning: participants', () => {
  it('adds participants with their names trimmed, in the order they were added', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: '  Anna ' });
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' });
    expect(h.context.plan.participants).toEqual([
      { id: 'p1', name: 'Anna' },
      { id: 'p2', name: 'Bram' },
    ]);
    expect(h.supervisor().plan.participants.map((p) => p.name)).toEqual(['Anna', 'Bram']);
  });

  it('renames a participant, also to a different capitalisation of their own name', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' });
    h.ok({ type: 'RENAME_PARTICIPANT', id: 'p1', name: ' Anneke ' });
    expect(names(h)).toEqual(['Anneke', 'Bram']);
    h.ok({ type: 'RENAME_PARTICIPANT', id: 'p2', name: 'BRAM' });
    expect(names(h)).toEqual(['Anneke', 'BRAM']);
  });

  it('removes a participant', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' });
    h.ok({ type: 'REMOVE_PARTICIPANT', id: 'p1' });
    expect(h.context.plan.participants).toEqual([{ id: 'p2', name: 'Bram' }]);
  });

  it('refuses an empty or blank name', () => {
    const h = harness();
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p1', name: '' }))).toBe('empty-name');
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p1', name: '   \t ' }))).toBe('empty-name');
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    expect(codeOf(h.send({ type: 'RENAME_PARTICIPANT', id: 'p1', name: '  ' }))).toBe('empty-name');
    expect(names(h)).toEqual(['Anna']);
  });

  it('refuses a name that is already on the list, whatever the capitalisation or spaces', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Chloë' });
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' });
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p3', name: 'chloë' }))).toBe('duplicate-name');
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p3', name: '  CHLOË  ' }))).toBe('duplicate-name');
    expect(codeOf(h.send({ type: 'RENAME_PARTICIPANT', id: 'p2', name: ' chloë' }))).toBe('duplicate-name');
    expect(names(h)).toEqual(['Chloë', 'Bram']);
  });

  it('refuses a name longer than 60 characters and accepts one of exactly 60', () => {
    const h = harness();
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'x'.repeat(61) }))).toBe('name-too-long');
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: `  ${'y'.repeat(60)}  ` });
    expect(codeOf(h.send({ type: 'RENAME_PARTICIPANT', id: 'p1', name: 'z'.repeat(61) }))).toBe('name-too-long');
    expect(names(h)).toEqual(['y'.repeat(60)]);
  });

  it('refuses renaming or removing someone who is not on the list, and a second participant with the same id', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    expect(codeOf(h.send({ type: 'RENAME_PARTICIPANT', id: 'nobody', name: 'Bram' }))).toBe('unknown-participant');
    expect(codeOf(h.send({ type: 'REMOVE_PARTICIPANT', id: 'nobody' }))).toBe('unknown-participant');
    expect(codeOf(h.send({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Bram' }))).toBe('duplicate-id');
    expect(names(h)).toEqual(['Anna']);
  });

  it('allows 13 participants but warns the supervisor; 12 give no warning', () => {
    const h = harness();
    for (let i = 1; i <= 12; i++) h.ok({ type: 'ADD_PARTICIPANT', id: `p${i}`, name: `Deelnemer ${i}` });
    expect(h.supervisor().warnings).toEqual([]);
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p13', name: 'Deelnemer 13' });
    expect(h.context.plan.participants).toHaveLength(13);
    expect(h.supervisor().warnings).toEqual(['too-many-participants']);
    h.ok({ type: 'REMOVE_PARTICIPANT', id: 'p13' });
    expect(h.supervisor().warnings).toEqual([]);
  });

  it('refuses to remove the presenter of a case that is being discussed', () => {
    const h = harness();
    toFirstCase(h); // c1 presented by p1 is chosen
    const r = h.send({ type: 'REMOVE_PARTICIPANT', id: 'p1' });
    expect(codeOf(r)).toBe('presenter-in-case');
    expect(h.context.plan.participants.some((p) => p.id === 'p1')).toBe(true);
    expect(h.context.proposals.find((p) => p.id === 'c1')?.presenterId).toBe('p1');
  });

  it('removing the presenter of an open proposal keeps the proposal but without a presenter', () => {
    const h = harness();
    toFirstCase(h); // c2 presented by p2 is still open
    h.ok({ type: 'REMOVE_PARTICIPANT', id: 'p2' });
    const c2 = h.context.proposals.find((p) => p.id === 'c2');
    expect(c2).toMatchObject({ title: 'Moeilijk contact met een moeder', presenterId: null, status: 'open' });
    expect(h.supervisor().proposals.find((p) => p.id === 'c2')?.presenterName).toBeNull();
  });

  it('names the supervisor and the second facilitator (trimmed, may stay empty, not too long)', () => {
    const h = harness();
    expect(h.context.plan.supervisorName).toBe('');
    h.facilitators('  Marleen ', 'Koen');
    expect(h.context.plan).toMatchObject({ supervisorName: 'Marleen', secondFacilitatorName: 'Koen' });
    h.facilitators('Marleen', '');
    expect(h.context.plan.secondFacilitatorName).toBe('');
    expect(codeOf(h.send({ type: 'SET_FACILITATOR', role: 'supervisor', name: 'm'.repeat(61) }))).toBe('name-too-long');
    expect(codeOf(h.send({ type: 'SET_FACILITATOR', role: 'second', name: 'k'.repeat(61) }))).toBe('name-too-long');
    expect(h.context.plan).toMatchObject({ supervisorName: 'Marleen', secondFacilitatorName: '' });
  });
});

describe('planning: template and schedule', () => {
  it('starts from the standard plan: two 45-minute cases, 20 min opening, 10 min break, 10 min closing', () => {
    const h = harness();
    expect(h.context.plan).toMatchObject({
      templateId: 'standard-45',
      plannedCases: 2,
      openingMinutes: 20,
      breakMinutes: 10,
      closingMinutes: 10,
      autoAdvance: false,
    });
  });

  it('shows the planned timeline: opening, case 1, break, case 2, closing', () => {
    const h = harness();
    const timeline = h.supervisor().timeline;
    expect(timeline).toEqual([
      { kind: 'opening', number: 1, plannedMs: 20 * MIN },
      { kind: 'case', number: 1, plannedMs: 45 * MIN },
      { kind: 'break', number: 1, plannedMs: 10 * MIN },
      { kind: 'case', number: 2, plannedMs: 45 * MIN },
      { kind: 'closing', number: 1, plannedMs: 10 * MIN },
    ]);
    expect(h.supervisor().timing.plannedMs).toBe(130 * MIN);
  });

  it('follows a changed template and schedule in the timeline and the planned total', () => {
    const h = harness();
    h.ok({ type: 'SET_TEMPLATE', templateId: 'short-30' });
    h.schedule({ plannedCases: 3, openingMinutes: 15, breakMinutes: 5, closingMinutes: 0 });
    expect(h.context.plan).toMatchObject({ templateId: 'short-30', plannedCases: 3, openingMinutes: 15, breakMinutes: 5, closingMinutes: 0 });
    expect(plannedTimeline(h.context).map((b) => [b.kind, b.number, b.plannedMs / MIN])).toEqual([
      ['opening', 1, 15],
      ['case', 1, 30],
      ['break', 1, 5],
      ['case', 2, 30],
      ['break', 2, 5],
      ['case', 3, 30],
      ['closing', 1, 0],
    ]);
    expect(h.supervisor().timing.plannedMs).toBe((15 + 30 * 3 + 5 * 2) * MIN);

    h.ok({ type: 'SET_TEMPLATE', templateId: 'long-60' });
    h.schedule({ plannedCases: 1, openingMinutes: 20, breakMinutes: 10, closingMinutes: 10 });
    expect(h.supervisor().timeline.map((b) => b.kind)).toEqual(['opening', 'case', 'closing']);
    expect(h.supervisor().timing.plannedMs).toBe(90 * MIN);
  });

  it('puts the planned end at the planned start plus the planned total', () => {
    const h = harness();
    const startsAt = h.now + 30 * MIN;
    h.ok({ type: 'SET_START', startsAt });
    const timing = h.supervisor().timing;
    expect(timing.plannedStartAt).toBe(startsAt);
    expect(timing.plannedEndAt).toBe(startsAt + 130 * MIN);
  });

  it('refuses a schedule with a number of cases or minutes outside the limits, changing nothing', () => {
    const h = harness();
    const good = { plannedCases: 2, openingMinutes: 20, breakMinutes: 10, closingMinutes: 10 };
    const bad = [
      { field: 'plannedCases', value: 0 },
      { field: 'plannedCases', value: 5 },
      { field: 'plannedCases', value: 1.5 },
      { field: 'openingMinutes', value: -1 },
      { field: 'openingMinutes', value: 181 },
      { field: 'breakMinutes', value: 2.5 },
      { field: 'closingMinutes', value: 1000 },
    ] as const;
    for (const { field, value } of bad) {
      expect(codeOf(h.send({ type: 'SET_SCHEDULE', field, value }))).toBe('minutes-out-of-range');
    }
    expect(h.context.plan).toMatchObject(good);
    h.schedule({ plannedCases: 4, openingMinutes: 0, breakMinutes: 180, closingMinutes: 180 });
    expect(h.context.plan).toMatchObject({ plannedCases: 4, openingMinutes: 0, breakMinutes: 180, closingMinutes: 180 });
  });

  it('refuses an unknown template', () => {
    const h = harness();
    const r = h.raw({ type: 'SET_TEMPLATE', templateId: 'marathon-240' as 'short-30' });
    expect(codeOf(r)).toBe('invalid-payload');
    expect(h.context.plan.templateId).toBe('standard-45');
  });

  it('confirming the plan starts the opening and records when the session began', () => {
    const h = harness();
    h.advance(3 * MIN);
    h.ok({ type: 'CONFIRM_PLAN' });
    expect(h.phase).toBe('opening');
    expect(h.context.startedAt).toBe(h.now);
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'phase', detail: 'opening', at: h.now });
  });
});
