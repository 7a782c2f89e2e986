/**
 * The busy laptop: one child process per CPU spinning at full speed (ordinary priority, like a
 * browser tab with a heavy page or a video call), each stopping by itself after `ms` whatever
 * happens to the benchmark; `stop()` ends them earlier.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface Hog {
  stop(): void;
}

export function startCpuHog(ms: number, workers = availableParallelism()): Hog {
  const code = `const end = Date.now() + ${Math.round(ms)}; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e5; i++) x += Math.sqrt(i); }`;
  const children: ChildProcess[] = Array.from({ length: workers }, () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' }));
  return {
    stop() {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    },
  };
}
