/**
 * The system under test: the built renderer and the real services process (`npm run browser`'s
 * server), started through the e2e helper so it can be SIGKILLed and started again on the same data.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startKring } from '../../test/e2e/kring-process.ts';
import type { KringProcess } from '../../test/e2e/kring-process.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = resolve(ROOT, 'dist/renderer');

/** `vite build --config vite.renderer.config.ts` into dist/renderer (what `npm run browser` serves). */
export function buildRenderer(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`renderer build failed (exit ${code}):\n${output.slice(-3000)}`))));
  });
}

export type App = KringProcess;

/** A fresh services process on a fresh data folder (removed again by `stop()`). */
export function startApp(dataDir?: string): Promise<App> {
  return startKring(dataDir ? { dataDir } : {});
}
