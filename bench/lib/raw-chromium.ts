/**
 * A Chromium driven over raw CDP (through a pipe: no port at all). Playwright keeps every page it
 * controls "visible" (its focus emulation holds a capturer on the page), so a page can never be
 * hidden under it; this minimal client is used where a page must really be hidden and shown again.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './browser.ts';

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

export interface RawTarget {
  targetId: string;
  sessionId: string;
  send<T = Params>(method: string, params?: Params): Promise<T>;
  /** Evaluates an expression in the page (promises awaited) and returns its JSON value. */
  evaluate<T = unknown>(expression: string, options?: { userGesture?: boolean }): Promise<T>;
  /** Runs a self-contained function in the page with one JSON argument. */
  call<T = unknown, A = unknown>(fn: (arg: A) => T, arg?: A): Promise<Awaited<T>>;
}

export interface RawChromium {
  version: string;
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  newTarget(url?: string): Promise<RawTarget>;
  attach(targetId: string): Promise<RawTarget>;
  close(): Promise<void>;
}

export async function launchRawChromium(): Promise<RawChromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'kring-bench-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    ['--headless', ...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void }>();
  let buffer = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result ?? {});
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  function send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: Params) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  async function attach(targetId: string): Promise<RawTarget> {
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const target: RawTarget = {
      targetId,
      sessionId,
      send: (method, params) => send(method, params, sessionId),
      async evaluate<T>(expression: string, options: { userGesture?: boolean } = {}) {
        const reply = await send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
          'Runtime.evaluate',
          { expression, returnByValue: true, awaitPromise: true, userGesture: options.userGesture ?? false },
          sessionId,
        );
        if (reply.exceptionDetails) throw new Error(`in page: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
        return reply.result.value as T;
      },
      call(fn, arg) {
        return target.evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
      },
    };
    return target;
  }

  const { product } = await send<{ product: string }>('Browser.getVersion');
  return {
    version: product,
    send,
    attach,
    async newTarget(url = 'about:blank') {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url, newWindow: true });
      return attach(targetId);
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
