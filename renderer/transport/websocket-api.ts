/**
 * The contract over a WebSocket on 127.0.0.1 (browser mode and the Playwright tests).
 * Reconnects by itself; a call made while disconnected waits for the connection, and a call
 * in flight when the connection drops gets a clear "not connected" reply instead of hanging.
 */
// Deep imports on purpose: the contract's schemas (zod) stay out of the window bundles.
import { CHANNEL_NAMES } from '../../shared/ipc/channels.ts';
import { contractError } from '../../shared/ipc/errors.ts';
import type { Channel, KringApi, Push, Reply, Req, Res } from '../../shared/ipc/contract.ts';
import type { WireMessage } from '../../shared/ipc/wire.ts';

/**
 * Longest wait between two connection attempts. The server is on this machine (127.0.0.1): a
 * refused attempt costs next to nothing, and a restarted services process is back within a second,
 * so the windows should not sit in "connecting" for seconds after it is.
 */
export const RETRY_MAX_MS = 400;

/** After this many refused attempts in a row, ask the server whether this window's link is still valid. */
const LINK_CHECK_EVERY = 10;

/**
 * The server refuses a connection without saying why. If it is the link (the token changed with
 * a restart), the page itself now answers 403 with a clear message: show that instead of
 * "connecting…" forever.
 */
async function showBadLinkPageIfRefused(): Promise<void> {
  if (typeof location === 'undefined' || typeof fetch === 'undefined') return;
  try {
    const response = await fetch(location.href, { cache: 'no-store' });
    if (response.status === 403) location.reload();
  } catch {
    // The server is down: keep trying to connect.
  }
}

export function createWebSocketApi(url: string): KringApi {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let open: Promise<WebSocket> | null = null;
  const pending = new Map<number, (reply: Reply<unknown>) => void>();
  const listeners = new Set<(push: Push) => void>();
  let failures = 0;

  function connect(): Promise<WebSocket> {
    if (open) return open;
    open = new Promise((resolve) => {
      const attempt = (delay: number) => {
        const ws = new WebSocket(url);
        ws.onopen = () => {
          failures = 0;
          socket = ws;
          resolve(ws);
        };
        ws.onmessage = (event) => {
          const message = JSON.parse(String(event.data)) as WireMessage;
          if ('push' in message) listeners.forEach((l) => l(message.push));
          else {
            pending.get(message.id)?.(message.reply);
            pending.delete(message.id);
          }
        };
        ws.onclose = () => {
          const wasOpen = socket === ws;
          if (wasOpen) {
            socket = null;
            open = null;
            for (const settle of pending.values()) settle({ ok: false, error: contractError('not-connected') });
            pending.clear();
            // The server pushes the current view and status to every new connection.
            setTimeout(() => void connect(), 200);
          } else {
            failures++;
            if (failures % LINK_CHECK_EVERY === 0) void showBadLinkPageIfRefused();
            setTimeout(() => attempt(Math.min(delay * 2, RETRY_MAX_MS)), delay);
          }
        };
      };
      attempt(100);
    });
    return open;
  }

  async function call<C extends Channel>(channel: C, req: Req<C>): Promise<Reply<Res<C>>> {
    const ws = await connect();
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve as (r: Reply<unknown>) => void);
      ws.send(JSON.stringify({ id, channel, req }));
    });
  }

  const api = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, (req: unknown) => call(c, req as never)])) as unknown as KringApi;
  api.onPush = (listener) => {
    listeners.add(listener);
    void connect();
    return () => listeners.delete(listener);
  };
  void connect();
  return api;
}
