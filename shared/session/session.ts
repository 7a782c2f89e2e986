/**
 * A running session: the machine's actor plus the one defined way a command is refused.
 * Main owns exactly one of these and is its only writer.
 */
import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { semanticRefusal } from './checks.ts';
import { sessionMachine } from './machine.ts';
import { contextForRestore, parsePersisted, toPersisted } from './persist.ts';
import type { PersistedSession } from './persist.ts';
import { refusal } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { sessionEventSchema } from './schema.ts';
import type { Phase, SessionContext, SessionEvent } from './types.ts';
import type { SessionState } from './views.ts';

export type SessionActor = Actor<typeof sessionMachine>;

export type CommandResult = { ok: true } | { ok: false; refusal: Refusal };

export function startSession(id: string, now: number): SessionActor {
  return createActor(sessionMachine, { input: { id, now } }).start();
}

/** Resume from anything read from disk. Throws RestoreError (nothing is started) if it is not sound. */
export function resumeSession(raw: unknown, now: number): SessionActor {
  const persisted = parsePersisted(raw);
  const snapshot = sessionMachine.resolveState({ value: persisted.value, context: contextForRestore(persisted, now) });
  return createActor(sessionMachine, { snapshot, input: { id: persisted.context.id, now } }).start();
}

export function sessionState(actor: SessionActor): SessionState {
  const snapshot = actor.getSnapshot();
  return { value: snapshot.value as Phase, context: snapshot.context, can: (e) => snapshot.can(e) };
}

export function persistedForm(actor: SessionActor, now: number): PersistedSession {
  const snapshot = actor.getSnapshot();
  return toPersisted(snapshot.value as Phase, snapshot.context as SessionContext, now);
}

/**
 * Apply a command, or refuse it with a reason and change nothing. Everything from outside
 * (IPC, tests, fuzzers) comes through here: shape first, then meaning, then "is this the moment".
 */
export function applyCommand(actor: SessionActor, input: unknown): CommandResult {
  const parsed = sessionEventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: refusal('invalid-payload') };
  const event = parsed.data as SessionEvent;
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'active') return { ok: false, refusal: refusal('not-now') };
  const reason = semanticRefusal(snapshot.context, event);
  if (reason) return { ok: false, refusal: reason };
  if (!snapshot.can(event)) return { ok: false, refusal: refusal('not-now') };
  actor.send(event);
  return { ok: true };
}
