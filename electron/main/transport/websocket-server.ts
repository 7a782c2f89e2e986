/**
 * The contract served over a WebSocket on 127.0.0.1, plus the built renderer over HTTP, so the
 * real main-side services can be used from any Chromium page (browser mode, Playwright).
 * Each window role has its own random token; a connection without a valid token is refused.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { contractError, WINDOW_ROLES, WS_PATH } from '../../../shared/ipc/index.ts';
import type { WindowRole, WireMessage } from '../../../shared/ipc/index.ts';
import type { AppServices } from '../services/app-services.ts';
import { CONTENT_SECURITY_POLICY, contentType, resolveAsset } from './resolve-asset.ts';

export interface WebSocketServerOptions {
  services: Pick<AppServices, 'dispatch' | 'connect'>;
  staticDir: string;
  port?: number;
  /** Reuse the tokens of a previous run, so open windows reconnect after a restart. */
  tokens?: Record<WindowRole, string>;
}

const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startWebSocketServer(options: WebSocketServerOptions) {
  const tokens = options.tokens ?? (Object.fromEntries(WINDOW_ROLES.map((r) => [r, randomBytes(24).toString('hex')])) as Record<WindowRole, string>);
  const roleOf = (token: string | null): WindowRole | null =>
    token ? (WINDOW_ROLES.find((r) => sameToken(tokens[r], token)) ?? null) : null;

  const notFound = (res: import('node:http').ServerResponse) =>
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Niet gevonden / Not found');

  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = req.method === 'GET' ? resolveAsset(options.staticDir, url.pathname) : null;
    if (!file) {
      notFound(res);
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const role = url.pathname === WS_PATH ? roleOf(url.searchParams.get('token')) : null;
    const origin = req.headers.origin;
    const port = (http.address() as AddressInfo).port;
    const originOk = origin === undefined || origin === `http://127.0.0.1:${port}`;
    if (!role || !originOk) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const send = (message: WireMessage) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      };
      const disconnect = options.services.connect(role, (push) => send({ push }));
      ws.on('close', disconnect);
      // A broken frame (too big, bad UTF-8, bad opcode): ws closes this connection itself. Without a
      // listener the 'error' event would be thrown and take the whole process down.
      ws.on('error', () => undefined);
      ws.on('message', async (data) => {
        let message: unknown;
        try {
          message = JSON.parse(String(data));
        } catch {
          return; // not JSON: nothing to answer to
        }
        const { id, channel, req: payload } = (message ?? {}) as { id?: unknown; channel?: unknown; req?: unknown };
        if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
        const reply = typeof channel === 'string'
          ? await options.services.dispatch(role, channel, payload)
          : { ok: false as const, error: contractError('unknown-channel') };
        send({ id, reply });
      });
    });
  });

  // A port that is taken must reject (the caller then takes a free one), not crash the process.
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    tokens,
    urls: Object.fromEntries(WINDOW_ROLES.map((r) => [r, `${base}/${r}.html?token=${tokens[r]}`])) as Record<WindowRole, string>,
    async close() {
      wss.clients.forEach((c) => c.terminate());
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
