/**
 * Every call from every window, whatever the transport, passes here: known channel, allowed for
 * the caller's window role, payload valid against the contract — or a clear refusal and no change.
 */
import { CONTRACT, contractError, isChannel } from '../../../shared/ipc/index.ts';
import type { Channel, Reply, Req, Res, WindowRole } from '../../../shared/ipc/index.ts';

export interface CallContext {
  role: WindowRole;
}

export type Handlers = {
  [C in Channel]: (req: Req<C>, call: CallContext) => Promise<Reply<Res<C>>> | Reply<Res<C>>;
};

export type Dispatch = (role: WindowRole, channel: unknown, req: unknown) => Promise<Reply<unknown>>;

export function createDispatch(handlers: Handlers, onInternalError: (channel: string, error: unknown) => void): Dispatch {
  return async (role, channel, req) => {
    if (!isChannel(channel)) return { ok: false, error: contractError('unknown-channel') };
    const rule = CONTRACT[channel];
    if (!rule.roles.includes(role)) return { ok: false, error: contractError('not-allowed') };
    const parsed = rule.request.safeParse(req);
    if (!parsed.success) return { ok: false, error: contractError('invalid-request') };
    try {
      const handler = handlers[channel] as (req: unknown, call: CallContext) => Promise<Reply<unknown>> | Reply<unknown>;
      return await handler(parsed.data, { role });
    } catch (error) {
      onInternalError(channel, error);
      return { ok: false, error: contractError('internal') };
    }
  };
}
