/**
 * Every call from every window, whatever the transport, passes here: known channel, allowed for
 * the caller's window role, payload valid against the contract — or a clear refusal and no change.
 */
import { CONTRACT, contractError, isChannel } from '../../../shared/ipc/index.ts';
import type { Channel, Reply, Req, Res, WindowRole } from '../../../shared/ipc/index.ts';
import { hasSystemCode, StorageError, toStorageError } from '../storage/storage-error.ts';
import { VaultError } from '../vault/index.ts';

export interface CallContext {
  role: WindowRole;
}

export type Handlers = {
  [C in Channel]: (req: Req<C>, call: CallContext) => Promise<Reply<Res<C>>> | Reply<Res<C>>;
};

export type Dispatch = (role: WindowRole, channel: unknown, req: unknown) => Promise<Reply<unknown>>;

/** A plain fs error from a library that writes on its own (the settings store): still a disk problem. */
const isDiskError = (error: unknown) => ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].some((code) => hasSystemCode(error, code));

export function createDispatch(handlers: Handlers, onInternalError: (channel: string, error: unknown) => void): Dispatch {
  return async (role, channel, req) => {
    if (!isChannel(channel)) return { ok: false, error: contractError('unknown-channel') };
    const rule = CONTRACT[channel];
    if (!rule.roles.includes(role)) return { ok: false, error: contractError('not-allowed') };
    // An own "__proto__" key (JSON.parse makes those) would silently vanish, or become the
    // prototype, when the payload is copied further on: refuse it instead.
    if (typeof req === 'object' && req !== null && Object.hasOwn(req, '__proto__')) return { ok: false, error: contractError('invalid-request') };
    const parsed = rule.request.safeParse(req);
    if (!parsed.success) return { ok: false, error: contractError('invalid-request') };
    try {
      const handler = handlers[channel] as (req: unknown, call: CallContext) => Promise<Reply<unknown>> | Reply<unknown>;
      return await handler(parsed.data, { role });
    } catch (error) {
      // A full disk, a read-only folder, a vault that locked meanwhile: say so, in the person's terms.
      const known = error instanceof StorageError || error instanceof VaultError ? error : isDiskError(error) ? toStorageError(error) : null;
      if (known) return { ok: false, error: { code: known.code, message: known.userMessage } };
      onInternalError(channel, error);
      return { ok: false, error: contractError('internal') };
    }
  };
}
