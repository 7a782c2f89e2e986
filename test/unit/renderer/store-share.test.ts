import { afterEach, describe, expect, it } from 'vitest';
import { applyPush, shareEqual, viewStore } from '../../../renderer/common/store.ts';
import { applyCommand, sessionState, startSession, supervisorView } from '../../../shared/session/index.ts';
import type { SessionCommand } from '../../../shared/ipc/contract.ts';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';
import type { SessionEvent } from '../../../shared/session/index.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';

const NOW = Date.UTC(2025, 2, 11, 13, 0);

/** What arrives over the wire: a fresh object tree every time. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('shareEqual', () => {
  it('keeps the previous object for every equal part, and the new one for what changed', () => {
    const prev = { a: { b: [1, 2, { c: 'x' }] }, d: { e: 1 }, f: null };
    const next = wire(prev);
    next.d.e = 2;
    const shared = shareEqual(prev, next);
    expect(shared).not.toBe(prev);
    expect(shared.a).toBe(prev.a);
    expect(shared.d).not.toBe(prev.d);
    expect(shared.d).toEqual({ e: 2 });
    expect(shareEqual(prev, wire(prev))).toBe(prev);
  });

  it('notices added and removed keys and items', () => {
    const prev: Record<string, unknown> = { a: 1, list: [1, 2] };
    expect(shareEqual(prev, { a: 1, list: [1, 2], b: undefined })).not.toBe(prev);
    expect(shareEqual(prev, { a: 1 })).toEqual({ a: 1 });
    expect(shareEqual(prev, { a: 1, list: [1] })).toEqual({ a: 1, list: [1] });
    expect(shareEqual({ list: [1] }, { list: { 0: 1 } })).toEqual({ list: { 0: 1 } });
  });
});

describe('applyPush', () => {
  afterEach(() => viewStore.set(null));

  function run(events: LooseCommand[], at: number): SupervisorView {
    const actor = startSession('s1', NOW);
    for (const e of events) {
      const result = applyCommand(actor, { ...aimAt(e, actor.getSnapshot().context.moves), now: NOW } as SessionEvent);
      if (!result.ok) throw new Error(`${e.type}: ${result.refusal.code}`);
    }
    return supervisorView(sessionState(actor), at);
  }

  it('a pushed view shares every part that did not change, so memoised screens skip them', () => {
    const events: LooseCommand[] = [
      { type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' },
      { type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' },
      { type: 'CONFIRM_PLAN' },
      { type: 'FINISH_OPENING' },
      { type: 'ADD_PROPOSAL', id: 'q1', title: 'Een moeilijk gesprek', presenterId: 'p1', criteria: [] },
      { type: 'CHOOSE_PROPOSAL', id: 'q1', caseId: 'c1', minutes: {} },
      { type: 'START' },
    ];
    applyPush({ type: 'view', view: wire(run(events, NOW)) });
    const first = viewStore.get() as SupervisorView;
    let notified = 0;
    const off = viewStore.subscribe(() => notified++);
    applyPush({ type: 'view', view: wire(run(events, NOW)) });
    expect(notified).toBe(0);
    expect(viewStore.get()).toBe(first);

    applyPush({ type: 'view', view: wire(run(events, NOW + 5_000)) });
    off();
    const second = viewStore.get() as SupervisorView;
    expect(notified).toBe(1);
    expect(second).not.toBe(first);
    expect(second.plan).toBe(first.plan);
    expect(second.plan.participants).toBe(first.plan.participants);
    expect(second.proposals).toBe(first.proposals);
    expect(second.current?.timer).not.toBe(first.current?.timer);
    expect(second.current?.timer.deadline).toBe(first.current?.timer.deadline);
  });
});
