import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../shared/session/index.ts';
import type { CommandResult, RefusalCode } from '../../../shared/session/index.ts';
import { harness, MIN, toFirstCase } from './harness.ts';
import type { Harness } from './harness.ts';

/** Send a raw input (not necessarily a well-formed command) and demand a refusal that changed nothing. */
function expectRefusal(h: Harness, input: unknown, code: RefusalCode) {
  const phase = h.phase;
  const before = structuredClone(h.context);
  const r: CommandResult = h.raw(input);
  expect(r).toEqual({ ok: false, refusal: { code, message: refusalMessage(code) } });
  if (!r.ok) {
    expect(r.refusal.message.nl).toMatch(/\S/);
    expect(r.refusal.message.en).toMatch(/\S/);
    expect(r.refusal.message.nl).not.toBe(r.refusal.message.en);
  }
  expect(h.phase).toBe(phase);
  expect(h.context).toEqual(before);
}

/** Case 1, step 1 running for a minute. */
function running(): Harness {
  const h = harness();
  toFirstCase(h);
  h.ok({ type: 'START' });
  h.advance(MIN);
  return h;
}

function choosing(): Harness {
  const h = harness();
  h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
  h.ok({ type: 'CONFIRM_PLAN' });
  h.ok({ type: 'FINISH_OPENING' });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
  return h;
}

describe('refused input changes nothing and says why, in Dutch and English', () => {
  it('refuses input that is not a command', () => {
    const h = running();
    for (const input of [null, undefined, 'START', 42, [], {}, { now: h.now }, { type: 'FLY', now: h.now }, { type: 'start', now: h.now }]) {
      expectRefusal(h, input, 'invalid-payload');
    }
  });

  it('refuses minutes that are not a finite number as invalid, and out-of-range or fractional ones with a reason', () => {
    const h = running();
    const now = h.now;
    for (const minutes of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', null]) {
      expectRefusal(h, { type: 'SET_STEP_MINUTES', stepId: 'vragen', minutes, now }, 'invalid-payload');
    }
    for (const minutes of [-1, 0, 121, 2.5, 1e-9]) {
      expectRefusal(h, { type: 'SET_STEP_MINUTES', stepId: 'vragen', minutes, now }, 'minutes-out-of-range');
    }
    const c = choosing();
    expectRefusal(c, { type: 'START_BREAK', minutes: -10, now }, 'minutes-out-of-range');
    expectRefusal(c, { type: 'START_BREAK', minutes: 7.5, now }, 'minutes-out-of-range');
    expectRefusal(c, { type: 'START_BREAK', minutes: Number.NaN, now }, 'invalid-payload');
    expectRefusal(c, { type: 'SET_SCHEDULE', field: 'openingMinutes', value: 20.5, now }, 'minutes-out-of-range');
  });

  it('refuses an extend or shorten of zero, less than a second, negative or more than an hour', () => {
    const h = running();
    const now = h.now;
    for (const ms of [0, 999, -MIN, 60 * MIN + 1, 1_500.5]) {
      expectRefusal(h, { type: 'EXTEND', ms, now }, 'adjust-out-of-range');
      expectRefusal(h, { type: 'SHORTEN', ms, now }, 'adjust-out-of-range');
    }
    expectRefusal(h, { type: 'EXTEND', ms: Number.NaN, now }, 'invalid-payload');
    expectRefusal(h, { type: 'EXTEND', ms: Number.POSITIVE_INFINITY, now }, 'invalid-payload');
    expect(h.send({ type: 'EXTEND', ms: 60 * MIN }).ok).toBe(true);
  });

  it('refuses shortening when no time is left', () => {
    const h = running();
    h.ok({ type: 'SHORTEN', ms: 60 * MIN });
    expectRefusal(h, { type: 'SHORTEN', ms: 1_000, now: h.now }, 'nothing-to-shorten');
    h.advance(MIN); // in overtime: still nothing to shorten
    expectRefusal(h, { type: 'SHORTEN', ms: MIN, now: h.now }, 'nothing-to-shorten');
  });

  it('refuses an unknown step, template, warm-up, agreement or criterion', () => {
    const h = running();
    const now = h.now;
    expectRefusal(h, { type: 'SET_STEP_MINUTES', stepId: 'stap-7', minutes: 5, now }, 'invalid-payload');
    expectRefusal(h, { type: 'SET_TEMPLATE', templateId: 'standard-90', now }, 'invalid-payload');
    expectRefusal(h, { type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-2', minutes: { pauze: 5 }, now }, 'invalid-payload');
    expectRefusal(h, { type: 'ADD_PROPOSAL', id: 'c9', title: 'X', presenterId: null, criteria: ['boring'], now }, 'invalid-payload');
    const o = harness();
    o.ok({ type: 'CONFIRM_PLAN' });
    expectRefusal(o, { type: 'START_WARMUP', warmupId: 'yoga', minutes: 5, now: o.now }, 'invalid-payload');
    expectRefusal(o, { type: 'CHECK_AGREEMENT', agreementId: 'phones-off', checked: true, now: o.now }, 'invalid-payload');
  });

  it('refuses an unknown proposal', () => {
    const h = choosing();
    const now = h.now;
    expectRefusal(h, { type: 'CHOOSE_PROPOSAL', id: 'nope', caseId: 'case-1', now }, 'unknown-proposal');
    expectRefusal(h, { type: 'WITHDRAW_PROPOSAL', id: 'nope', now }, 'unknown-proposal');
    expectRefusal(h, { type: 'RESTORE_PROPOSAL', id: 'nope', now }, 'unknown-proposal');
    expectRefusal(h, { type: 'EDIT_PROPOSAL', id: 'nope', title: 'X', presenterId: null, criteria: [], now }, 'unknown-proposal');
  });

  it('refuses unknown extra fields, even on otherwise good commands', () => {
    const h = running();
    const now = h.now;
    expectRefusal(h, { type: 'PAUSE', now, force: true }, 'invalid-payload');
    expectRefusal(h, { type: 'EXTEND', ms: MIN, now, by: 'timekeeper' }, 'invalid-payload');
    expectRefusal(h, JSON.parse(`{"type":"PAUSE","now":${now},"__proto__":{"ok":true}}`), 'invalid-payload');
    expectRefusal(h, { type: 'ADD_PARTICIPANT', id: 'p9', name: 'Ivo', now, role: 'admin' }, 'invalid-payload');
  });

  it('refuses time controls that do not fit the state of the clock; what already holds is "already done"', () => {
    const h = running();
    expectRefusal(h, { type: 'START', now: h.now }, 'already-done');
    expectRefusal(h, { type: 'RESUME', now: h.now }, 'already-done');
    h.ok({ type: 'PAUSE' });
    h.advance(MIN);
    expectRefusal(h, { type: 'PAUSE', now: h.now }, 'already-done');
    expectRefusal(h, { type: 'START', now: h.now }, 'not-now');
    const fresh = harness();
    toFirstCase(fresh);
    expectRefusal(fresh, { type: 'PAUSE', now: fresh.now }, 'not-now');
    expectRefusal(fresh, { type: 'RESUME', now: fresh.now }, 'not-now');
  });

  it('refuses next and back outside a case, and time controls with no timer', () => {
    const p = harness();
    for (const type of ['NEXT', 'BACK', 'START', 'PAUSE', 'RESUME', 'END_BREAK', 'FINISH_SESSION']) {
      expectRefusal(p, { type, now: p.now }, 'not-now');
    }
    expectRefusal(p, { type: 'EXTEND', ms: MIN, now: p.now }, 'not-now');
    const c = choosing();
    for (const type of ['NEXT', 'BACK', 'START', 'NEXT_CASE', 'END_WARMUP']) {
      expectRefusal(c, { type, now: c.now }, 'not-now');
    }
    expectRefusal(c, { type: 'SET_STEP_MINUTES', stepId: 'vragen', minutes: 5, now: c.now }, 'not-now');
    c.ok({ type: 'START_BREAK', minutes: 10 });
    expectRefusal(c, { type: 'NEXT', now: c.now }, 'not-now');
    expectRefusal(c, { type: 'BACK', now: c.now }, 'not-now');
  });

  it('refuses choosing a case outside the choosing phase', () => {
    const h = running();
    expectRefusal(h, { type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-2', now: h.now }, 'not-now');
    const p = harness();
    p.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Vooraf', presenterId: null, criteria: [] });
    expectRefusal(p, { type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1', now: p.now }, 'not-now');
  });

  it("refuses the clock's own events from a window: only main says what time it is", () => {
    const h = running();
    expectRefusal(h, { type: 'CLOCK', now: h.now }, 'invalid-payload');
    expectRefusal(h, { type: 'CLOCK_JUMP', deltaMs: 60_000, now: h.now }, 'invalid-payload');
  });
});

describe('random malformed commands', () => {
  /** mulberry32: small, seeded, reproducible. */
  function prng(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  const TYPES = [
    'SET_START', 'ADD_PARTICIPANT', 'RENAME_PARTICIPANT', 'REMOVE_PARTICIPANT', 'SET_FACILITATOR', 'SET_TEMPLATE',
    'SET_SCHEDULE', 'SET_AUTO_ADVANCE', 'CONFIRM_PLAN', 'CHECK_AGREEMENT', 'START_WARMUP', 'END_WARMUP',
    'FINISH_OPENING', 'ADD_PROPOSAL', 'EDIT_PROPOSAL', 'WITHDRAW_PROPOSAL', 'RESTORE_PROPOSAL', 'CHOOSE_PROPOSAL',
    'SET_STEP_MINUTES', 'START', 'PAUSE', 'RESUME', 'EXTEND', 'SHORTEN', 'NEXT', 'BACK', 'START_BREAK', 'END_BREAK',
    'NEXT_CASE', 'CLOSE_SESSION', 'FINISH_SESSION', 'CLOCK', 'CLOCK_JUMP', 'DELETE_EVERYTHING', '', 'start', '__proto__',
  ];
  const FIELDS = [
    'id', 'name', 'title', 'presenterId', 'criteria', 'minutes', 'ms', 'deltaMs', 'stepId', 'templateId', 'warmupId',
    'agreementId', 'checked', 'enabled', 'caseId', 'startsAt', 'plannedCases', 'openingMinutes', 'breakMinutes',
    'closingMinutes', 'supervisorName', 'secondFacilitatorName', 'extra', 'constructor',
  ];

  function randomValue(rand: () => number, depth = 0): unknown {
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    switch (Math.floor(rand() * 12)) {
      case 0:
        return pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE]);
      case 1:
        return pick([0, 1, -1, 5, 61, 121, 999, 1_000, 60_000, 3_600_001, 2.5, -60_000]);
      case 2:
        return Math.floor(rand() * 1e13) * (rand() < 0.2 ? -1 : 1);
      case 3:
        return pick(['', ' ', 'p1', 'c1', 'c2', 'case-1', 'x'.repeat(200), 'inbreng', 'vragen', 'short-30', 'grounding', 'confidential', 'worried']);
      case 4:
        return pick([null, undefined, true, false]);
      case 5:
        return depth > 1 ? [] : [randomValue(rand, depth + 1), randomValue(rand, depth + 1)];
      case 6:
        return depth > 1 ? {} : { [pick(FIELDS)]: randomValue(rand, depth + 1) };
      case 7:
        return pick(['NaN', '1e400', '60000', '{}', '[]']);
      default:
        return pick([MIN, 5, 10, 'p2', 'Anna', null, 'samenvatting']);
    }
  }

  /** Well-formed commands, to be bent slightly out of shape. */
  const GOOD: Record<string, unknown>[] = [
    { type: 'ADD_PARTICIPANT', id: 'p7', name: 'Ivo' },
    { type: 'RENAME_PARTICIPANT', id: 'p1', name: 'Anneke' },
    { type: 'REMOVE_PARTICIPANT', id: 'p1' },
    { type: 'SET_SCHEDULE', field: 'openingMinutes', value: 20 },
    { type: 'SET_FACILITATOR', role: 'second', name: 'Koen' },
    { type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 },
    { type: 'ADD_PROPOSAL', id: 'c7', title: 'Casus', presenterId: 'p1', criteria: ['worried'] },
    { type: 'EDIT_PROPOSAL', id: 'c1', title: 'Casus', presenterId: null, criteria: [] },
    { type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-7', minutes: { uitwisseling: 20 } },
    { type: 'SET_STEP_MINUTES', stepId: 'samenvatting', minutes: 8 },
    { type: 'EXTEND', ms: MIN },
    { type: 'SHORTEN', ms: MIN },
    { type: 'START_BREAK', minutes: 10 },
    { type: 'CLOCK_JUMP', deltaMs: MIN },
  ];

  function bentCommand(rand: () => number, now: number): unknown {
    const input: Record<string, unknown> = { ...GOOD[Math.floor(rand() * GOOD.length)]!, now };
    const keys = Object.keys(input).filter((k) => k !== 'type');
    const key = keys[Math.floor(rand() * keys.length)]!;
    const r = rand();
    if (r < 0.15) delete input[key];
    else if (r < 0.25) input[FIELDS[Math.floor(rand() * FIELDS.length)]!] = randomValue(rand);
    else input[key] = key === 'now' ? now : randomValue(rand);
    return input;
  }

  function randomInput(rand: () => number, now: number): unknown {
    if (rand() < 0.05) return randomValue(rand);
    if (rand() < 0.5) return bentCommand(rand, now);
    const input: Record<string, unknown> = { type: TYPES[Math.floor(rand() * TYPES.length)] };
    const r = rand();
    if (r < 0.6) input.now = now;
    else if (r < 0.8) input.now = randomValue(rand);
    const fields = Math.floor(rand() * 4);
    for (let i = 0; i < fields; i++) input[FIELDS[Math.floor(rand() * FIELDS.length)]!] = randomValue(rand);
    return input;
  }

  /** Sessions in every phase, so the noise hits each set of transitions. */
  const STARTS: [string, () => Harness][] = [
    ['planning', () => harness()],
    ['opening with a warm-up', () => {
      const h = harness();
      h.ok({ type: 'CONFIRM_PLAN' });
      h.ok({ type: 'START_WARMUP', warmupId: 'grounding', minutes: 5 });
      return h;
    }],
    ['choosing', choosing],
    ['a running step', running],
    ['a paused step', () => {
      const h = running();
      h.ok({ type: 'PAUSE' });
      return h;
    }],
    ['a break', () => {
      const h = choosing();
      h.ok({ type: 'START_BREAK', minutes: 10 });
      return h;
    }],
    ['closing', () => {
      const h = choosing();
      h.ok({ type: 'CLOSE_SESSION' });
      return h;
    }],
  ];

  it('~500 random malformed commands never throw, and every refusal leaves the session as it was', () => {
    const rand = prng(0x4b52494e); // "KRIN"
    let sent = 0;
    let refused = 0;
    for (const [, start] of STARTS) {
      const h = start();
      for (let i = 0; i < 72; i++) {
        h.advance(Math.floor(rand() * 30_000));
        const input = randomInput(rand, h.now);
        const phase = h.phase;
        const before = structuredClone(h.context);
        let result: CommandResult | undefined;
        expect(() => {
          result = h.raw(input);
        }).not.toThrow();
        sent++;
        if (result && !result.ok) {
          refused++;
          expect(result.refusal.message).toEqual(refusalMessage(result.refusal.code));
          expect(h.phase).toBe(phase);
          expect(h.context).toEqual(before);
        }
      }
    }
    expect(sent).toBe(504);
    // Noise should almost always be refused; a few well-formed ones may slip through and that is fine.
    expect(refused).toBeGreaterThan(400);
  });
});
