/**
 * What the kernel says about processes (Linux /proc): CPU time and resident memory of a process or
 * of a whole process tree (a browser with its renderer, GPU and network processes), the machine's
 * load, and starting a server child process with the time until it says it is ready.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';

/** Clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const HZ = 100;

async function statOf(pid: number): Promise<{ ppid: number; cpuMs: number } | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / HZ };
  } catch {
    return null;
  }
}

/** CPU time (user + system) used so far by `pid`, ms. */
export async function cpuMsOf(pid: number): Promise<number> {
  return (await statOf(pid))?.cpuMs ?? Number.NaN;
}

/** Resident memory of `pid` now (VmRSS), MB = 2^20 bytes. */
export async function rssMBOf(pid: number): Promise<number> {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** `root` and all its descendants now. */
export async function treeOf(root: number): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((n) => /^\d+$/.test(n)).map(Number);
  const parent = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      const s = await statOf(pid);
      if (s) parent.set(pid, s.ppid);
    }),
  );
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(inTree);
}

/** Sum of CPU ms used so far by every process of the tree (a process that ended meanwhile is not counted). */
export async function treeCpu(root: number): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const pid of await treeOf(root)) {
    const ms = await cpuMsOf(pid);
    if (Number.isFinite(ms)) out.set(pid, ms);
  }
  return out;
}

/** CPU used by the tree between two snapshots, ms (processes present in `after`; new ones count from 0). */
export function treeCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** Direct children of this process now (to find the browser a launch just started). */
export async function childrenOfSelf(): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((n) => /^\d+$/.test(n)).map(Number);
  const out: number[] = [];
  for (const pid of pids) if ((await statOf(pid))?.ppid === process.pid) out.push(pid);
  return out;
}

/** The machine's load now: 1-minute load average and the number of CPUs it is shared between. */
export async function loadNow(): Promise<{ load1: number; load5: number; uptime: string }> {
  const [l1, l5] = loadavg();
  const up = await readFile('/proc/uptime', 'utf8').catch(() => '');
  return { load1: Math.round(l1! * 100) / 100, load5: Math.round(l5! * 100) / 100, uptime: up.split(' ')[0] ?? '' };
}

export interface ServerChild {
  child: ChildProcess;
  pid: number;
  /** spawn → the ready line on stdout, ms. */
  startMs: number;
  ready: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts `node <args>` and waits for a stdout line beginning with `readyPrefix ` (JSON after it). */
export async function startServer(args: string[], readyPrefix: string, env: Record<string, string> = {}, cwd?: string): Promise<ServerChild> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += String(d)));
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start in time\n${out}\n${err}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith(`${readyPrefix} `));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice(readyPrefix.length + 1)) as Record<string, unknown>);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}\n${out}\n${err}`));
    });
  });
  const startMs = performance.now() - t0;
  return {
    child,
    pid: child.pid!,
    startMs,
    ready,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
