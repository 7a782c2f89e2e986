import { applyCommand, isAimedType, persistedForm, refusal, resumeSession, sessionCommandSchema, sessionState, startSession, supervisorView, timekeeperView, circleView } from '../../../shared/session/index.ts';
import { INTERVISIE } from '../../../shared/method/index.ts';
import type { MethodDefinition } from '../../../shared/method/index.ts';
import type { CommandResult, SessionActor, SessionEvent, SessionStateValue } from '../../../shared/session/index.ts';


export const MIN = 60_000;
export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A command as a test writes it: `atMove` may be left out, and is then the move the session is at (a window with the latest view). */
type Command = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'now' | 'atMove'> & { atMove?: number } : never) : never;

/** A session driven by a simulated clock: `advance` moves time, `send` stamps every command with it. */
export function harness(id = 'session-1', method: MethodDefinition = INTERVISIE) {
  let now = T0;
  let actor: SessionActor = startSession(id, now, method);
  const stamp = (cmd: Command) => {
    const aimed = isAimedType(cmd.type) && !('atMove' in cmd && cmd.atMove !== undefined);
    return { ...cmd, ...(aimed && { atMove: actor.getSnapshot().context.moves }), now } as SessionEvent;
  };
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
      return applyCommand(actor, stamp(cmd));
    },
    /**
     * Anything at all, the way a window's message reaches the engine: `now` (stamped by main) is
     * dropped, a missing `atMove` is taken as the current move, then the one shape check at the
     * edge (the IPC contract's schema), then the machine.
     */
    raw(input: unknown): CommandResult {
      let candidate = input;
      if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
        const { now: _now, ...rest } = input as Record<string, unknown>;
        const aimed = isAimedType(String(rest.type)) && !('atMove' in rest);
        candidate = aimed ? { ...rest, atMove: actor.getSnapshot().context.moves } : rest;
      }
      const parsed = sessionCommandSchema.safeParse(candidate);
      if (!parsed.success) return { ok: false, refusal: refusal('invalid-payload') };
      return applyCommand(actor, { ...parsed.data, now } as SessionEvent);
    },
    /** Set several schedule fields, one command each (as the plan screen does). */
    schedule(fields: Partial<Record<'plannedCases' | 'openingMinutes' | 'breakMinutes' | 'closingMinutes', number>>) {
      for (const [field, value] of Object.entries(fields)) h.ok({ type: 'SET_SCHEDULE', field: field as 'plannedCases', value: value! });
    },
    /** Name both facilitators, one command each. */
    facilitators(supervisor: string, second: string) {
      h.ok({ type: 'SET_FACILITATOR', role: 'supervisor', name: supervisor });
      h.ok({ type: 'SET_FACILITATOR', role: 'second', name: second });
    },
    /** Send and fail loudly if refused: for steps a test relies on. */
    ok(cmd: Command) {
      const r = applyCommand(actor, stamp(cmd));
      if (!r.ok) throw new Error(`${cmd.type} refused: ${r.refusal.code}`);
    },
    get phase() {
      return sessionState(actor).phase;
    },
    /** The machine's state value, e.g. `{ case: 'vragen' }`. */
    get value(): SessionStateValue {
      return actor.getSnapshot().value as SessionStateValue;
    },
    get moves() {
      return actor.getSnapshot().context.moves;
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
