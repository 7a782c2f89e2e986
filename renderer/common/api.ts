/**
 * Calling main from a window: every call answers with a Reply; a refusal is shown to the person
 * in their language (main's own words) and the caller gets null. Nothing here throws.
 */
import { getApi } from '../transport/get-api.ts';
import { contractError } from '../../shared/ipc/errors.ts';
import type { ApiError, Channel, KringApi, Reply, Req, Res, SessionCommand } from '../../shared/ipc/contract.ts';
import type { Localized } from '../../shared/method/types.ts';
import type { Settings } from '../../shared/ipc/settings.ts';
import { createStore, settingsStore, useStore } from './store.ts';

export interface ShownError {
  id: number;
  message: Localized;
  code: string;
}

export const errorStore = createStore<ShownError[]>([]);
let nextErrorId = 1;

export function showError(error: ApiError) {
  const list = errorStore.get().filter((e) => e.code !== error.code || e.message.nl !== error.message.nl);
  errorStore.set([...list, { id: nextErrorId++, message: error.message, code: error.code }].slice(-4));
}

export function dismissError(id: number) {
  errorStore.set(errorStore.get().filter((e) => e.id !== id));
}

export const useErrors = () => useStore(errorStore);

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

/** Give the session a command (main stamps the time). True when carried out. */
export async function command(cmd: SessionCommand): Promise<boolean> {
  return (await call('session.command', cmd)) !== undefined;
}

/** Save a settings change; main's answer is the truth (and a refusal is shown). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings | undefined> {
  const next = await call('settings.set', patch);
  if (next) settingsStore.set(next);
  return next;
}
