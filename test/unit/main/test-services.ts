/** App services on a fake clock, in-memory settings and a fresh data folder, for tests that drive them as windows do. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { KdfCost } from '../../../electron/main/vault/index.ts';
import type { Reply, WindowRole } from '../../../shared/ipc/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { FakeClock } from './fake-clock.ts';

const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };

export interface TestServices {
  services: AppServices;
  clock: FakeClock;
  dataDir: string;
  /** A window's call, session commands aimed at the move shown. */
  d: (role: WindowRole, channel: string, req?: unknown) => Promise<Reply<unknown>>;
  stop(): Promise<void>;
}

export async function startTestServices(prefix: string): Promise<TestServices> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const clock = new FakeClock();
  let stored: unknown;
  const services = await createAppServices({
    dataDir,
    clock,
    settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) },
    transport: 'websocket',
    kdf: CHEAP_KDF,
    log: () => undefined,
  });
  return {
    services,
    clock,
    dataDir,
    d: (role, channel, req = {}) => dispatchAimed(services)(role, channel, req),
    async stop() {
      await services.flush();
      services.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The value of a reply, or a loud failure with the refusal's code. */
export function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code}`);
  return reply.value as T;
}
