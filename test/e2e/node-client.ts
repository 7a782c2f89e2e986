/**
 * Talk the contract from Node over the real WebSocket, without a browser page: what a window
 * would send and receive, for tests that need many calls fast (fault tests). No automatic
 * reconnect: after a restart of the services, connect again on purpose.
 */
import WebSocket from 'ws';
import type { AppStatus, Push, Reply, WireMessage } from '../../shared/ipc/index.ts';
import { isAimedType } from '../../shared/session/index.ts';
import type { RoleView } from '../../shared/session/index.ts';

export interface NodeClient {
  /** Send one call and wait for its reply (rejects if the connection closes first). */
  call<T = unknown>(channel: string, req?: unknown): Promise<Reply<T>>;
  /** Send one call without waiting; the promise settles with the reply or rejects on close. */
  send<T = unknown>(channel: string, req?: unknown): Promise<Reply<T>>;
  /** Send anything as one frame (text or binary), for fuzzing the transport itself. */
  raw(data: string | Buffer): void;
  /** Every push received, oldest first. */
  readonly pushes: Push[];
  /** Every text frame received, as it arrived. */
  readonly frames: string[];
  lastStatus(): AppStatus | null;
  lastView<T extends RoleView = RoleView>(): T | null;
  /** Resolves once a push matches (checks the pushes so far first). */
  waitForPush(match: (push: Push) => boolean, timeoutMs?: number): Promise<Push>;
  readonly open: boolean;
  /** Resolves when the socket is closed (by either side). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** ws://HOST/kring?token=… from a window link such as http://127.0.0.1:PORT/supervisor.html?token=… */
export function wireUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  return `ws://${u.host}/kring?token=${u.searchParams.get('token') ?? ''}`;
}

export async function connect(pageUrl: string, options: { timeoutMs?: number } = {}): Promise<NodeClient> {
  const ws = new WebSocket(wireUrl(pageUrl), { maxPayload: 64 * 1024 * 1024 });
  const pushes: Push[] = [];
  const frames: string[] = [];
  const waiting = new Map<number, { resolve: (r: Reply<unknown>) => void; reject: (e: Error) => void }>();
  const watchers = new Set<{ match: (p: Push) => boolean; resolve: (p: Push) => void }>();
  let nextId = 0;

  const closed = new Promise<void>((resolve) => {
    ws.on('close', () => {
      for (const w of waiting.values()) w.reject(new Error('connection closed before the reply'));
      waiting.clear();
      resolve();
    });
  });

  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    const text = String(data);
    frames.push(text);
    const message = JSON.parse(text) as WireMessage;
    if ('push' in message) {
      pushes.push(message.push);
      for (const w of [...watchers]) {
        if (w.match(message.push)) {
          watchers.delete(w);
          w.resolve(message.push);
        }
      }
    } else {
      waiting.get(message.id)?.resolve(message.reply);
      waiting.delete(message.id);
    }
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('could not connect in time')), options.timeoutMs ?? 10_000);
    ws.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  ws.on('error', () => undefined); // a later error also closes the socket; `closed` reports it

  /** Like a window holding the latest view: a session command without `atMove` is aimed at the move last pushed. */
  function aimed(channel: string, req: unknown): unknown {
    if (channel !== 'session.command' || typeof req !== 'object' || req === null || 'atMove' in req) return req;
    const type = (req as { type?: unknown }).type;
    if (typeof type !== 'string' || !isAimedType(type)) return req;
    let move = 0;
    for (let i = pushes.length - 1; i >= 0; i--) {
      const p = pushes[i]!;
      if (p.type === 'view' && 'move' in p.view) {
        move = p.view.move;
        break;
      }
    }
    return { ...req, atMove: move };
  }

  function send<T>(channel: string, input: unknown = {}): Promise<Reply<T>> {
    if (ws.readyState !== ws.OPEN) return Promise.reject(new Error('not connected'));
    const req = aimed(channel, input);
    const id = ++nextId;
    const reply = new Promise<Reply<T>>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (r: Reply<unknown>) => void, reject });
    });
    ws.send(JSON.stringify({ id, channel, req }));
    return reply;
  }

  return {
    call: send,
    send,
    raw: (data) => ws.send(data),
    pushes,
    frames,
    lastStatus() {
      for (let i = pushes.length - 1; i >= 0; i--) {
        const p = pushes[i]!;
        if (p.type === 'status') return p.status;
      }
      return null;
    },
    lastView<T extends RoleView>() {
      for (let i = pushes.length - 1; i >= 0; i--) {
        const p = pushes[i]!;
        if (p.type === 'view') return p.view as T;
      }
      return null;
    },
    waitForPush(match, timeoutMs = 10_000) {
      const found = pushes.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<Push>((resolve, reject) => {
        const watcher = {
          match,
          resolve: (p: Push) => {
            clearTimeout(timer);
            resolve(p);
          },
        };
        const timer = setTimeout(() => {
          watchers.delete(watcher);
          reject(new Error('expected push did not arrive in time'));
        }, timeoutMs);
        watchers.add(watcher);
      });
    },
    get open() {
      return ws.readyState === ws.OPEN;
    },
    closed,
    async close() {
      if (ws.readyState === ws.CLOSED) return;
      ws.close();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1_000))]);
      if ((ws.readyState as number) !== WebSocket.CLOSED) ws.terminate();
    },
  };
}
