import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The Electron binary to launch, or the reason there is none. Never downloads anything. */
export function findElectron(): { path: string } | { missing: string } {
  const fromEnv = process.env.KRING_ELECTRON;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { missing: `KRING_ELECTRON=${fromEnv} does not exist` };
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (existsSync(pathFile)) {
    const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return { path: binary };
  }
  return { missing: 'no Electron binary on this machine (set KRING_ELECTRON or let `npm start` fetch it once)' };
}
