/**
 * The plain crash-recovery file of the current session: timing state only, names and titles
 * blanked (they live in the vault). Written atomically after every change, coalesced so that a
 * burst of commands costs one write at a time and the last state always lands.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { PersistedSession } from '../../../shared/session/index.ts';
import { writeFileAtomic } from '../storage/atomic-file.ts';

export const SESSION_FILE = 'current.json';

export function sessionDir(dataDir: string): string {
  return join(dataDir, 'session');
}

export async function readSessionFile(dataDir: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(join(sessionDir(dataDir), SESSION_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch {
    return { unreadable: true };
  }
}

/** Move a file that could not be restored out of the way, keeping it for inspection. */
export async function setAsideSessionFile(dataDir: string, now: number): Promise<string> {
  const dir = join(sessionDir(dataDir), 'set-aside');
  await mkdir(dir, { recursive: true });
  const target = join(dir, `current-${now}.json`);
  await rename(join(sessionDir(dataDir), SESSION_FILE), target);
  return target;
}

export async function writeSessionFile(dataDir: string, persisted: PersistedSession | null): Promise<void> {
  await mkdir(sessionDir(dataDir), { recursive: true });
  await writeFileAtomic(join(sessionDir(dataDir), SESSION_FILE), JSON.stringify(persisted));
}

/** Runs `write` for the latest value only, one at a time; `flush` waits until everything landed. */
export function createCoalescingWriter<T>(write: (value: T) => Promise<void>, onError: (error: unknown) => void) {
  let latest: { value: T } | null = null;
  let running: Promise<void> | null = null;

  async function loop() {
    while (latest) {
      const { value } = latest;
      latest = null;
      try {
        await write(value);
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  }

  return {
    schedule(value: T) {
      latest = { value };
      running ??= loop();
    },
    async flush() {
      while (running) await running;
    },
  };
}
