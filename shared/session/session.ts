/**
 * A running session: the machine's actor plus the one defined way a command is refused.
 * Main owns exactly one of these and is its only writer.
 */
import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { INTERVISIE } from '../method/index.ts';
import type { MethodDefinition, StepDefinition } from '../method/index.ts';
import { explainRefusal } from './checks.ts';
import { machineFor } from './machine.ts';
import type { SessionMachine, StepMeta, StepTag } from './machine.ts';
import { contextForRestore, parsePersisted, toPersisted } from './persist.ts';
import type { PersistedSession } from './persist.ts';
import type { Refusal } from './refusal.ts';
import { phaseOf } from './state-value.ts';
import type { SessionContext, SessionEvent, SessionStateValue } from './types.ts';
import type { SessionState } from './views.ts';

export type SessionActor = Actor<SessionMachine>;

export type CommandResult = { ok: true } | { ok: false; refusal: Refusal };

export function startSession(id: string, now: number, method: MethodDefinition = INTERVISIE): SessionActor {
  return createActor(machineFor(method.id), { input: { id, now } }).start();
}

/** Resume from anything read from disk. Throws RestoreError (nothing is started) if it is not sound. */
export function resumeSession(raw: unknown, now: number): SessionActor {
  const persisted = parsePersisted(raw);
  const machine = machineFor(persisted.context.methodId);
  const snapshot = machine.resolveState({ value: persisted.value, context: contextForRestore(persisted, now) });
  return createActor(machine, { snapshot, input: { id: persisted.context.id, now } }).start();
}

/** What the views need of the actor's snapshot: the phase, the step's declared traits, the oracle. */
export function sessionState(actor: SessionActor): SessionState {
  return stateOfSnapshot(actor.getSnapshot());
}

/** A saved session (any version) as the views read it, without starting it; nothing can be sent to it. */
export function archivedState(raw: unknown): SessionState {
  const persisted = parsePersisted(raw);
  const snapshot = machineFor(persisted.context.methodId).resolveState({ value: persisted.value, context: persisted.context });
  return { ...stateOfSnapshot(snapshot), can: () => false };
}

function stateOfSnapshot(snapshot: ReturnType<SessionActor['getSnapshot']>): SessionState {
  const meta = Object.values(snapshot.getMeta() as Record<string, Partial<StepMeta> | undefined>);
  const step: StepDefinition | null = meta.find((m) => m?.step)?.step ?? null;
  return {
    phase: phaseOf(snapshot.value as SessionStateValue),
    step,
    hasTag: (tag: StepTag) => snapshot.hasTag(tag),
    context: snapshot.context,
    can: (e) => snapshot.can(e),
  };
}

export function persistedForm(actor: SessionActor, now: number): PersistedSession {
  const snapshot = actor.getSnapshot();
  return toPersisted(snapshot.value as SessionStateValue, snapshot.context as SessionContext, now);
}

/**
 * Apply a command, or refuse it with a reason and change nothing. The command's shape was checked
 * at the edge (the IPC contract); here the machine alone decides: `can` is the one oracle, and
 * `explainRefusal` the one place that says why not.
 */
export function applyCommand(actor: SessionActor, event: SessionEvent): CommandResult {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'active') return { ok: false, refusal: explainRefusal(snapshot.context, event) };
  if (!snapshot.can(event)) return { ok: false, refusal: explainRefusal(snapshot.context, event) };
  actor.send(event);
  return { ok: true };
}
