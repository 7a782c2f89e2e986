/**
 * Two facilitators, two windows: each acts on the view it last received, which may already be
 * out of date. Seeded random interleavings, thousands of times: a step move is applied only to the
 * state its sender saw (never a skipped step), an edit changes only its own field (never a lost
 * edit), and every refusal is explained and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../shared/method/index.ts';
import { refusalMessage } from '../../../shared/session/index.ts';
import type { RefusalCode, SessionStateValue } from '../../../shared/session/index.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { harness, MIN, toFirstCase } from './harness.ts';
import type { Harness } from './harness.ts';

/** Where a window believes the session is: what it rendered from the last view it received. */
interface Seen {
  move: number;
  value: SessionStateValue;
}

const seen = (h: Harness): Seen => ({ move: h.moves, value: structuredClone(h.value) as SessionStateValue });
const stepIndex = (value: SessionStateValue) => (typeof value === 'string' ? (value === 'caseEnd' ? STEPS.length : -1) : STEPS.findIndex((s) => s.id === value.case));

const EXPECTED_REFUSALS: RefusalCode[] = ['stale', 'already-done', 'not-now', 'nothing-to-shorten'];

describe('two windows acting at once on the session', () => {
  it('never skips or repeats a step: thousands of interleaved next/back/pause/resume/+1 from two windows', () => {
    const rng = seededRandom(0x5731_0209);
    const rand = () => rng.next();
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const counts = { sent: 0, applied: 0, moves: 0, refused: {} as Record<string, number> };

    for (let run = 0; run < 30; run++) {
      const h = harness(`race-${run}`);
      toFirstCase(h);
      const windows: Seen[] = [seen(h), seen(h)];
      for (let round = 0; round < 70; round++) {
        h.advance(Math.floor(rand() * 20_000));
        // Each window presses something on what it sees; both presses are in flight together.
        const presses = windows.map((w) => ({
          type: pick(['NEXT', 'NEXT', 'NEXT', 'BACK', 'PAUSE', 'RESUME', 'START', 'EXTEND'] as const),
          atMove: w.move,
          seenValue: w.value,
        }));
        const order = rand() < 0.5 ? [0, 1] : [1, 0];
        for (const i of order) {
          const press = presses[i]!;
          const before = { value: structuredClone(h.value), moves: h.moves, context: structuredClone(h.context) };
          const command =
            press.type === 'EXTEND' ? { type: press.type, ms: MIN, atMove: press.atMove } : { type: press.type, atMove: press.atMove };
          const result = h.send(command);
          counts.sent++;
          if (result.ok) {
            counts.applied++;
            // Applied only to the very state the sender was looking at.
            expect(press.atMove).toBe(before.moves);
            expect(before.value).toEqual(press.seenValue);
            if (press.type === 'NEXT' || press.type === 'BACK') {
              counts.moves++;
              const from = stepIndex(before.value);
              const to = stepIndex(h.value);
              if (from >= 0 && to >= 0) expect(to - from).toBe(press.type === 'NEXT' ? 1 : -1);
            }
          } else {
            const { code, message } = result.refusal;
            counts.refused[code] = (counts.refused[code] ?? 0) + 1;
            expect(EXPECTED_REFUSALS).toContain(code);
            expect(message).toEqual(refusalMessage(code));
            expect(message.nl).toMatch(/\S/);
            expect(h.value).toEqual(before.value);
            expect(h.context).toEqual(before.context);
            // A press aimed at an earlier move is always refused as stale.
            if (press.atMove !== before.moves) expect(code).toBe('stale');
          }
          // Views arrive with a random lag: sometimes the other window acts before it sees this change.
          if (rand() < 0.7) windows[i] = seen(h);
          if (rand() < 0.4) windows[1 - i] = seen(h);
        }
        if (h.phase === 'choosing') break; // backed out of the case before it started
      }
    }
    console.info(
      `two-window race: ${counts.sent} presses, ${counts.applied} applied (${counts.moves} step moves), refused: ${JSON.stringify(counts.refused)}`,
    );
    expect(counts.sent).toBeGreaterThan(3_000);
    expect(counts.moves).toBeGreaterThan(300);
    expect(counts.refused.stale).toBeGreaterThan(100);
  });

  it('both windows press "next" in the same moment: the session moves exactly one step', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    const move = h.moves;
    const first = h.send({ type: 'NEXT', atMove: move });
    const second = h.send({ type: 'NEXT', atMove: move });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, refusal: { code: 'stale' } });
    expect(h.value).toEqual({ case: 'stille-inventaris' });
  });

  it('a stale pause aimed at a step that has ended does not pause the next one', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    const move = h.moves;
    h.ok({ type: 'NEXT', atMove: move });
    expect(h.send({ type: 'PAUSE', atMove: move })).toMatchObject({ ok: false, refusal: { code: 'stale' } });
    expect(h.supervisor().current?.timer.status).toBe('running');
  });

  it('"+1" twice on purpose adds two minutes', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    const move = h.moves;
    h.ok({ type: 'EXTEND', ms: MIN, atMove: move });
    h.ok({ type: 'EXTEND', ms: MIN, atMove: move });
    expect(h.supervisor().current?.timer.adjustMs).toBe(2 * MIN);
  });

  it('both press pause together: it pauses once, and the second hears calmly that it already happened', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    const move = h.moves;
    expect(h.send({ type: 'PAUSE', atMove: move }).ok).toBe(true);
    expect(h.send({ type: 'PAUSE', atMove: move })).toMatchObject({ ok: false, refusal: { code: 'already-done' } });
  });

  it('never loses an edit: each edit names its one field, whatever the interleaving', () => {
    const rng = seededRandom(0x0ed1_7500);
    const rand = () => rng.next();
    for (let run = 0; run < 200; run++) {
      const h = harness(`edits-${run}`);
      ['Anna', 'Bram', 'Chloë'].forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i}`, name }));
      h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Begin', presenterId: null, criteria: [] });
      const last: Record<string, unknown> = {};
      // Two windows' edits, shuffled: each a different field, some the same field.
      const edits = [
        () => ({ key: 'sup', cmd: { type: 'SET_FACILITATOR', role: 'supervisor', name: `Sup ${run}` } as const }),
        () => ({ key: 'second', cmd: { type: 'SET_FACILITATOR', role: 'second', name: `Tweede ${run}` } as const }),
        () => ({ key: 'p0', cmd: { type: 'RENAME_PARTICIPANT', id: 'p0', name: `Anna ${Math.floor(rand() * 1e6)}` } as const }),
        () => ({ key: 'p1', cmd: { type: 'RENAME_PARTICIPANT', id: 'p1', name: `Bram ${Math.floor(rand() * 1e6)}` } as const }),
        () => ({ key: 'title', cmd: { type: 'EDIT_PROPOSAL', id: 'c1', title: `Titel ${Math.floor(rand() * 1e6)}` } as const }),
        () => ({ key: 'presenter', cmd: { type: 'EDIT_PROPOSAL', id: 'c1', presenterId: `p${Math.floor(rand() * 3)}` } as const }),
        () => ({ key: 'opening', cmd: { type: 'SET_SCHEDULE', field: 'openingMinutes', value: 10 + Math.floor(rand() * 20) } as const }),
        () => ({ key: 'break', cmd: { type: 'SET_SCHEDULE', field: 'breakMinutes', value: 5 + Math.floor(rand() * 20) } as const }),
      ];
      for (let i = 0; i < 12; i++) {
        const { key, cmd } = edits[Math.floor(rand() * edits.length)]!();
        h.ok(cmd);
        last[key] = 'name' in cmd ? cmd.name : 'title' in cmd ? cmd.title : 'presenterId' in cmd ? cmd.presenterId : cmd.value;
      }
      const ctx = h.context;
      const proposal = ctx.proposals[0]!;
      const actual: Record<string, unknown> = {
        sup: ctx.plan.supervisorName,
        second: ctx.plan.secondFacilitatorName,
        p0: ctx.plan.participants[0]!.name,
        p1: ctx.plan.participants[1]!.name,
        title: proposal.title,
        presenter: proposal.presenterId,
        opening: ctx.plan.openingMinutes,
        break: ctx.plan.breakMinutes,
      };
      for (const [key, value] of Object.entries(last)) expect(actual[key], `${key} in run ${run}`).toEqual(value);
    }
  });
});
