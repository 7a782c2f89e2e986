/**
 * The contract served over a WebSocket on 127.0.0.1, plus the built renderer over HTTP, so the
 * real main-side services can be used from any Chromium page (browser mode, Playwright).
 * Each window role has its own random token; a connection without a valid token is refused, and
 * a window page opened with a wrong or missing token gets a plain page that says so (not a
 * window that waits for a connection forever). Requests must name this server in their Host
 * header (127.0.0.1 or localhost and our port): a web page elsewhere that points a DNS name at
 * 127.0.0.1 (DNS rebinding) gets nothing.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { contractError, WINDOW_ROLES, WS_PATH } from '../../../shared/ipc/index.ts';
import type { Push, WindowRole, WireMessage } from '../../../shared/ipc/index.ts';
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

/** What a window page with a wrong or missing token shows: no script, no data, both languages. */
export const BAD_LINK_PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kring · link niet geldig</title>
<style>
  body { font: 1.25rem/1.5 system-ui, sans-serif; max-width: 38rem; margin: 4rem auto; padding: 0 1.5rem; color: #1d2430; background: #faf8f4; }
  h1 { font-size: 1.8rem; margin-bottom: 0.5rem; }
  p { margin: 0.6rem 0; }
  .en { color: #4a5361; margin-top: 2rem; }
  @media (prefers-color-scheme: dark) { body { background: #171b22; color: #eef1f5; } .en { color: #b9c1cc; } }
</style>
</head>
<body>
<main>
<h1>Deze link is niet (meer) geldig</h1>
<p>Kijk in het venster van Kring voor de juiste link. Kring maakt bij elke start nieuwe links; een oude link of een link die niet helemaal is overgenomen, werkt niet.</p>
<p class="en" lang="en"><strong>This link is not (or no longer) valid.</strong> Look in Kring's window for the right one. Kring makes new links at every start; an old link, or one that was not copied in full, does not work.</p>
</main>
</body>
</html>
`;

/** The pages that open a window: they need the token of their role. */
const WINDOW_PAGES: Record<string, WindowRole> = { '/': 'supervisor', '/supervisor.html': 'supervisor', '/timekeeper.html': 'timekeeper', '/circle.html': 'circle' };

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

  /** True when the Host header names this server: 127.0.0.1 or localhost, on our port. */
  const hostOk = (host: string | undefined) => {
    const port = (http.address() as AddressInfo | null)?.port;
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  const http = createServer(async (req, res) => {
    if (!hostOk(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Onbekende host / Unknown host');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pageRole = WINDOW_PAGES[url.pathname];
    if (pageRole && req.method === 'GET' && roleOf(url.searchParams.get('token')) !== pageRole) {
      res.writeHead(403, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      res.end(BAD_LINK_PAGE);
      return;
    }
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
        // The token is in the address: never send it along to anything else.
        'referrer-policy': 'no-referrer',
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** A push goes to every window of a role as the same object: turned into text once, not once per socket. */
  const pushText = new WeakMap<Push, string>();
  const textOf = (push: Push) => {
    let text = pushText.get(push);
    if (text === undefined) {
      text = JSON.stringify({ push } satisfies WireMessage);
      pushText.set(push, text);
    }
    return text;
  };
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const role = url.pathname === WS_PATH ? roleOf(url.searchParams.get('token')) : null;
    const origin = req.headers.origin;
    const port = (http.address() as AddressInfo).port;
    const originOk = origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
    if (!role || !originOk || !hostOk(req.headers.host)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const send = (message: WireMessage) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      };
      const disconnect = options.services.connect(role, (push) => {
        if (ws.readyState === ws.OPEN) ws.send(textOf(push));
      });
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
      // Open windows hold keep-alive connections; without this, close() waits for them to time out.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}
