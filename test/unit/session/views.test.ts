import { describe, expect, it } from 'vitest';
import { applyCommand, liveTimer, persistedForm, resumeSession, viewFor } from '../../../shared/session/index.ts';
import type { RoleView, SessionEvent, TimeControls, TimerView } from '../../../shared/session/index.ts';
import { sessionState } from '../../../shared/session/session.ts';
import { harness, MIN } from './harness.ts';
import type { Harness } from './harness.ts';

const SECRET_NAMES = ['Zelmira Quaxtonburg', 'Ysolde Vranckaert', 'Oswin Plimsoll'];
const SECRET_TITLES = ['Tafelgesprek-Vorkdans-7319', 'Nachtdienst-Kwartelzang-4482'];
const SECRET_FACILITATORS = ['Ormelinde Supervisa', 'Brackwater Tijdhoeder'];
const SECRETS = [...SECRET_NAMES, ...SECRET_TITLES, ...SECRET_FACILITATORS];

/** A session with distinctive names, walked through every phase; `visit` is called in each. */
function walk(visit: (h: Harness, label: string) => void) {
  const h = harness();
  SECRET_NAMES.forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
  h.facilitators(SECRET_FACILITATORS[0]!, SECRET_FACILITATORS[1]!);
  h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: SECRET_TITLES[0]!, presenterId: 'p1', criteria: ['worried'] });
  visit(h, 'planning');
  h.ok({ type: 'CONFIRM_PLAN' });
  visit(h, 'opening');
  h.ok({ type: 'START_WARMUP', warmupId: 'statements', minutes: 5 });
  h.advance(MIN);
  visit(h, 'warm-up running');
  h.ok({ type: 'FINISH_OPENING' });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: SECRET_TITLES[1]!, presenterId: 'p2', criteria: ['uncomfortable'] });
  visit(h, 'choosing');
  h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
  visit(h, 'case chosen, not started');
  h.ok({ type: 'START' });
  h.advance(2 * MIN);
  visit(h, 'step 1 running');
  h.ok({ type: 'NEXT' });
  h.advance(MIN);
  visit(h, 'step 2 running');
  h.ok({ type: 'PAUSE' });
  visit(h, 'step 2 paused');
  h.ok({ type: 'RESUME' });
  for (let i = 0; i < 5; i++) {
    h.advance(3 * MIN);
    h.ok({ type: 'NEXT' });
  }
  visit(h, 'case end');
  h.ok({ type: 'START_BREAK', minutes: 10 });
  h.advance(MIN);
  visit(h, 'break');
  h.ok({ type: 'END_BREAK' });
  h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c2', caseId: 'case-2' });
  h.ok({ type: 'START' });
  h.advance(6 * MIN);
  visit(h, 'case 2 in overtime');
  for (let i = 0; i < 6; i++) h.ok({ type: 'NEXT' });
  h.ok({ type: 'CLOSE_SESSION' });
  h.advance(MIN);
  visit(h, 'closing');
  h.ok({ type: 'FINISH_SESSION' });
  visit(h, 'closed');
}

type Command = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'now' | 'atMove'> : never) : never;

const views = (h: Harness): RoleView[] => [h.supervisor(), h.timekeeper(), h.circle()];

describe('what each window sees', () => {
  it('the circle display and the timekeeper never carry names or case titles', () => {
    let visited = 0;
    walk((h, label) => {
      visited++;
      for (const view of [h.circle(), h.timekeeper()]) {
        const json = JSON.stringify(view);
        for (const secret of SECRETS) {
          expect({ label, role: view.role, leaks: json.includes(secret) }).toEqual({ label, role: view.role, leaks: false });
        }
        // Not even in part.
        expect(json).not.toMatch(/Zelmira|Quaxton|Vorkdans|Kwartelzang|Ormelinde|Brackwater/);
      }
    });
    expect(visited).toBe(13);
  });

  it('the supervisor sees the names, the titles and the facilitators', () => {
    walk((h, label) => {
      if (['planning', 'opening', 'warm-up running'].includes(label)) return;
      const json = JSON.stringify(h.supervisor());
      for (const secret of [...SECRET_NAMES, ...SECRET_FACILITATORS, ...SECRET_TITLES]) {
        expect({ label, secret, shown: json.includes(secret) }).toEqual({ label, secret, shown: true });
      }
    });
    const h = harness();
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: SECRET_NAMES[0]! });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: SECRET_TITLES[0]!, presenterId: 'p1', criteria: [] });
    const v = h.supervisor();
    expect(v.proposals[0]).toMatchObject({ title: SECRET_TITLES[0], presenterName: SECRET_NAMES[0] });
    expect(v.plan.participants[0]?.name).toBe(SECRET_NAMES[0]);
  });

  it('every view is plain data: a structured clone and a JSON round trip give the same view', () => {
    walk((h) => {
      for (const view of views(h)) {
        expect(structuredClone(view)).toEqual(view);
        expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      }
    });
  });

  it('viewFor gives each role its own view', () => {
    const h = harness();
    const state = sessionState(h.actor);
    expect(viewFor('supervisor', state, h.now)).toEqual(h.supervisor());
    expect(viewFor('timekeeper', state, h.now)).toEqual(h.timekeeper());
    expect(viewFor('circle', state, h.now)).toEqual(h.circle());
  });
});

describe('a window counts down by itself between pushes', () => {
  const live = (t: TimerView) => ({ remainingMs: t.remainingMs, overtimeMs: t.overtimeMs, elapsedMs: t.elapsedMs });

  it('while running, the pushed view gives the same time left later as a freshly computed view', () => {
    const h = harness();
    walkToRunningStep(h);
    const pushed = h.circle().current!.timer;
    expect(pushed.deadline).toBe(h.now + pushed.remainingMs);
    for (const later of [0, 1, 999, 30_000, 3 * MIN, 5 * MIN, 7 * MIN + 123]) {
      h.advance(later - (h.now - pushed.at));
      expect({ later, ...liveTimer(pushed, h.now) }).toEqual({ later, ...live(h.circle().current!.timer) });
    }
    expect(liveTimer(pushed, h.now).overtimeMs).toBeGreaterThan(0);
  });

  it('while paused, the pushed view stays frozen', () => {
    const h = harness();
    walkToRunningStep(h);
    h.advance(MIN);
    h.ok({ type: 'PAUSE' });
    const pushed = h.timekeeper().current!.timer;
    expect(pushed.deadline).toBeNull();
    for (const later of [1, MIN, 60 * MIN]) {
      h.advance(later);
      expect(liveTimer(pushed, h.now)).toEqual(live(pushed));
      expect(liveTimer(pushed, h.now)).toEqual(live(h.timekeeper().current!.timer));
    }
    expect(liveTimer(pushed, h.now).remainingMs).toBe(4 * MIN);
  });

  function walkToRunningStep(h: Harness) {
    h.ok({ type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' });
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: 'p1', criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    h.ok({ type: 'START' });
  }
});

describe('the time controls offered match what the engine accepts', () => {
  type ControlKey = keyof TimeControls;
  const COMMAND: Record<ControlKey, Command> = {
    start: { type: 'START' },
    pause: { type: 'PAUSE' },
    resume: { type: 'RESUME' },
    extend: { type: 'EXTEND', ms: MIN },
    shorten: { type: 'SHORTEN', ms: 1_000 },
    next: { type: 'NEXT' },
    back: { type: 'BACK' },
  };

  /** Would this command be accepted now? Tried on a copy, so the session itself is untouched. */
  function accepted(h: Harness, command: Command): boolean {
    const copy = resumeSession(JSON.parse(JSON.stringify(persistedForm(h.actor, h.now))), h.now);
    const ok = applyCommand(copy, { ...command, atMove: copy.getSnapshot().context.moves, now: h.now } as SessionEvent).ok;
    copy.stop();
    return ok;
  }

  it('in every phase, each button is shown exactly when pressing it would work', () => {
    const seen = new Set<string>();
    walk((h, label) => {
      for (const view of [h.supervisor(), h.timekeeper()]) {
        for (const key of Object.keys(COMMAND) as ControlKey[]) {
          const offered = view.controls[key];
          seen.add(`${key}:${offered}`);
          expect({ label, key, offered }).toEqual({ label, key, offered: accepted(h, COMMAND[key]) });
        }
      }
    });
    // The walk shows every button both on and off at some point.
    for (const key of Object.keys(COMMAND)) {
      expect(seen.has(`${key}:true`)).toBe(true);
      expect(seen.has(`${key}:false`)).toBe(true);
    }
  });

  it('offers no shorten once a step is at zero', () => {
    const h = harness();
    h.ok({ type: 'CONFIRM_PLAN' });
    h.ok({ type: 'FINISH_OPENING' });
    h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Casus', presenterId: null, criteria: [] });
    h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
    h.ok({ type: 'START' });
    h.advance(5 * MIN);
    expect(h.supervisor().controls).toMatchObject({ shorten: false, extend: true, pause: true, next: true });
    expect(accepted(h, { type: 'SHORTEN', ms: 1_000 })).toBe(false);
  });
});
