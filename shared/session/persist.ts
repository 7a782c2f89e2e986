/**
 * The persisted form of a session: versioned, JSON, validated on load, migrated forward from every
 * earlier version. Restoring yields the same phase and step with the right time left, or fails with
 * a clear error — never a half state.
 *
 * Version 1 saved the phase alone (`"case"`) with the step as an index in the clock; version 2 saves
 * the machine's state value (`{ "case": "uitwisseling" }`), the method and the move counter.
 *
 * A step that was running while the app was closed keeps running: the circle in the room did not
 * stop talking, so on restore the time that passed counts (its `runningSince` is kept). A paused
 * step stays paused with exactly the time it had.
 */
import { INTERVISIE, methodById } from '../method/index.ts';
import type { Localized } from '../method/index.ts';
import { timerAt, withLog } from './current-timer.ts';
import { sessionContextSchema, stateValueSchema } from './schema.ts';
import { phaseOf } from './state-value.ts';
import type { Phase, SessionContext, SessionStateValue } from './types.ts';

export const PERSIST_FORMAT = 'kring-session';
export const PERSIST_VERSION = 2;

export interface PersistedSession {
  format: typeof PERSIST_FORMAT;
  version: number;
  savedAt: number;
  value: SessionStateValue;
  context: SessionContext;
}

export type RestoreErrorCode = 'not-a-session' | 'unknown-version' | 'newer-version' | 'corrupt';

const RESTORE_MESSAGES: Record<RestoreErrorCode, Localized> = {
  'not-a-session': {
    nl: 'Dit bestand is geen opgeslagen Kring-sessie.',
    en: 'This file is not a saved Kring session.',
  },
  'unknown-version': {
    nl: 'Deze opgeslagen sessie heeft een onbekende versie en kan niet worden hersteld.',
    en: 'This saved session has an unknown version and cannot be restored.',
  },
  'newer-version': {
    nl: 'Deze sessie werd opgeslagen met een nieuwere versie van Kring. Werk Kring bij om die te openen.',
    en: 'This session was saved by a newer version of Kring. Update Kring to open it.',
  },
  corrupt: {
    nl: 'De opgeslagen sessie is beschadigd en kan niet worden hersteld. Er is niets overschreven.',
    en: 'The saved session is damaged and cannot be restored. Nothing was overwritten.',
  },
};

export class RestoreError extends Error {
  readonly code: RestoreErrorCode;
  readonly userMessage: Localized;
  constructor(code: RestoreErrorCode, detail?: string) {
    super(`${RESTORE_MESSAGES[code].en}${detail ? ` (${detail})` : ''}`);
    this.name = 'RestoreError';
    this.code = code;
    this.userMessage = RESTORE_MESSAGES[code];
  }
}

export function toPersisted(value: SessionStateValue, context: SessionContext, savedAt: number): PersistedSession {
  return { format: PERSIST_FORMAT, version: PERSIST_VERSION, savedAt, value, context };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The state, the method's steps and the clock must agree; otherwise the file was edited or damaged. */
function consistencyProblem(stateValue: SessionStateValue, ctx: SessionContext): string | null {
  const value: Phase = phaseOf(stateValue);
  const stepIds = methodById(ctx.methodId).steps.map((s) => s.id).join(',');
  if (ctx.cases.some((c) => c.steps.map((s) => s.stepId).join(',') !== stepIds)) return "a case whose steps are not the method's";
  const clock = ctx.clock;
  if (typeof stateValue !== 'string') {
    const held = clock?.kind === 'step' ? ctx.cases[clock.caseIndex]?.steps[clock.stepIndex]?.stepId : undefined;
    if (held !== stateValue.case) return 'the step in the state is not the step on the clock';
  }
  if (clock && !timerAt(ctx, clock)) return 'clock points to a missing timer';
  const expected: Partial<Record<Phase, string>> = { case: 'step', break: 'break', closing: 'closing' };
  const need = expected[value];
  if (need && clock?.kind !== need) return `phase ${value} without its timer`;
  if (!need && value !== 'opening' && clock !== null) return `phase ${value} with a running timer`;
  if (value === 'opening' && clock !== null && clock.kind !== 'warmup') return 'opening with a foreign timer';
  if (clock?.kind === 'step' && clock.caseIndex !== ctx.cases.length - 1) return 'step clock not in the last case';
  const running = [
    ctx.warmup?.timer,
    ...ctx.cases.flatMap((c) => c.steps.map((s) => s.timer)),
    ...ctx.breaks,
    ctx.closing,
  ].filter((t) => t && t.runningSince !== null);
  if (running.length > 1) return 'more than one running timer';
  if (running.length === 1 && running[0] !== timerAt(ctx, clock)) return 'a running timer that is not current';
  return null;
}

/**
 * Version 1 → 2: the step moves from the clock's index into the state value; the method is the
 * six-step intervisie (the only one version 1 knew) and the move counter starts at zero.
 */
function migrateV1(raw: Record<string, unknown>): Record<string, unknown> {
  const context = isRecord(raw.context) ? raw.context : {};
  let value = raw.value;
  if (value === 'case') {
    const clock = context.clock;
    const index = isRecord(clock) && clock.kind === 'step' ? clock.stepIndex : undefined;
    const step = typeof index === 'number' ? INTERVISIE.steps[index] : undefined;
    if (!step) throw new RestoreError('corrupt', 'version 1 case without its step');
    value = { case: step.id };
  }
  return { ...raw, version: 2, value, context: { ...context, methodId: INTERVISIE.id, moves: 0 } };
}

const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = { 1: migrateV1 };

/** Validate anything read from disk; returns a trusted PersistedSession or throws RestoreError. */
export function parsePersisted(input: unknown): PersistedSession {
  if (!isRecord(input) || input.format !== PERSIST_FORMAT) throw new RestoreError('not-a-session');
  let raw = input;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new RestoreError('unknown-version');
  if (version > PERSIST_VERSION) throw new RestoreError('newer-version');
  for (let v = version; v < PERSIST_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new RestoreError('unknown-version');
    raw = migrate(raw);
  }
  const savedAt = raw.savedAt;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) throw new RestoreError('corrupt', 'savedAt');
  const value = stateValueSchema.safeParse(raw.value);
  if (!value.success) throw new RestoreError('corrupt', 'state');
  const context = sessionContextSchema.safeParse(raw.context);
  if (!context.success) throw new RestoreError('corrupt', context.error.issues[0]?.path.join('.') ?? 'context');
  const problem = consistencyProblem(value.data, context.data as SessionContext);
  if (problem) throw new RestoreError('corrupt', problem);
  return { format: PERSIST_FORMAT, version: PERSIST_VERSION, savedAt, value: value.data, context: context.data as SessionContext };
}

/** The context to resume from at `now`, with the gap since the last save in the log. */
export function contextForRestore(persisted: PersistedSession, now: number): SessionContext {
  return withLog(persisted.context, { at: now, kind: 'restored', detail: phaseOf(persisted.value), ms: Math.max(0, now - persisted.savedAt) });
}
