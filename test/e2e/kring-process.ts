/**
 * Runs the real main-side services (`electron/main/browser.mjs`, which starts browser-server.ts) as a child process, the way
 * `npm run browser` does, so tests can kill it (SIGKILL) and start it again on the same data.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { WindowRole } from '../../shared/ipc/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface KringProcess {
  dataDir: string;
  port: number;
  /** The services process id now (0 when not running): the benchmark reads its CPU and memory. */
  pid: number;
  url(role: WindowRole): string;
  /** SIGKILL: no chance to flush anything, like a crash or a power cut. */
  kill(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startKring(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<KringProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kring-e2e-')));
  let child: ChildProcess | null = null;
  let urls: Record<WindowRole, string> | null = null;
  let port = 0;

  async function start() {
    const proc = spawn(process.execPath, [join(ROOT, 'electron/main/browser.mjs')], {
      cwd: ROOT,
      env: { ...process.env, KRING_DATA_DIR: dataDir, ...(port ? { KRING_PORT: String(port) } : {}), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += String(d)));
    const ready = await new Promise<{ port: number; urls: Record<WindowRole, string> }>((resolvePromise, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`kring did not start in time\n${out}\n${stderr}`)), 20_000);
      proc.stdout!.on('data', (d) => {
        out += String(d);
        const line = out.split('\n').find((l) => l.startsWith('KRING_READY '));
        if (line) {
          clearTimeout(timer);
          resolvePromise(JSON.parse(line.slice('KRING_READY '.length)));
        }
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`kring exited with ${code}\n${out}\n${stderr}`));
      });
    });
    port = ready.port;
    urls = ready.urls;
  }

  async function kill() {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
    child = null;
  }

  await start();
  return {
    dataDir,
    get port() {
      return port;
    },
    get pid() {
      return (child as ChildProcess | null)?.pid ?? 0;
    },
    url: (role) => urls![role],
    kill,
    start,
    async restart() {
      await kill();
      await start();
    },
    async stop() {
      const proc = child;
      if (proc && proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
        if (proc.exitCode === null) await kill();
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
