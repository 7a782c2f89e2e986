/**
 * The floor's server: a bare Node HTTP + WebSocket server (`ws`, nothing else) holding one countdown.
 * It serves one page (bench/floor/page.ts) and speaks just enough of Kring's wire shape that the
 * benchmark's probes and wire client work unchanged: `{ push: { type: 'view', view } }` with
 * `view.current.timer` = `{ deadline, remainingMs, overtimeMs, status, at, adjustMs }`, and
 * `{ id, channel: 'session.command', req: { type: START | PAUSE | RESUME | EXTEND | RESET } }` answered with
 * `{ id, reply: { ok: true, value: null } }`. It is what Kring's services would be if they did only
 * this: the lower bound for start time, memory and the server's share of sync.
 *
 *   node bench/floor/server.ts     prints FLOOR_READY {"port":…} when listening on 127.0.0.1
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { floorPageHtml } from './page.ts';

interface Timer {
  deadline: number | null;
  remainingMs: number;
  overtimeMs: number;
  status: 'not-started' | 'running' | 'paused';
  at: number;
  adjustMs: number;
}

const planned = Number(process.env.FLOOR_PLANNED_MS ?? 60_000);
let timer: Timer = { deadline: null, remainingMs: planned, overtimeMs: 0, status: 'not-started', at: Date.now(), adjustMs: 0 };
let move = 0;

function leftNow(now: number): number {
  return timer.deadline !== null ? timer.deadline - now : timer.remainingMs > 0 ? timer.remainingMs : -timer.overtimeMs;
}

function apply(type: string, ms: number): void {
  const now = Date.now();
  const left = leftNow(now);
  if (type === 'RESET') {
    timer = { deadline: null, remainingMs: planned, overtimeMs: 0, status: 'not-started', at: now, adjustMs: 0 };
  } else if ((type === 'START' && timer.status === 'not-started') || (type === 'RESUME' && timer.status === 'paused')) {
    timer = { ...timer, deadline: now + left, status: 'running' };
  } else if (type === 'PAUSE' && timer.status === 'running') {
    timer = { ...timer, deadline: null, status: 'paused', remainingMs: Math.max(0, left), overtimeMs: Math.max(0, -left) };
  } else if (type === 'EXTEND') {
    const next = left + ms;
    timer =
      timer.deadline !== null
        ? { ...timer, deadline: timer.deadline + ms, adjustMs: timer.adjustMs + ms }
        : { ...timer, remainingMs: Math.max(0, next), overtimeMs: Math.max(0, -next), adjustMs: timer.adjustMs + ms };
  } else return;
  timer = { ...timer, at: now };
  move++;
}

const html = floorPageHtml();
const http = createServer((req, res) => {
  if ((req.url ?? '/').startsWith('/kring')) {
    res.writeHead(426).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
});
const wss = new WebSocketServer({ server: http, path: '/kring' });
const clients = new Set<WebSocket>();
const viewMessage = () => JSON.stringify({ push: { type: 'view', view: { role: 'floor', phase: 'case', move, current: { stepIndex: 0, timer } } } });

wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
  ws.send(viewMessage());
  ws.on('message', (data) => {
    let message: { id?: number; channel?: string; req?: { type?: string; ms?: number } };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      return;
    }
    if (message.channel === 'session.command' && message.req) {
      apply(String(message.req.type), Number(message.req.ms ?? 0));
      const push = viewMessage();
      for (const c of clients) c.send(push);
    }
    if (message.id !== undefined) ws.send(JSON.stringify({ id: message.id, reply: { ok: true, value: null } }));
  });
});

http.listen(Number(process.env.FLOOR_PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`FLOOR_READY ${JSON.stringify({ port })}\n`);
});
const stop = () => {
  for (const c of clients) c.terminate();
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
