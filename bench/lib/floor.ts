/**
 * Starts the floor (bench/floor/server.ts) as a child process, like the services, and stops it
 * again. With Node's compile cache, as the services have it (electron/main/browser.mjs): from the
 * second start on it loads as plain JavaScript would, without the type stripper.
 */
import { join } from 'node:path';
import { ROOT } from './app.ts';
import { startServer } from './proc.ts';
import type { ServerChild } from './proc.ts';

export interface Floor {
  server: ServerChild;
  pid: number;
  /** Every role gets the same page; the role is only in the address, for the logs. */
  url(role: string): string;
  stop(): Promise<void>;
}

export const FLOOR_ENV = { NODE_COMPILE_CACHE: join(ROOT, 'node_modules/.cache/kring-compile') };

export async function startFloor(env: Record<string, string> = {}): Promise<Floor> {
  const server = await startServer([join(ROOT, 'bench/floor/server.ts')], 'FLOOR_READY', { ...FLOOR_ENV, ...env }, ROOT);
  const port = Number(server.ready.port);
  return { server, pid: server.pid, url: (role) => `http://127.0.0.1:${port}/?role=${role}&token=floor`, stop: () => server.stop() };
}
