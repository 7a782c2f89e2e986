/**
 * services.startMs: spawn of the services (`node electron/main/browser.mjs`, as `npm run browser`
 * starts them: Node's compile cache on) until they print that they listen, on a fresh data folder
 * each time; median of 5 after one start that fills the compile cache (reported apart). Also the
 * resident memory right after the start. The floor server (bench/floor/server.ts) the same way,
 * interleaved, so both meet the same load.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/app.ts';
import { FLOOR_ENV } from '../lib/floor.ts';
import { rssMBOf, startServer } from '../lib/proc.ts';
import { median, round, sleep } from '../lib/stats.ts';

export interface StartSide {
  startMs: number;
  firstStartMs: number;
  rssAfterStartMB: number;
  runsMs: number[];
}

async function startOnce(kind: 'kring' | 'floor'): Promise<{ ms: number; rss: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-bench-start-'));
  try {
    const server =
      kind === 'kring'
        ? await startServer([join(ROOT, 'electron/main/browser.mjs')], 'KRING_READY', { KRING_DATA_DIR: dataDir }, ROOT)
        : await startServer([join(ROOT, 'bench/floor/server.ts')], 'FLOOR_READY', FLOOR_ENV, ROOT);
    await sleep(300);
    const rss = await rssMBOf(server.pid);
    await server.stop();
    return { ms: server.startMs, rss };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function measureServicesStart(runs = 5): Promise<{ kring: StartSide; floor: StartSide }> {
  const all = { kring: [] as { ms: number; rss: number }[], floor: [] as { ms: number; rss: number }[] };
  for (let i = 0; i <= runs; i++) {
    all.kring.push(await startOnce('kring'));
    all.floor.push(await startOnce('floor'));
  }
  const side = (xs: { ms: number; rss: number }[]): StartSide => ({
    startMs: round(median(xs.slice(1).map((x) => x.ms)), 0),
    firstStartMs: round(xs[0]!.ms, 0),
    rssAfterStartMB: round(median(xs.slice(1).map((x) => x.rss)), 1),
    runsMs: xs.map((x) => round(x.ms, 0)),
  });
  return { kring: side(all.kring), floor: side(all.floor) };
}
