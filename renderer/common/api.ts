/**
 * Calling main from a window: every call answers with a Reply; a refusal is shown to the person
 * in their language (main's own words) and the caller gets null. Nothing here throws.
 */
import { getApi } from '../transport/get-api.ts';
import { contractError } from '../../shared/ipc/errors.ts';
import type { ApiError, Channel, KringApi, Reply, Req, Res, SessionCommand } from '../../shared/ipc/contract.ts';
import type { Localized } from '../../shared/method/types.ts';
import type { Settings } from '../../shared/ipc/settings.ts';
import { createStore, settingsStore } from './stores.ts';

export interface ShownError {
  id: number;
  message: Localized;
  code: string;
  /** Not a problem, only news (the other window was quicker): shown calmly and briefly. */
  brief: boolean;
}

export const errorStore = createStore<ShownError[]>([]);
let nextErrorId = 1;

/** Refusals that only mean "that already happened": the window already shows where the session is. */
const BRIEF_CODES = new Set(['stale', 'already-done']);
export const BRIEF_MS = 5_000;

export function showError(error: ApiError) {
  const list = errorStore.get().filter((e) => e.code !== error.code || e.message.nl !== error.message.nl);
  const shown: ShownError = { id: nextErrorId++, message: error.message, code: error.code, brief: BRIEF_CODES.has(error.code) };
  errorStore.set([...list, shown].slice(-4));
  if (shown.brief) setTimeout(() => dismissError(shown.id), BRIEF_MS);
}

export function dismissError(id: number) {
  errorStore.set(errorStore.get().filter((e) => e.id !== id));
}

let apiOverride: KringApi | null = null;
/** Tests give a fake API; windows use the real transport. */
export function setApiForTests(api: KringApi | null) {
  apiOverride = api;
}
export function api(): KringApi {
  return apiOverride ?? getApi();
}

/**
 * Call a channel; on refusal show the message and return `undefined`. (Not null: several
 * channels answer `null` when all went well.)
 */
export async function call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C> | undefined> {
  let reply: Reply<Res<C>>;
  try {
    reply = await (api()[channel] as (r: Req<C>) => Promise<Reply<Res<C>>>)(req);
  } catch {
    reply = { ok: false, error: contractError('internal') };
  }
  if (!reply.ok) {
    showError(reply.error);
    return undefined;
  }
  return reply.value;
}

/** Aimed commands on their way to main, so that the same press sent twice goes out once. */
const inFlight = new Set<string>();
/** Pressed twice, meant twice: "+1" twice adds two minutes. */
const REPEATABLE = new Set(['EXTEND', 'SHORTEN']);

/**
 * Give the session a command (main stamps the time). True when carried out. A move or a start or
 * pause aimed at a move (`atMove`) that this window is already sending is not sent again.
 */
export async function command(cmd: SessionCommand): Promise<boolean> {
  const key = 'atMove' in cmd && !REPEATABLE.has(cmd.type) ? `${cmd.type}@${cmd.atMove}` : null;
  if (key !== null) {
    if (inFlight.has(key)) return false;
    inFlight.add(key);
  }
  try {
    return (await call('session.command', cmd)) !== undefined;
  } finally {
    if (key !== null) inFlight.delete(key);
  }
}

/**
 * A click handler that ignores the second click of a double click: a quick double click on
 * "Volgende stap" moves one step. Keyboard activation (detail 0) always counts.
 */
export const singleClick = (run: () => void) => (event: { detail: number }) => {
  if (event.detail > 1) return;
  run();
};

/** Save a settings change; main's answer is the truth (and a refusal is shown). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings | undefined> {
  const next = await call('settings.set', patch);
  if (next) settingsStore.set(next);
  return next;
}
