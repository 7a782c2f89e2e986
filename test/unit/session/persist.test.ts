import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as xstate from 'xstate';
import { parsePersisted, persistedForm, PERSIST_FORMAT, PERSIST_VERSION, resumeSession, RestoreError } from '../../../shared/session/index.ts';
import type { PersistedSession, RestoreErrorCode } from '../../../shared/session/index.ts';
import { harness, MIN, toFirstCase } from './harness.ts';
import type { Harness } from './harness.ts';

// Watch actor creation, so a failed restore can be shown to start nothing.
vi.mock('xstate', async (importOriginal) => {
  const original = await importOriginal<typeof import('xstate')>();
  return { ...original, createActor: vi.fn(original.createActor) };
});
const createActorSpy = vi.mocked(xstate.createActor);

const remaining = (h: Harness) => h.supervisor().current?.timer.remainingMs;
const overtime = (h: Harness) => h.supervisor().current?.timer.overtimeMs;

/** A JSON copy of the session as it would be written to disk now. */
function saved(h: Harness): PersistedSession {
  return JSON.parse(JSON.stringify(persistedForm(h.actor, h.now))) as PersistedSession;
}

/** A saved session during step 3 of case 1, with a warm-up, agreements, a break before, and a withdrawn proposal. */
function richSession(): Harness {
  const h = harness();
  ['Anna', 'Bram', 'Chloë'].forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
  h.facilitators('Marleen', 'Koen');
  h.ok({ type: 'CONFIRM_PLAN' });
  h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'confidential', checked: true });
  h.ok({ type: 'CHECK_AGREEMENT', agreementId: 'learn-together', checked: true });
  h.ok({ type: 'START_WARMUP', warmupId: 'images', minutes: 5 });
  h.advance(5 * MIN);
  h.ok({ type: 'FINISH_OPENING' });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus een', presenterId: 'p1', criteria: ['worried'] });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Casus twee', presenterId: 'p2', criteria: [] });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c3', title: 'Casus drie', presenterId: null, criteria: [] });
  h.ok({ type: 'WITHDRAW_PROPOSAL', id: 'c3' });
  h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
  h.ok({ type: 'START' });
  h.advance(5 * MIN);
  h.ok({ type: 'NEXT' });
  h.advance(3 * MIN);
  h.ok({ type: 'NEXT' });
  h.advance(2 * MIN);
  return h;
}

describe('persist and restore', () => {
  it('a running step keeps running while the app is closed: time left shrinks by the gap', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(MIN);
    expect(remaining(h)).toBe(4 * MIN);
    h.restart(90_000);
    expect(h.phase).toBe('case');
    expect(h.supervisor().current).toMatchObject({ caseIndex: 0, stepIndex: 0, stepId: 'inbreng' });
    expect(h.supervisor().current?.timer.status).toBe('running');
    expect(remaining(h)).toBe(4 * MIN - 90_000);
    h.advance(30_000);
    expect(remaining(h)).toBe(2 * MIN);
  });

  it('a running step closed for longer than its time left comes back in overtime', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(2 * MIN);
    h.restart(10 * MIN);
    expect(h.supervisor().current?.timer.status).toBe('overtime');
    expect(remaining(h)).toBe(0);
    expect(overtime(h)).toBe(7 * MIN);
  });

  it('a paused step comes back with exactly the same time left, whatever the gap', () => {
    for (const gap of [0, 1, 59_999, 3 * 60 * MIN, 7 * 24 * 60 * MIN]) {
      const h = harness();
      toFirstCase(h);
      h.ok({ type: 'START' });
      h.advance(100_000);
      h.ok({ type: 'PAUSE' });
      h.advance(5_000);
      h.restart(gap);
      expect(h.supervisor().current?.timer.status).toBe('paused');
      expect(remaining(h)).toBe(5 * MIN - 100_000);
      h.ok({ type: 'RESUME' });
      h.advance(10_000);
      expect(remaining(h)).toBe(5 * MIN - 110_000);
    }
  });

  it('overtime keeps growing by the gap', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    h.advance(6 * MIN);
    expect(overtime(h)).toBe(MIN);
    h.restart(4 * MIN);
    expect(h.supervisor().current?.timer.status).toBe('overtime');
    expect(overtime(h)).toBe(5 * MIN);
  });

  it('a break carries on through the restart', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    for (let i = 0; i < 6; i++) {
      h.advance(MIN);
      h.ok({ type: 'NEXT' });
    }
    h.ok({ type: 'START_BREAK', minutes: 10 });
    h.advance(3 * MIN);
    h.restart(2 * MIN);
    expect(h.phase).toBe('break');
    expect(h.supervisor().current).toMatchObject({ kind: 'break' });
    expect(remaining(h)).toBe(5 * MIN);
    h.ok({ type: 'END_BREAK' });
    expect(h.phase).toBe('choosing');
  });

  it('restores "case done" with the case closed and nothing running, and the way back into the summary', () => {
    const h = harness();
    toFirstCase(h);
    h.ok({ type: 'START' });
    for (let i = 0; i < 6; i++) {
      h.advance(2 * MIN);
      h.ok({ type: 'NEXT' });
    }
    const endedAt = h.now;
    h.restart(10 * MIN);
    expect(h.phase).toBe('caseEnd');
    expect(h.context.clock).toBeNull();
    expect(h.context.cases[0]?.endedAt).toBe(endedAt);
    expect(h.supervisor().cases[0]?.timing.actualMs).toBe(12 * MIN);
    h.ok({ type: 'BACK' });
    expect(h.supervisor().current?.stepId).toBe('samenvatting');
    expect(h.supervisor().current?.timer.elapsedMs).toBe(2 * MIN);
  });

  it('restores a session still being planned', () => {
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    h.schedule({ plannedCases: 3, openingMinutes: 15, breakMinutes: 5, closingMinutes: 5 });
    h.ok({ type: 'SET_TEMPLATE', templateId: 'short-30' });
    const plan = structuredClone(h.context.plan);
    h.restart(24 * 60 * MIN);
    expect(h.phase).toBe('planning');
    expect(h.context.plan).toEqual(plan);
    h.ok({ type: 'CONFIRM_PLAN' });
    expect(h.phase).toBe('opening');
  });

  it('keeps proposals, participants, agreements and the log, and logs the restart with the gap', () => {
    const h = richSession();
    const before = structuredClone(h.context);
    h.restart(42_000);
    const after = h.context;
    expect(h.phase).toBe('case');
    expect(after.plan).toEqual(before.plan);
    expect(after.proposals).toEqual(before.proposals);
    expect(after.agreementsChecked).toEqual(before.agreementsChecked);
    expect(after.warmup).toEqual(before.warmup);
    expect(after.cases).toEqual(before.cases);
    expect(after.log.slice(0, -1)).toEqual(before.log);
    expect(after.log.at(-1)).toEqual({ at: h.now, kind: 'restored', detail: 'case', ms: 42_000 });
    expect(h.supervisor().current).toMatchObject({ stepIndex: 2, stepId: 'vragen' });
    expect(remaining(h)).toBe(7 * MIN - 2 * MIN - 42_000);
  });

  it('restoring twice with no time between gives the same session', () => {
    const h = richSession();
    h.restart(0);
    const once = saved(h);
    h.restart(0);
    const twice = saved(h);
    expect(twice.context.log.slice(0, -1)).toEqual(once.context.log);
    expect({ ...twice.context, log: [] }).toEqual({ ...once.context, log: [] });
  });
});

describe('a damaged or foreign file is refused and nothing starts', () => {
  beforeEach(() => {
    createActorSpy.mockClear();
  });

  function expectRefused(raw: unknown, code: RestoreErrorCode) {
    createActorSpy.mockClear();
    let thrown: unknown = null;
    try {
      resumeSession(raw, Date.now());
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RestoreError);
    expect((thrown as RestoreError).code).toBe(code);
    expect((thrown as RestoreError).userMessage.nl.length).toBeGreaterThan(0);
    expect((thrown as RestoreError).userMessage.en.length).toBeGreaterThan(0);
    expect(() => parsePersisted(raw)).toThrow(RestoreError);
    expect(createActorSpy).not.toHaveBeenCalled();
  }

  function good(): PersistedSession {
    return saved(richSession());
  }

  it('accepts the sound file it starts from (the spy does see a restore)', () => {
    const raw = good();
    createActorSpy.mockClear();
    const actor = resumeSession(raw, raw.savedAt);
    expect(createActorSpy).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toEqual({ case: 'vragen' });
    actor.stop();
  });

  it('refuses what is not a Kring session at all', () => {
    expectRefused(null, 'not-a-session');
    expectRefused(undefined, 'not-a-session');
    expectRefused('{"format":"kring-session"}', 'not-a-session');
    expectRefused(42, 'not-a-session');
    expectRefused([good()], 'not-a-session');
    expectRefused({ format: 'other', version: 1 }, 'not-a-session');
    const { format: _format, ...noFormat } = good();
    expectRefused(noFormat, 'not-a-session');
  });

  it('refuses an unknown or newer version', () => {
    expectRefused({ ...good(), version: 0 }, 'unknown-version');
    expectRefused({ ...good(), version: -1 }, 'unknown-version');
    expectRefused({ ...good(), version: 1.5 }, 'unknown-version');
    expectRefused({ ...good(), version: 'x' }, 'unknown-version');
    expectRefused({ ...good(), version: '1' }, 'unknown-version');
    expectRefused({ ...good(), version: null }, 'unknown-version');
    expectRefused({ ...good(), version: PERSIST_VERSION + 1 }, 'newer-version');
    expectRefused({ ...good(), version: 3 }, 'newer-version');
  });

  it('refuses missing or malformed top-level fields', () => {
    const { savedAt: _s, ...noSavedAt } = good();
    expectRefused(noSavedAt, 'corrupt');
    const { context: _c, ...noContext } = good();
    expectRefused(noContext, 'corrupt');
    expectRefused({ ...good(), value: 'lunch' }, 'corrupt');
    expectRefused({ ...good(), savedAt: 'gisteren' }, 'corrupt');
  });

  it('refuses a context with missing fields', () => {
    for (const key of ['id', 'plan', 'cases', 'log', 'clock', 'proposals', 'breaks'] as const) {
      const raw = good();
      delete (raw.context as unknown as Record<string, unknown>)[key];
      expectRefused(raw, 'corrupt');
    }
  });

  it('refuses NaN, Infinity and numbers written as text', () => {
    const nanTimer = good();
    nanTimer.context.cases[0]!.steps[2]!.timer.elapsedMs = Number.NaN;
    expectRefused(nanTimer, 'corrupt');
    const infinite = good();
    infinite.context.cases[0]!.steps[2]!.timer.runningSince = Number.POSITIVE_INFINITY;
    expectRefused(infinite, 'corrupt');
    const nanSaved = { ...good(), savedAt: Number.NaN };
    expectRefused(nanSaved, 'corrupt');
    const text = good();
    (text.context.plan as unknown as Record<string, unknown>).openingMinutes = '20';
    expectRefused(text, 'corrupt');
    const negative = good();
    negative.context.cases[0]!.steps[0]!.timer.plannedMs = -1;
    expectRefused(negative, 'corrupt');
  });

  it('refuses a case phase without a step clock', () => {
    const raw = good();
    raw.context.clock = null;
    expectRefused(raw, 'corrupt');
    const wrongKind = good();
    wrongKind.context.clock = { kind: 'closing' };
    expectRefused(wrongKind, 'corrupt');
  });

  it('refuses two running timers', () => {
    const raw = good();
    const t = raw.context.cases[0]!.steps[0]!.timer;
    raw.context.cases[0]!.steps[0]!.timer = { ...t, runningSince: raw.savedAt - MIN, endedAt: null };
    expectRefused(raw, 'corrupt');
  });

  it('refuses a clock pointing at a case or step that is not there', () => {
    const missingCase = good();
    missingCase.context.clock = { kind: 'step', caseIndex: 3, stepIndex: 2 };
    expectRefused(missingCase, 'corrupt');
    const noCases = good();
    noCases.context.cases = [];
    expectRefused(noCases, 'corrupt');
    const badStep = good();
    badStep.context.clock = { kind: 'step', caseIndex: 0, stepIndex: 6 };
    expectRefused(badStep, 'corrupt');
  });

  it('refuses unknown extra fields', () => {
    const raw = good();
    (raw.context as unknown as Record<string, unknown>).notes = 'vrije tekst';
    expectRefused(raw, 'corrupt');
  });

  it('refuses a truncated file with keys deleted at random', () => {
    // Seeded, so a failure can be replayed.
    let seed = 20261122;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    /** Paths of every required key inside the context (a log entry's `ms` is optional). */
    function requiredPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
      if (Array.isArray(value)) return value.flatMap((v, i) => requiredPaths(v, [...path, i]));
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([k, v]) => {
        const here = [...path, k];
        const optional = path.length === 2 && path[0] === 'log' && k === 'ms';
        return [...(optional ? [] : [here]), ...requiredPaths(v, here)];
      });
    }
    const base = good();
    const paths = requiredPaths(base.context);
    expect(paths.length).toBeGreaterThan(100);
    for (let round = 0; round < 60; round++) {
      const raw = structuredClone(base);
      const count = 1 + Math.floor(random() * 3);
      for (let i = 0; i < count; i++) {
        const path = paths[Math.floor(random() * paths.length)]!;
        let node: unknown = raw.context;
        for (const key of path.slice(0, -1)) node = node == null ? undefined : (node as Record<string | number, unknown>)[key];
        if (node && typeof node === 'object') delete (node as Record<string | number, unknown>)[path.at(-1)!];
      }
      expectRefused(raw, 'corrupt');
    }
  });

  it('keeps the format and version it writes', () => {
    const raw = good();
    expect(raw.format).toBe(PERSIST_FORMAT);
    expect(raw.version).toBe(PERSIST_VERSION);
    expect(parsePersisted(raw).context).toEqual(raw.context);
  });
});
