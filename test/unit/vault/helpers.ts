import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KdfCost } from '../../../electron/main/vault/index.ts';

/** Cheap scrypt for most tests; one test uses the real cost. */
export const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };

export const PASSPHRASE = 'lange zin met vier woorden';

export async function freshDir(prefix = 'kring-vault-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, recursively, with its bytes. */
export async function allFiles(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push({ path, bytes: await readFile(path) });
  }
  return out;
}

/** A clock the test moves by hand. */
export function manualClock(start: number): { now: () => number; set: (t: number) => void; advance: (ms: number) => void } {
  let t = start;
  return {
    now: () => t,
    set: (value) => {
      t = value;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
