/**
 * The persisted form of a session: versioned, JSON, validated on load. Restoring yields the same
 * phase and step with the right time left, or fails with a clear error — never a half state.
 *
 * A step that was running while the app was closed keeps running: the circle in the room did not
 * stop talking, so on restore the time that passed counts (its `runningSince` is kept). A paused
 * step stays paused with exactly the time it had.
 */
import type { Localized } from '../method/index.ts';
import { timerAt, withLog } from './current-timer.ts';
import { phaseSchema, sessionContextSchema } from './schema.ts';
import type { Phase, SessionContext } from './types.ts';

export const PERSIST_FORMAT = 'kring-session';
export const PERSIST_VERSION = 1;

export interface PersistedSession {
  format: typeof PERSIST_FORMAT;
  version: number;
  savedAt: number;
  value: Phase;
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
    nl: 'Deze sessie werd opgeslagen met een nieuwere versie van Kring. Werk Kring bij om ze te openen.',
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

export function toPersisted(value: Phase, context: SessionContext, savedAt: number): PersistedSession {
  return { format: PERSIST_FORMAT, version: PERSIST_VERSION, savedAt, value, context };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The phase and the clock must agree; otherwise the file was edited or damaged. */
function consistencyProblem(value: Phase, ctx: SessionContext): string | null {
  const clock = ctx.clock;
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

/** Validate anything read from disk; returns a trusted PersistedSession or throws RestoreError. */
export function parsePersisted(raw: unknown): PersistedSession {
  if (!isRecord(raw) || raw.format !== PERSIST_FORMAT) throw new RestoreError('not-a-session');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new RestoreError('unknown-version');
  if (version > PERSIST_VERSION) throw new RestoreError('newer-version');
  const savedAt = raw.savedAt;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) throw new RestoreError('corrupt', 'savedAt');
  const value = phaseSchema.safeParse(raw.value);
  if (!value.success) throw new RestoreError('corrupt', 'phase');
  const context = sessionContextSchema.safeParse(raw.context);
  if (!context.success) throw new RestoreError('corrupt', context.error.issues[0]?.path.join('.') ?? 'context');
  const problem = consistencyProblem(value.data, context.data as SessionContext);
  if (problem) throw new RestoreError('corrupt', problem);
  return { format: PERSIST_FORMAT, version, savedAt, value: value.data, context: context.data as SessionContext };
}

/** The context to resume from at `now`, with the gap since the last save in the log. */
export function contextForRestore(persisted: PersistedSession, now: number): SessionContext {
  return withLog(persisted.context, { at: now, kind: 'restored', detail: persisted.value, ms: Math.max(0, now - persisted.savedAt) });
}
