import { describe, expect, it } from 'vitest';
import { sessionTiming } from '../../../shared/session/index.ts';
import type { CommandResult, SessionEvent } from '../../../shared/session/index.ts';
import { harness, MIN, T0 } from './harness.ts';
import type { Harness } from './harness.ts';

const codeOf = (r: CommandResult) => (r.ok ? null : r.refusal.code);
const at = (minutes: number) => T0 + minutes * MIN;
const PARTICIPANTS = ['Anna', 'Bram', 'Chloë', 'Dries', 'Eva', 'Fien', 'Gert', 'Hanne'];

/** Run the steps of the current case for the given minutes each, pressing NEXT after each. */
function runSteps(h: Harness, minutes: number[]) {
  for (const m of minutes) {
    h.advance(m * MIN);
    h.ok({ type: 'NEXT' });
  }
}

function timingNow(h: Harness) {
  return sessionTiming(h.phase, h.context, h.now);
}

type Command = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'now' | 'atMove'> : never) : never;

/** One well-formed example of every command there is. */
const EVERY_COMMAND: Command[] = [
  { type: 'SET_START', startsAt: T0 },
  { type: 'ADD_PARTICIPANT', id: 'p99', name: 'Laatkomer' },
  { type: 'RENAME_PARTICIPANT', id: 'p1', name: 'Annemie' },
  { type: 'REMOVE_PARTICIPANT', id: 'p8' },
  { type: 'SET_FACILITATOR', role: 'supervisor', name: 'X' },
  { type: 'SET_TEMPLATE', templateId: 'short-30' },
  { type: 'SET_SCHEDULE', field: 'plannedCases', value: 1 },
  { type: 'SET_AUTO_ADVANCE', enabled: true },
  { type: 'CONFIRM_PLAN' },
  { type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: false },
  { type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 },
  { type: 'END_WARMUP' },
  { type: 'FINISH_OPENING' },
  { type: 'ADD_PROPOSAL', id: 'c9', title: 'Nog een casus', presenterId: null, criteria: [] },
  { type: 'EDIT_PROPOSAL', id: 'c2', title: 'Anders', presenterId: null, criteria: [] },
  { type: 'WITHDRAW_PROPOSAL', id: 'c2' },
  { type: 'RESTORE_PROPOSAL', id: 'c2' },
  { type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-3' },
  { type: 'SET_STEP_MINUTES', stepId: 'samenvatting', minutes: 5 },
  { type: 'START' },
  { type: 'PAUSE' },
  { type: 'RESUME' },
  { type: 'EXTEND', ms: MIN },
  { type: 'SHORTEN', ms: MIN },
  { type: 'NEXT' },
  { type: 'BACK' },
  { type: 'START_BREAK', minutes: 10 },
  { type: 'END_BREAK' },
  { type: 'NEXT_CASE' },
  { type: 'CLOSE_SESSION' },
  { type: 'FINISH_SESSION' },
  { type: 'CLOCK' },
  { type: 'CLOCK_JUMP', deltaMs: MIN },
];

describe('a whole session with a simulated clock', () => {
  it('runs from planning to closed: opening, two cases with a break, closing', () => {
    const h = harness();
    // ── planning (09:00) ──
    h.ok({ type: 'SET_START', startsAt: T0 });
    PARTICIPANTS.forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
    h.facilitators('Marleen', 'Koen');
    expect(h.phase).toBe('planning');
    // Planned: 20 opening + 45 case + 10 break + 45 case + 10 closing = 130 min.
    expect(timingNow(h)).toMatchObject({ plannedMs: 130 * MIN, plannedEndAt: at(130), projectedEndAt: at(130), behindMs: 0, onTime: true, actualMs: 0 });

    h.ok({ type: 'CONFIRM_PLAN' });
    expect(h.phase).toBe('opening');

    // ── opening: agreements and a 5-minute warm-up from 09:02 ──
    for (const agreementId of ['confidential', 'everyone-heard', 'no-personal-questions', 'learn-together'] as const) {
      h.ok({ type: 'CHECK_AGREEMENT', agreementId, checked: true });
    }
    h.advance(2 * MIN);
    h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 });
    h.advance(3 * MIN); // 09:05: the opening has 15 minutes to go, the warm-up 2.
    // 15 (opening) + 90 (cases) + 10 (break) + 10 (closing) = 125 min from 09:05 → 11:10, on plan.
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(130), behindMs: 0, onTime: true, actualMs: 5 * MIN });
    h.advance(2 * MIN);
    h.ok({ type: 'END_WARMUP' });

    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Een bevalling die anders liep', presenterId: 'p1', criteria: ['worried'] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Moeilijk contact met een moeder', presenterId: 'p2', criteria: ['difficult-contact'] });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c3', title: 'Ik kon niet geven wat ik wilde', presenterId: 'p3', criteria: ['could-not-give-care'] });
    h.advance(11 * MIN); // 09:18: the opening ends two minutes early
    h.ok({ type: 'FINISH_OPENING' });
    expect(h.phase).toBe('choosing');
    // 90 + 10 + 10 = 110 min from 09:18 → 11:08: two minutes ahead.
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(128), behindMs: -2 * MIN, onTime: true });

    // ── case 1 from 09:20 ──
    h.advance(2 * MIN);
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    expect(h.phase).toBe('case');
    // 45 (this case) + 45 + 10 + 10 from 09:20 → 11:10.
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(130), behindMs: 0, onTime: true });
    h.ok({ type: 'START' });
    runSteps(h, [5, 3, 7]); // 09:35, step 4 starts
    expect(h.supervisor().current?.stepId).toBe('uitwisseling');
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(130), behindMs: 0, onTime: true });

    h.advance(15 * MIN); // 09:50: step 4 exactly used up
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(130), behindMs: 0, onTime: true });
    h.advance(5 * MIN); // 09:55: five minutes over
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(135), behindMs: 5 * MIN, onTime: false });
    h.advance(5 * MIN); // 10:00: ten minutes over
    // Case 1 now ends at 10:00 + 7 + 8 = 10:15; then 45 + 10 + 10 → 11:20.
    expect(h.timekeeper().caseTiming?.projectedEndAt).toBe(at(75));
    expect(timingNow(h)).toMatchObject({ plannedEndAt: at(130), projectedEndAt: at(140), behindMs: 10 * MIN, onTime: false });
    expect(h.timekeeper().timing).toEqual(timingNow(h));
    expect(h.supervisor().timing).toEqual(timingNow(h));
    h.ok({ type: 'NEXT' });
    runSteps(h, [7, 8]); // 10:15
    expect(h.phase).toBe('caseEnd');
    const case1 = h.supervisor().cases[0]!.timing;
    expect(case1.steps.map((s) => s.actualMs / MIN)).toEqual([5, 3, 7, 25, 7, 8]);
    expect(case1).toMatchObject({ plannedMs: 45 * MIN, actualMs: 55 * MIN, projectedEndAt: at(75) });
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(140), behindMs: 10 * MIN, onTime: false });

    // ── break from 10:15, cut short to 8 minutes ──
    h.ok({ type: 'START_BREAK', minutes: 10 });
    expect(h.phase).toBe('break');
    h.advance(5 * MIN);
    expect(h.supervisor().current).toMatchObject({ kind: 'break' });
    expect(h.supervisor().current?.timer.remainingMs).toBe(5 * MIN);
    // 5 (break left) + 45 + 10 → 11:20.
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(140), behindMs: 10 * MIN });
    h.advance(3 * MIN);
    h.ok({ type: 'END_BREAK' });
    expect(h.phase).toBe('choosing');
    // 10:23 + 45 + 10 → 11:18.
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(138), behindMs: 8 * MIN, onTime: false });

    // ── case 2 from 10:23, exactly on plan ──
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c3', caseId: 'case-2' });
    h.ok({ type: 'START' });
    runSteps(h, [5, 3, 7, 15, 7, 8]); // 11:08
    expect(h.phase).toBe('caseEnd');
    expect(h.now).toBe(at(128));
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(138), behindMs: 8 * MIN });

    // ── closing, with an accidental close undone ──
    h.ok({ type: 'CLOSE_SESSION' });
    expect(h.phase).toBe('closing');
    h.ok({ type: 'BACK' });
    expect(h.phase).toBe('choosing');
    expect(h.context.closing).toBeNull();
    expect(h.context.clock).toBeNull();
    expect(h.context.log.at(-1)).toMatchObject({ kind: 'back', detail: 'choosing' });
    h.ok({ type: 'CLOSE_SESSION' });
    h.advance(2 * MIN);
    expect(h.supervisor().current).toMatchObject({ kind: 'closing' });
    expect(h.supervisor().current?.timer.remainingMs).toBe(8 * MIN);
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(138), behindMs: 8 * MIN });
    h.advance(7 * MIN);
    h.ok({ type: 'FINISH_SESSION' });

    // ── closed at 11:17 ──
    expect(h.phase).toBe('closed');
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.context.endedAt).toBe(at(137));
    h.advance(30 * MIN); // a closed session's numbers no longer move
    expect(timingNow(h)).toMatchObject({ projectedEndAt: at(137), behindMs: 7 * MIN, onTime: false, actualMs: 137 * MIN });
    expect(h.context.proposals.map((p) => p.status)).toEqual(['chosen', 'open', 'chosen']);
    expect(h.context.cases.map((c) => c.id)).toEqual(['case-1', 'case-2']);
  });

  it('refuses every command with "not-now" once the session is closed, and changes nothing', () => {
    const h = harness();
    PARTICIPANTS.forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Open casus', presenterId: 'p2', criteria: [] });
    h.ok({ type: 'CLOSE_SESSION' });
    h.ok({ type: 'FINISH_SESSION' });
    expect(h.phase).toBe('closed');
    const before = structuredClone(h.context);
    for (const command of EVERY_COMMAND) {
      h.advance(1_000);
      expect({ type: command.type, code: codeOf(h.send(command)) }).toEqual({ type: command.type, code: 'not-now' });
    }
    expect(h.phase).toBe('closed');
    expect(h.context).toEqual(before);
  });

  it('going back from the closing returns to choosing, where another case can still be chosen', () => {
    const h = harness();
    PARTICIPANTS.forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'CLOSE_SESSION' });
    h.advance(MIN);
    expect(h.supervisor().controls.back).toBe(true);
    h.ok({ type: 'BACK' });
    expect(h.phase).toBe('choosing');
    expect(h.supervisor().current).toBeNull();
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    expect(h.phase).toBe('case');
  });

  it('closing straight from a break ends the break', () => {
    const h = harness();
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'START_BREAK', minutes: 15 });
    h.advance(4 * MIN);
    h.ok({ type: 'CLOSE_SESSION' });
    expect(h.phase).toBe('closing');
    expect(h.context.breaks[0]).toMatchObject({ endedAt: h.now, elapsedMs: 4 * MIN, runningSince: null });
    expect(h.supervisor().current).toMatchObject({ kind: 'closing' });
  });
});
