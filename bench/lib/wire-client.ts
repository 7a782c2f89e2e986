/**
 * The contract over the real WebSocket from Node: what a window sends, without a window. Used to
 * set sessions up and to time calls (vault, notes, history) without a browser in between.
 */
import WebSocket from 'ws';
import type { Channel, Push, Reply, Req, Res, WireMessage } from '../../shared/ipc/index.ts';
import { aimAt } from '../../test/support/aim.ts';
import type { LooseCommand } from '../../test/support/aim.ts';
import type { RoleView } from '../../shared/session/index.ts';

export interface WireClient {
  call<C extends Channel>(channel: C, req: Req<C>): Promise<Reply<Res<C>>>;
  /** Like call, but throws on a refusal. */
  must<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>>;
  command(cmd: LooseCommand): Promise<void>;
  lastView(): RoleView | null;
  /** Every view pushed to this client, with Date.now() at arrival. */
  views: { receivedAt: number; view: RoleView }[];
  /** Resolves with the first pushed view (from now on) that satisfies `test`. */
  waitForView(test: (view: RoleView) => boolean, timeoutMs?: number): Promise<RoleView>;
  isOpen(): boolean;
  close(): void;
}

function wsUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  return `ws://${u.host}/kring?token=${u.searchParams.get('token') ?? ''}`;
}

export async function openWire(pageUrl: string): Promise<WireClient> {
  const ws = new WebSocket(wsUrl(pageUrl));
  let nextId = 1;
  let last: RoleView | null = null;
  const views: { receivedAt: number; view: RoleView }[] = [];
  const pending = new Map<number, (reply: Reply<unknown>) => void>();
  const viewWaiters = new Set<(view: RoleView) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as WireMessage;
    if ('push' in message) {
      const push: Push = message.push;
      if (push.type === 'view') {
        last = push.view;
        views.push({ receivedAt: Date.now(), view: push.view });
        for (const w of [...viewWaiters]) w(push.view);
      }
    } else {
      pending.get(message.id)?.(message.reply);
      pending.delete(message.id);
    }
  });
  // Listening before 'open' resolves: the server's first pushes (the view) can come in the same
  // packet as the handshake, and ws emits them in the same tick as 'open'. Listening only after
  // `await`ing 'open' lost them, and a client without a view aims its commands at move 0 (the
  // floor's countdown was then never started and `--only=sync` timed out on every command).
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });

  const client: WireClient = {
    call(channel, req) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: Reply<unknown>) => void);
        ws.send(JSON.stringify({ id, channel, req }));
      });
    },
    async must(channel, req) {
      const reply = await client.call(channel, req);
      if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.code} (${reply.error.message.en})`);
      return reply.value;
    },
    /** Like a window holding the latest view: aimed at the move last pushed. */
    async command(cmd) {
      const move = last && 'move' in last ? last.move : 0;
      await client.must('session.command', aimAt(cmd, move));
    },
    lastView: () => last,
    views,
    waitForView(test, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          viewWaiters.delete(check);
          reject(new Error('no matching view in time'));
        }, timeoutMs);
        const check = (view: RoleView) => {
          if (!test(view)) return;
          clearTimeout(timer);
          viewWaiters.delete(check);
          resolve(view);
        };
        viewWaiters.add(check);
      });
    },
    isOpen: () => ws.readyState === WebSocket.OPEN,
    close: () => ws.close(),
  };
  return client;
}
