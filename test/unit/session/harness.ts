import { applyCommand, persistedForm, resumeSession, sessionState, startSession, supervisorView, timekeeperView, circleView } from '../../../shared/session/index.ts';
import type { CommandResult, SessionActor, SessionEvent } from '../../../shared/session/index.ts';

export const MIN = 60_000;
export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

type Command = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'now'> : never) : never;

/** A session driven by a simulated clock: `advance` moves time, `send` stamps every command with it. */
export function harness(id = 'session-1') {
  let now = T0;
  let actor: SessionActor = startSession(id, now);
  const h = {
    get now() {
      return now;
    },
    get actor() {
      return actor;
    },
    advance(ms: number) {
      now += ms;
    },
    setNow(ms: number) {
      now = ms;
    },
    send(cmd: Command): CommandResult {
      return applyCommand(actor, { ...cmd, now });
    },
    /** Send and fail loudly if refused: for steps a test relies on. */
    ok(cmd: Command) {
      const r = applyCommand(actor, { ...cmd, now });
      if (!r.ok) throw new Error(`${cmd.type} refused: ${r.refusal.code}`);
    },
    get phase() {
      return actor.getSnapshot().value;
    },
    get context() {
      return actor.getSnapshot().context;
    },
    supervisor: () => supervisorView(sessionState(actor), now),
    timekeeper: () => timekeeperView(sessionState(actor), now),
    circle: () => circleView(sessionState(actor), now),
    /** Simulate quitting the app and starting it again after `gapMs`. */
    restart(gapMs = 0) {
      const saved = JSON.parse(JSON.stringify(persistedForm(actor, now)));
      actor.stop();
      now += gapMs;
      actor = resumeSession(saved, now);
    },
  };
  return h;
}

export type Harness = ReturnType<typeof harness>;

/** Plan with names, confirm, skip the warm-up, add proposals and choose the first. */
export function toFirstCase(h: Harness, participants = ['Anna', 'Bram', 'Chloë', 'Dries', 'Eva', 'Fien', 'Gert', 'Hanne']) {
  participants.forEach((name, i) => h.ok({ type: 'ADD_PARTICIPANT', id: `p${i + 1}`, name }));
  h.ok({ type: 'CONFIRM_PLAN' });
  h.ok({ type: 'FINISH_OPENING' });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c1', title: 'Een bevalling die anders liep', presenterId: 'p1', criteria: ['worried'] });
  h.ok({ type: 'ADD_PROPOSAL', id: 'c2', title: 'Moeilijk contact met een moeder', presenterId: 'p2', criteria: ['difficult-contact'] });
  h.ok({ type: 'CHOOSE_PROPOSAL', id: 'c1', caseId: 'case-1' });
}
