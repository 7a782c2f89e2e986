/**
 * `npm run bench`: what a supervisor feels, measured on this machine — the clock's exactness, the
 * other windows' sync, load time, quiet while counting, the services, the vault, the history, a
 * crash — and the same again on a busy laptop. Each figure is measured in the same run on the
 * floor too (bench/floor/: a bare Node WebSocket server and a page that repaints one text node a
 * second), and reported as Kring, floor and Kring ÷ floor: on a shared machine absolute numbers
 * move between runs, the ratio within one run is what to compare.
 * Headless Chromium against the real services over the WebSocket transport (127.0.0.1 only).
 * Prints a table and writes bench/results.json. Method per number: BENCHMARKS.md.
 *
 *   npm run bench                      everything (about 15 minutes here)
 *   npm run bench -- --skip-build      use dist/renderer as it is
 *   npm run bench -- --only=timer,sync measure a subset (see MEASURES; `history` is the old
 *                                      round-trip-from-Node measure, not in the default set)
 *   npm run bench -- --runs=3          countdowns per timer figure (quiet and busy; at least 3)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { buildRenderer, ROOT, startApp } from './lib/app.ts';
import type { App } from './lib/app.ts';
import { launchBrowser } from './lib/browser.ts';
import { startCpuHog } from './lib/cpu-hog.ts';
import type { Hog } from './lib/cpu-hog.ts';
import { startFloor } from './lib/floor.ts';
import type { Floor } from './lib/floor.ts';
import { describeMachine } from './lib/machine.ts';
import type { Machine } from './lib/machine.ts';
import { loadNow } from './lib/proc.ts';
import { figuresOf, renderTable, rowsOf } from './lib/report.ts';
import { chooseCase, PASSPHRASE, planSession } from './lib/session-driver.ts';
import { max, median, round } from './lib/stats.ts';
import { openWire } from './lib/wire-client.ts';
import type { WireClient } from './lib/wire-client.ts';
import { floorPageHtml } from './floor/page.ts';
import { measureBundles } from './measure/bundle.ts';
import { measureFirstRender } from './measure/first-render.ts';
import { measureHidden } from './measure/hidden.ts';
import { measureHistory } from './measure/history.ts';
import { measureHistoryFelt } from './measure/history-felt.ts';
import { measureIdle } from './measure/idle.ts';
import { measureNudges } from './measure/nudges.ts';
import { measureRestore } from './measure/restore.ts';
import { measureServicesStart } from './measure/services-start.ts';
import { measureSupervisorHeap } from './measure/supervisor-heap.ts';
import { kringSync, measureSync } from './measure/sync.ts';
import type { SyncResult } from './measure/sync.ts';
import { measureTimer } from './measure/timer.ts';
import type { TimerResult } from './measure/timer.ts';
import { measureVault } from './measure/vault.ts';

const MEASURES = ['timer', 'firstRender', 'bundle', 'idle', 'servicesStart', 'hidden', 'sync', 'nudges', 'restore', 'vault', 'load', 'supervisorHeap', 'historyFelt', 'history'] as const;
type Measure = (typeof MEASURES)[number];
const DEFAULT_MEASURES: Measure[] = MEASURES.filter((m) => m !== 'history');

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = new Set<string>(onlyArg ? onlyArg.slice('--only='.length).split(',') : DEFAULT_MEASURES);
const unknown = [...only].filter((m) => !(MEASURES as readonly string[]).includes(m));
if (unknown.length) {
  console.error(`unknown measure(s): ${unknown.join(', ')}; known: ${MEASURES.join(', ')}`);
  process.exit(2);
}
/** Countdowns per timer figure; each needs its own one-minute step, and a case has three for each. */
const RUNS = Math.min(3, Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3)));
const wants = (m: Measure) => only.has(m);
const RESULTS_FILE = join(ROOT, 'bench/results.json');
/** The whole run stops by itself, whatever hangs. */
const HARD_LIMIT_MS = 30 * 60_000;

const startedAt = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}`);

// Everything started here is stopped here, also on Ctrl+C or the hard limit.
let app: App | null = null;
let browser: Browser | null = null;
let sup: WireClient | null = null;
let floor: Floor | null = null;
let floorWire: WireClient | null = null;
let hog: Hog | null = null;
async function cleanup() {
  hog?.stop();
  sup?.close();
  floorWire?.close();
  await browser?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
  await floor?.stop().catch(() => undefined);
}
const abort = (why: string) => {
  console.error(`bench: ${why}; stopping`);
  void cleanup().finally(() => process.exit(2));
};
setTimeout(() => abort(`over the hard limit of ${HARD_LIMIT_MS / 60_000} minutes`), HARD_LIMIT_MS).unref();
process.once('SIGINT', () => abort('interrupted'));
process.once('SIGTERM', () => abort('terminated'));

const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  timer: {},
  sync: {},
  nudges: {},
  renderer: {},
  services: {},
  vault: {},
  history: {},
  restore: {},
  load: { timer: {}, sync: {} },
  floor: { timer: {}, sync: {}, renderer: {}, services: {}, load: { timer: {}, sync: {} } },
  errors: {} as Record<string, string>,
  /** The machine's load average when each measure began (the machine is shared). */
  machineLoad: {} as Record<string, unknown>,
  detail: {} as Record<string, unknown>,
};
const section = (name: string) => results[name] as Record<string, unknown>;
const sub = (name: string, ...path: string[]) => path.reduce((at, key) => at[key] as Record<string, unknown>, section(name));
const detail = section('detail');

/** Runs one measure; a failure is recorded and the run goes on. */
async function measure(name: Measure, fn: () => Promise<void>) {
  if (!wants(name)) return;
  const load = await loadNow();
  (results.machineLoad as Record<string, unknown>)[name] = load;
  log(`${name}… (load ${load.load1} / ${load.load5})`);
  const t0 = Date.now();
  try {
    await fn();
    log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    (results.errors as Record<string, string>)[name] = message;
    log(`${name} FAILED: ${message.split('\n').slice(0, 3).join(' | ')}`);
  }
}

/** The worst of several countdowns: max error and max lag over all runs, the median of the runs' median lags. */
function worstOf(runs: TimerResult[]) {
  const pick = (f: (r: TimerResult) => number | null | undefined) => runs.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return {
    kring: {
      maxErrorMs: max(pick((r) => r.maxErrorMs)),
      changeLagMs: { median: round(median(pick((r) => r.changeLagMs.median))), max: max(pick((r) => r.changeLagMs.max)) },
      naiveMaxErrorMs: max(pick((r) => r.naiveMaxErrorMs)),
      supervisorMaxErrorMs: max(pick((r) => r.supervisorMaxErrorMs)),
      runs: runs.length,
      perRunMaxErrorMs: pick((r) => r.maxErrorMs),
      perRunChangeLagMaxMs: pick((r) => r.changeLagMs.max),
    },
    floor: {
      maxErrorMs: max(pick((r) => r.floorMaxErrorMs)),
      changeLagMs: { median: round(median(pick((r) => r.floorChangeLagMs?.median))), max: max(pick((r) => r.floorChangeLagMs?.max)) },
      perRunMaxErrorMs: pick((r) => r.floorMaxErrorMs),
    },
  };
}

/** Countdown runs, each begun by the next function in `begins` (a fresh one-minute countdown). */
async function timerRuns(begins: (() => Promise<void>)[], label: string): Promise<TimerResult[]> {
  const runs: TimerResult[] = [];
  for (const [i, begin] of begins.entries()) {
    log(`  ${label} run ${i + 1} of ${begins.length}`);
    runs.push(await measureTimer(browser!, app!, sup!, begin, log, floor && floorWire ? { floor, wire: floorWire } : null));
  }
  return runs;
}

const syncNumbers = ({ byKind, breakdownMs, ...numbers }: SyncResult) => numbers;

let machine: Machine | null = null;
try {
  if (!args.includes('--skip-build')) {
    log('building the renderer (vite build --config vite.renderer.config.ts)…');
    await buildRenderer();
  }

  const needsApp = DEFAULT_MEASURES.filter((m) => m !== 'historyFelt' && m !== 'servicesStart').some(wants);
  browser = await launchBrowser();
  machine = await describeMachine(`Chromium ${browser.version()}`);
  results.machineLoadAtStart = await loadNow();
  await measure('servicesStart', async () => {
    const start = await measureServicesStart();
    Object.assign(section('services'), { startMs: start.kring.startMs, firstStartMs: start.kring.firstStartMs, rssAfterStartMB: start.kring.rssAfterStartMB });
    Object.assign(sub('floor', 'services'), { startMs: start.floor.startMs, rssAfterStartMB: start.floor.rssAfterStartMB });
    detail.servicesStart = start;
  });
  if (needsApp) {
    log('starting the floor, the services and a session (vault with the real KDF)…');
    floor = await startFloor();
    floorWire = await openWire(floor.url('timekeeper'));
    app = await startApp();
    sup = await openWire(app.url('supervisor'));
    await sup.must('vault.create', { passphrase: PASSPHRASE });
    await planSession(sup);
    // Steps 1–3 are the quiet countdowns, 4–6 the busy ones; each is planned at one minute. After
    // the quiet ones step 3 (notes allowed) gets two hours more and runs for the other measures.
    await chooseCase(sup, { inbreng: 1, 'stille-inventaris': 1, vragen: 1, uitwisseling: 1, terugkoppeling: 1, samenvatting: 1 });
    const next = () => sup!.command({ type: 'NEXT' });
    // The steps that follow; with fewer runs than three, the remaining steps are walked through here.
    const begins = (first: () => Promise<void>) => [first, ...Array.from({ length: RUNS - 1 }, () => next)];

    let step = 0; // the step the session is on (index)
    if (wants('timer')) {
      await measure('timer', async () => {
        const runs = await timerRuns(
          begins(() => sup!.command({ type: 'START' })).map((begin, i) => async () => {
            await begin();
            step = i;
          }),
          'quiet countdown',
        );
        const worst = worstOf(runs);
        Object.assign(section('timer'), worst.kring);
        Object.assign(sub('floor', 'timer'), worst.floor);
        detail.timer = runs.map((r) => r.detail);
      });
    }
    // Wherever the countdowns left it: on step 3, running, with two hours to go.
    if (sup.lastView()?.current?.timer.status === 'not-started') await sup.command({ type: 'START' });
    // Without the countdowns (`--only=sync`, say) the floor's countdown was never started either.
    if (floorWire.lastView()?.current?.timer.status === 'not-started') await floorWire.command({ type: 'START' });
    for (; step < 2; step++) await next();
    const twoHoursMore = async () => {
      for (let i = 0; i < 2; i++) await sup!.command({ type: 'EXTEND', ms: 60 * 60_000 }); // at most an hour at a time
      await floorWire!.command({ type: 'EXTEND', ms: 120 * 60_000 });
    };
    await twoHoursMore();

    await measure('firstRender', async () => {
      const { runs, parts, floor: floorMs, ...perRole } = await measureFirstRender(browser!, app!, floor!.url('timekeeper'));
      section('renderer').firstRenderMs = perRole;
      sub('floor', 'renderer').firstRenderMs = floorMs;
      detail.firstRender = { runsMs: runs, partsMs: parts };
    });
    await measure('bundle', async () => {
      const bundles = await measureBundles(browser!, app!);
      section('renderer').bundleGzipKB = bundles.loadedGzipKB;
      section('renderer').bundleReachableGzipKB = bundles.reachableGzipKB;
      // The floor's whole page (markup, style and script in one document), gzipped the same way.
      sub('floor', 'renderer').bundleGzipKB = round(gzipSync(floorPageHtml(), { level: 6 }).length / 1024, 2);
      detail.bundleFiles = bundles.files;
    });
    await measure('idle', async () => {
      const idle = await measureIdle(app!, floor!);
      Object.assign(section('renderer'), {
        idleCpuPct: idle.kring.cpuPct,
        idleProcessCpuPct: idle.kring.processCpuPct,
        idleBrowserCpuPct: idle.kring.browserCpuPct,
        layoutsPerSec: idle.kring.layoutsPerSec,
        heapMB: idle.kring.heapMB,
      });
      Object.assign(sub('floor', 'renderer'), { idleCpuPct: idle.floor.cpuPct, idleProcessCpuPct: idle.floor.processCpuPct, idleBrowserCpuPct: idle.floor.browserCpuPct });
      Object.assign(section('services'), { idleCpuPct: idle.kring.serverCpuPct, rssMB: idle.kring.serverRssMB });
      Object.assign(sub('floor', 'services'), { idleCpuPct: idle.floor.serverCpuPct, rssMB: idle.floor.serverRssMB });
      detail.idle = idle;
    });
    await measure('hidden', async () => {
      const hidden = await measureHidden(app!, sup!);
      Object.assign(section('timer'), { afterHiddenMs: hidden.afterHiddenMs, afterFrozenMs: hidden.afterFrozenMs, naiveAfterHiddenMs: hidden.naiveAfterHiddenMs, naiveAfterFrozenMs: hidden.naiveAfterFrozenMs });
      detail.hidden = { hiddenForMs: hidden.hiddenForMs, ...hidden.detail };
    });
    await measure('sync', async () => {
      const kring = await measureSync(browser!, kringSync(app!));
      const fl = await measureSync(browser!, { url: (role) => floor!.url(role) });
      Object.assign(section('sync'), syncNumbers(kring));
      Object.assign(sub('floor', 'sync'), syncNumbers(fl));
      detail.sync = { byKind: kring.byKind, breakdownMs: kring.breakdownMs, floorBreakdownMs: fl.breakdownMs };
    });
    await measure('nudges', async () => {
      const nudges = await measureNudges(browser!, app!);
      Object.assign(section('nudges'), nudges);
      if (!nudges.available) log(`  nudges: ${nudges.reason}`);
    });
    await measure('restore', async () => {
      const { result, sup: fresh } = await measureRestore(browser!, app!, sup!, log);
      sup = fresh;
      Object.assign(section('restore'), result);
    });
    if (!sup.isOpen()) {
      // The services were restarted (or the client lost): talk to them afresh, unlocked.
      sup = await openWire(app.url('supervisor'));
    }
    const status = await sup.must('app.status', {});
    if (status.vault !== 'unlocked') await sup.must('vault.unlock', { passphrase: PASSPHRASE });
    await measure('vault', async () => {
      const vault = await measureVault(sup!);
      Object.assign(section('vault'), vault);
    });
    await measure('load', async () => {
      // The busy laptop: a CPU hog on every core (bounded: it stops by itself) during countdowns and sync.
      const busyRuns = Math.min(RUNS, 3);
      hog = startCpuHog(busyRuns * 70_000 + 5_000);
      try {
        await new Promise((r) => setTimeout(r, 1_000));
        const runs = await timerRuns(Array.from({ length: busyRuns }, () => next), 'busy countdown');
        const worst = worstOf(runs);
        Object.assign(sub('load', 'timer'), worst.kring);
        Object.assign(sub('floor', 'load', 'timer'), worst.floor);
        detail.loadTimer = runs.map((r) => r.detail);
      } finally {
        hog.stop();
      }
      await twoHoursMore();
      hog = startCpuHog(150_000);
      try {
        await new Promise((r) => setTimeout(r, 1_000));
        const kring = await measureSync(browser!, kringSync(app!), 110);
        const fl = await measureSync(browser!, { url: (role) => floor!.url(role) }, 110);
        Object.assign(sub('load', 'sync'), syncNumbers(kring));
        Object.assign(sub('floor', 'load', 'sync'), syncNumbers(fl));
        detail.loadSync = { breakdownMs: kring.breakdownMs, floorBreakdownMs: fl.breakdownMs };
      } finally {
        hog.stop();
        hog = null;
      }
    });
    await measure('supervisorHeap', async () => {
      const heap = await measureSupervisorHeap(browser!, app!, sup!);
      Object.assign(section('renderer'), { heapMBSupervisor: heap.heapMB, heapMBSupervisorAfterGc: heap.heapMBAfterGc, supervisorHeapGrowthMB: heap.growthMB });
      detail.supervisorSession = { commands: heap.commands, domNodes: heap.domNodes, perCaseAfterGcMB: heap.perCaseMB };
    });
    sup.close();
    sup = null;
    await app.stop();
    app = null;
    floorWire.close();
    floorWire = null;
    await floor.stop();
    floor = null;
  }

  await measure('historyFelt', async () => {
    const points = await measureHistoryFelt(browser!, [10, 1000, 5000], log);
    section('history').feltMs = Object.fromEntries(points.map((p) => [String(p.sessions), p.feltMs]));
    detail.historyFelt = points;
  });
  await browser.close();
  browser = null;

  await measure('history', async () => {
    const points = await measureHistory([10, 100, 1000], log);
    section('history').openMs = Object.fromEntries(points.map((p) => [String(p.sessions), p.openMs]));
    section('history').listMs = Object.fromEntries(points.map((p) => [String(p.sessions), p.listMs]));
    section('history').openOneMs = Object.fromEntries(points.map((p) => [String(p.sessions), p.openOneMs]));
    detail.history = points;
  });
} finally {
  await cleanup();
}

results.machine = machine;
results.machineLoadAtEnd = await loadNow();
results.runSeconds = Math.round((Date.now() - startedAt) / 1000);
const rows = rowsOf(results);
results.figures = figuresOf(rows);
const loadLine = `1-min load average ${(results.machineLoadAtStart as { load1: number } | undefined)?.load1 ?? '?'} at the start, ${(results.machineLoadAtEnd as { load1: number }).load1} at the end (per measure: machineLoad in results.json)`;
await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${renderTable(rows, machine, loadLine)}\n\nRun took ${results.runSeconds} s. Results: bench/results.json; method: BENCHMARKS.md.`);
if (Object.keys(results.errors as object).length) {
  console.log(`Not measured: ${Object.keys(results.errors as object).join(', ')} (see "errors" in results.json).`);
  process.exitCode = 1;
}
