/**
 * `npm run bench`: what a supervisor feels, measured on this machine — the clock's exactness, the
 * second window's sync, load time, quiet while counting, the vault, the history, and a crash.
 * Headless Chromium against the real services over the WebSocket transport (127.0.0.1 only).
 * Prints a table and writes bench/results.json. Method per number: BENCHMARKS.md.
 *
 *   npm run bench                      everything (about 4–5 minutes here)
 *   npm run bench -- --skip-build      use dist/renderer as it is
 *   npm run bench -- --only=timer,sync measure a subset (timer, firstRender, idle, hidden, sync,
 *                                      restore, vault, supervisorHeap, history, bundle)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildRenderer, ROOT, startApp } from './lib/app.ts';
import type { App } from './lib/app.ts';
import { launchBrowser } from './lib/browser.ts';
import { describeMachine } from './lib/machine.ts';
import type { Machine } from './lib/machine.ts';
import { renderTable, rowsOf } from './lib/report.ts';
import { chooseCase, PASSPHRASE, planSession } from './lib/session-driver.ts';
import { openWire } from './lib/wire-client.ts';
import type { WireClient } from './lib/wire-client.ts';
import { measureBundles } from './measure/bundle.ts';
import { measureFirstRender } from './measure/first-render.ts';
import { measureHidden } from './measure/hidden.ts';
import { measureHistory } from './measure/history.ts';
import { measureIdle } from './measure/idle.ts';
import { measureRestore } from './measure/restore.ts';
import { measureSupervisorHeap } from './measure/supervisor-heap.ts';
import { measureSync } from './measure/sync.ts';
import { measureTimer } from './measure/timer.ts';
import { measureVault } from './measure/vault.ts';

const MEASURES = ['timer', 'firstRender', 'bundle', 'idle', 'hidden', 'sync', 'restore', 'vault', 'supervisorHeap', 'history'] as const;
type Measure = (typeof MEASURES)[number];

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = new Set<string>(onlyArg ? onlyArg.slice('--only='.length).split(',') : MEASURES);
const unknown = [...only].filter((m) => !(MEASURES as readonly string[]).includes(m));
if (unknown.length) {
  console.error(`unknown measure(s): ${unknown.join(', ')}; known: ${MEASURES.join(', ')}`);
  process.exit(2);
}
const wants = (m: Measure) => only.has(m);
const RESULTS_FILE = join(ROOT, 'bench/results.json');
/** The whole run stops by itself, whatever hangs. */
const HARD_LIMIT_MS = 15 * 60_000;

const startedAt = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}`);

// Everything started here is stopped here, also on Ctrl+C or the hard limit.
let app: App | null = null;
let browser: Browser | null = null;
let sup: WireClient | null = null;
async function cleanup() {
  sup?.close();
  await browser?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
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
  renderer: {},
  vault: {},
  history: {},
  restore: {},
  errors: {} as Record<string, string>,
  detail: {} as Record<string, unknown>,
};
const section = (name: string) => results[name] as Record<string, unknown>;
const detail = section('detail');

/** Runs one measure; a failure is recorded and the run goes on. */
async function measure(name: Measure, fn: () => Promise<void>) {
  if (!wants(name)) return;
  log(`${name}…`);
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

let machine: Machine | null = null;
try {
  if (!args.includes('--skip-build')) {
    log('building the renderer (vite build --config vite.renderer.config.ts)…');
    await buildRenderer();
  }

  const needsApp = (['bundle', 'timer', 'firstRender', 'idle', 'hidden', 'sync', 'restore', 'vault', 'supervisorHeap'] as Measure[]).some(wants);
  browser = await launchBrowser();
  machine = await describeMachine(`Chromium ${browser.version()}`);
  if (needsApp) {
    log('starting the services and a session (vault with the real KDF)…');
    app = await startApp();
    sup = await openWire(app.url('supervisor'));
    await sup.must('vault.create', { passphrase: PASSPHRASE });
    await planSession(sup);
    // Step 1 is the measured one-minute countdown; step 3 (not silent, with notes) runs for the rest.
    await chooseCase(sup, { inbreng: 1, 'stille-inventaris': 1, vragen: 120 });

    await measure('timer', async () => {
      const timer = await measureTimer(browser!, app!, sup!, log);
      const { detail: perPage, ...numbers } = timer;
      Object.assign(section('timer'), numbers);
      detail.timer = perPage;
    });
    if (sup.lastView()?.current?.timer.status === 'not-started') await sup.command({ type: 'START' });
    await sup.command({ type: 'NEXT' });
    await sup.command({ type: 'NEXT' });

    await measure('firstRender', async () => {
      const { runs, parts, ...perRole } = await measureFirstRender(browser!, app!);
      section('renderer').firstRenderMs = perRole;
      detail.firstRender = { runsMs: runs, partsMs: parts };
    });
    await measure('bundle', async () => {
      const bundles = await measureBundles(browser!, app!);
      section('renderer').bundleGzipKB = bundles.loadedGzipKB;
      section('renderer').bundleReachableGzipKB = bundles.reachableGzipKB;
      detail.bundleFiles = bundles.files;
    });
    await measure('idle', async () => {
      const idle = await measureIdle(browser!, app!);
      Object.assign(section('renderer'), { idleCpuPct: idle.cpuPct, layoutsPerSec: idle.layoutsPerSec, heapMB: idle.heapMB, idleProcessCpuPct: idle.processCpuPct });
      detail.idlePerPage = idle.perPage;
    });
    await measure('hidden', async () => {
      const hidden = await measureHidden(app!, sup!);
      Object.assign(section('timer'), { afterHiddenMs: hidden.afterHiddenMs, afterFrozenMs: hidden.afterFrozenMs, naiveAfterHiddenMs: hidden.naiveAfterHiddenMs, naiveAfterFrozenMs: hidden.naiveAfterFrozenMs });
      detail.hidden = { hiddenForMs: hidden.hiddenForMs, ...hidden.detail };
    });
    await measure('sync', async () => {
      const sync = await measureSync(browser!, app!);
      const { byKind, breakdownMs, ...numbers } = sync;
      Object.assign(section('sync'), numbers);
      detail.sync = { byKind, breakdownMs };
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
    await measure('supervisorHeap', async () => {
      const heap = await measureSupervisorHeap(browser!, app!, sup!);
      Object.assign(section('renderer'), { heapMBSupervisor: heap.heapMB, heapMBSupervisorAfterGc: heap.heapMBAfterGc });
      detail.supervisorSession = { commands: heap.commands, domNodes: heap.domNodes };
    });
    sup.close();
    sup = null;
    await app.stop();
    app = null;
  }
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
results.runSeconds = Math.round((Date.now() - startedAt) / 1000);
const rows = rowsOf(results);
results.goals = rows.map((r) => ({ path: r.path, value: r.value, goal: r.goal, verdict: r.verdict }));
await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${renderTable(rows, machine)}\n\nRun took ${results.runSeconds} s. Results: bench/results.json; method: BENCHMARKS.md.`);
if (Object.keys(results.errors as object).length) {
  console.log(`Not measured: ${Object.keys(results.errors as object).join(', ')} (see "errors" in results.json).`);
  process.exitCode = 1;
}
