import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../shared/session/index.ts';
import { harness, MIN } from './harness.ts';
import type { Harness } from './harness.ts';

const codeOf = (r: CommandResult) => (r.ok ? null : r.refusal.code);

/** Three participants, opening done, choosing. */
function choosing(): Harness {
  const h = harness();
  ['Anna', 'Bram', 'Chloë'].forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
  h.ok({ type: 'CONFIRM_PLAN' });
  h.ok({ type: 'FINISH_OPENING' });
  return h;
}

const statusOf = (h: Harness, id: string) => h.context.proposals.find((p) => p.id === id)?.status;

function runCaseToEnd(h: Harness) {
  h.ok({ type: 'START' });
  for (let i = 0; i < 6; i++) {
    h.advance(MIN);
    h.ok({ type: 'NEXT' });
  }
}

describe('case proposals', () => {
  it('adds a proposal with a trimmed title, presenter and criteria', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: '  Een bevalling die anders liep ', presenterId: 'p1', criteria: ['worried', 'worried', 'uncomfortable'] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Zonder naam', presenterId: null, criteria: [] });
    expect(h.context.proposals).toEqual([
      { id: 'c1', title: 'Een bevalling die anders liep', presenterId: 'p1', criteria: ['worried', 'uncomfortable'], status: 'open' },
      { id: 'c2', title: 'Zonder naam', presenterId: null, criteria: [], status: 'open' },
    ]);
    expect(h.supervisor().proposals.map((p) => p.presenterName)).toEqual(['Anna', null]);
  });

  it('edits the title, presenter and criteria of a proposal', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Eerste versie', presenterId: 'p1', criteria: ['worried'] });
    h.ok({ type: 'EDIT_PROPOSAL', id: 'c1', title: ' Tweede versie ', presenterId: 'p2', criteria: ['difficult-contact'] });
    expect(h.context.proposals[0]).toEqual({ id: 'c1', title: 'Tweede versie', presenterId: 'p2', criteria: ['difficult-contact'], status: 'open' });
    expect(h.supervisor().proposals[0]?.presenterName).toBe('Bram');
  });

  it('withdraws a proposal and restores it', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'WITHDRAW_PROPOSAL', id: 'c1' });
    expect(statusOf(h, 'c1')).toBe('withdrawn');
    expect(codeOf(h.send({ type: 'WITHDRAW_PROPOSAL', id: 'c1' }))).toBe('proposal-not-open');
    h.ok({ type: 'RESTORE_PROPOSAL', id: 'c1' });
    expect(statusOf(h, 'c1')).toBe('open');
    expect(codeOf(h.send({ type: 'RESTORE_PROPOSAL', id: 'c1' }))).toBe('not-now');
  });

  it('refuses an empty, blank or over-long title, on add and on edit', () => {
    const h = choosing();
    expect(codeOf(h.send({ type: 'ADD_PROPOSAL', id: 'c1', title: '', presenterId: null, criteria: [] }))).toBe('empty-title');
    expect(codeOf(h.send({ type: 'ADD_PROPOSAL', id: 'c1', title: '   ', presenterId: null, criteria: [] }))).toBe('empty-title');
    expect(codeOf(h.send({ type: 'ADD_PROPOSAL', id: 'c1', title: 't'.repeat(161), presenterId: null, criteria: [] }))).toBe('title-too-long');
    expect(h.context.proposals).toEqual([]);
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 't'.repeat(160), presenterId: null, criteria: [] });
    expect(codeOf(h.send({ type: 'EDIT_PROPOSAL', id: 'c1', title: ' ', presenterId: null, criteria: [] }))).toBe('empty-title');
    expect(codeOf(h.send({ type: 'EDIT_PROPOSAL', id: 'c1', title: 'u'.repeat(161), presenterId: null, criteria: [] }))).toBe('title-too-long');
    expect(h.context.proposals[0]?.title).toBe('t'.repeat(160));
  });

  it('refuses a presenter who is not a participant', () => {
    const h = choosing();
    expect(codeOf(h.send({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'ghost', criteria: [] }))).toBe('unknown-participant');
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
    expect(codeOf(h.send({ type: 'EDIT_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'ghost', criteria: [] }))).toBe('unknown-participant');
    expect(h.context.proposals[0]?.presenterId).toBe('p1');
  });

  it('refuses editing, withdrawing, restoring or choosing a proposal that does not exist, and a duplicate id', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: null, criteria: [] });
    expect(codeOf(h.send({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Nog een', presenterId: null, criteria: [] }))).toBe('duplicate-id');
    expect(codeOf(h.send({ type: 'EDIT_PROPOSAL', id: 'zz', title: 'X', presenterId: null, criteria: [] }))).toBe('unknown-proposal');
    expect(codeOf(h.send({ type: 'WITHDRAW_PROPOSAL', id: 'zz' }))).toBe('unknown-proposal');
    expect(codeOf(h.send({ type: 'RESTORE_PROPOSAL', id: 'zz' }))).toBe('unknown-proposal');
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'zz', caseId: 'case-1' }))).toBe('unknown-proposal');
    expect(h.context.proposals).toHaveLength(1);
  });

  it('choosing a proposal starts its case at step 1, not yet running', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus een', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Casus twee', presenterId: 'p2', criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    expect(h.phase).toBe('case');
    expect(statusOf(h, 'c1')).toBe('chosen');
    expect(statusOf(h, 'c2')).toBe('open');
    const v = h.supervisor();
    expect(v.cases).toHaveLength(1);
    expect(v.cases[0]).toMatchObject({ id: 'case-1', proposalId: 'c1', title: 'Casus een', presenterName: 'Anna' });
    expect(v.current).toMatchObject({ kind: 'step', caseIndex: 0, stepIndex: 0, stepId: 'inbreng' });
    expect(v.current?.timer.status).toBe('not-started');
  });

  it('proposals not chosen stay open and one can be chosen for the second case', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus een', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Casus twee', presenterId: 'p2', criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c3', title: 'Casus drie', presenterId: 'p3', criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-1' });
    runCaseToEnd(h);
    expect(h.phase).toBe('caseEnd');
    h.ok({ type: 'NEXT_CASE' });
    expect(h.phase).toBe('choosing');
    expect(h.context.proposals.map((p) => p.status)).toEqual(['open', 'chosen', 'open']);
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c3', caseId: 'case-2' });
    expect(h.phase).toBe('case');
    expect(h.context.proposals.map((p) => p.status)).toEqual(['open', 'chosen', 'chosen']);
    expect(h.supervisor().current).toMatchObject({ caseIndex: 1, stepIndex: 0 });
    expect(h.supervisor().cases.map((c) => c.title)).toEqual(['Casus twee', 'Casus drie']);
  });

  it('a withdrawn or already chosen proposal cannot be chosen', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus een', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Casus twee', presenterId: 'p2', criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c3', title: 'Casus drie', presenterId: 'p3', criteria: [] });
    h.ok({ type: 'WITHDRAW_PROPOSAL', id: 'c3' });
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c3', caseId: 'case-1' }))).toBe('proposal-not-open');
    expect(h.phase).toBe('choosing');
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    runCaseToEnd(h);
    h.ok({ type: 'NEXT_CASE' });
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-2' }))).toBe('proposal-not-open');
    expect(codeOf(h.send({ type: 'WITHDRAW_PROPOSAL', id: 'c1' }))).toBe('proposal-not-open');
    expect(codeOf(h.send({ type: 'RESTORE_PROPOSAL', id: 'c1' }))).toBe('not-now');
    expect(h.phase).toBe('choosing');
    expect(h.context.cases).toHaveLength(1);
  });

  it('refuses reusing a case id and per-case minutes outside the limits', () => {
    const h = choosing();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus een', presenterId: null, criteria: [] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Casus twee', presenterId: null, criteria: [] });
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1', minutes: { uitwisseling: 0 } }))).toBe('minutes-out-of-range');
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1', minutes: { inbreng: 121 } }))).toBe('minutes-out-of-range');
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1', minutes: { vragen: 6.5 } }))).toBe('minutes-out-of-range');
    expect(h.phase).toBe('choosing');
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    runCaseToEnd(h);
    h.ok({ type: 'NEXT_CASE' });
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-1' }))).toBe('duplicate-id');
    expect(statusOf(h, 'c2')).toBe('open');
  });

  it('proposals may be collected already while planning', () => {
    const h = harness();
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Vooraf ingebracht', presenterId: null, criteria: [] });
    expect(codeOf(h.send({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' }))).toBe('not-now');
    expect(statusOf(h, 'c1')).toBe('open');
  });
});
