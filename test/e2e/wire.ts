/**
 * Talk the contract from inside a Chromium page over the real WebSocket, recording every push
 * that arrives. This is what a window receives, byte for byte.
 */
import type { Page } from '@playwright/test';
import { isAimedType } from '../../shared/session/aim.ts';

export async function openWire(page: Page, url: string): Promise<void> {
  await page.goto(new URL('/wire-test-blank', url).href).catch(() => undefined);
  await page.evaluate(async (pageUrl) => {
    const u = new URL(pageUrl);
    const token = u.searchParams.get('token');
    const w = window as unknown as Record<string, unknown>;
    const raw: string[] = [];
    const pushes: unknown[] = [];
    const waiting = new Map<number, (r: unknown) => void>();
    let id = 0;
    function connect(): Promise<WebSocket> {
      return new Promise((resolve) => {
        const attempt = () => {
          const ws = new WebSocket(`ws://${u.host}/kring?token=${token}`);
          let opened = false;
          ws.onopen = () => {
            opened = true;
            resolve(ws);
          };
          ws.onmessage = (e) => {
            raw.push(String(e.data));
            const m = JSON.parse(String(e.data));
            if ('push' in m) pushes.push(m.push);
            else waiting.get(m.id)?.(m.reply);
          };
          // One retry path only: a failed attempt retries itself; a dropped connection reconnects.
          ws.onclose = () => {
            if (opened) w.__ws = connect();
            else setTimeout(attempt, 100);
          };
        };
        attempt();
      });
    }
    w.__ws = connect();
    w.__raw = raw;
    w.__pushes = pushes;
    w.__call = async (channel: string, req: unknown) => {
      const ws = await (w.__ws as Promise<WebSocket>);
      const n = ++id;
      return new Promise((resolve) => {
        waiting.set(n, resolve);
        ws.send(JSON.stringify({ id: n, channel, req }));
      });
    };
    await w.__ws;
  }, url);
}

/**
 * One call from this page. Like a window holding the latest view, a session command written
 * without `atMove` is aimed at the move last pushed to this page; pass `atMove` to aim elsewhere.
 */
export async function call<T = unknown>(page: Page, channel: string, input: unknown = {}): Promise<{ ok: boolean; value?: T; error?: { code: string } }> {
  let req = input;
  const type = (input as { type?: unknown } | null)?.type;
  if (channel === 'session.command' && typeof type === 'string' && isAimedType(type) && !('atMove' in (input as object))) {
    const view = await lastView<{ move?: number }>(page);
    req = { ...(input as object), atMove: view?.move ?? 0 };
  }
  return page.evaluate(([c, r]) => (window as unknown as { __call: (c: string, r: unknown) => Promise<never> }).__call(c, r), [channel, req] as const);
}

/** The latest view pushed to this page. */
export async function lastView<T = Record<string, unknown>>(page: Page): Promise<T | null> {
  return page.evaluate(() => {
    const pushes = (window as unknown as { __pushes: { type: string; view?: unknown }[] }).__pushes;
    return (pushes.filter((p) => p.type === 'view').at(-1)?.view ?? null) as never;
  });
}

export async function rawMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __raw: string[] }).__raw);
}
