/** The machine the numbers were measured on. */
import { readFile } from 'node:fs/promises';
import { availableParallelism, release, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  os: string;
  kernel: string;
  node: string;
  chromium: string;
}

async function firstMatch(file: string, pattern: RegExp): Promise<string | null> {
  try {
    return pattern.exec(await readFile(file, 'utf8'))?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

export async function describeMachine(chromiumVersion: string): Promise<Machine> {
  return {
    cpus: availableParallelism(),
    cpuModel: (await firstMatch('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m)) ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: (await firstMatch('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?$/m)) ?? process.platform,
    kernel: release(),
    node: process.version,
    chromium: chromiumVersion,
  };
}
