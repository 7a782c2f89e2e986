/**
 * What runs at the second boundary: a Chromium trace of a timekeeper page on a running countdown,
 * and of the floor's page beside it, for 10 s each; prints the main thread's work per second by
 * kind (timer, script, style, layout, paint, compositing). Not part of `npm run bench`: a tool to
 * look with when the idle-CPU figure moves.
 *
 *   node bench/trace-second.ts            (build the renderer first: npm run build or the bench)
 */
import type { CDPSession } from '@playwright/test';
import { startApp } from './lib/app.ts';
import { launchBrowser, openPage, waitForDigits } from './lib/browser.ts';
import { startFloor } from './lib/floor.ts';
import { chooseCase, planSession, PASSPHRASE } from './lib/session-driver.ts';
import { openWire } from './lib/wire-client.ts';

const SECONDS = 10;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string } };
}

async function trace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Main-thread time per second, by event name (top-level tasks and what they contain). */
function perSecond(events: TraceEvent[]): Map<string, number> {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const out = new Map<string, number>();
  for (const e of events) {
    if (!main.has(`${e.pid}:${e.tid}`) || e.ph !== 'X' || !e.dur) continue;
    out.set(e.name, (out.get(e.name) ?? 0) + e.dur / 1000 / SECONDS);
  }
  return out;
}

const app = await startApp();
const floor = await startFloor();
const browser = await launchBrowser();
try {
  const sup = await openWire(app.url('supervisor'));
  await sup.must('vault.create', { passphrase: PASSPHRASE });
  await planSession(sup);
  await chooseCase(sup, { inbreng: 30 });
  await sup.command({ type: 'START' });
  const floorWire = await openWire(floor.url('timekeeper'));
  await floorWire.command({ type: 'START' });
  await floorWire.command({ type: 'EXTEND', ms: 29 * 60_000 });

  const results: [string, Map<string, number>][] = [];
  for (const [label, url] of [['Kring timekeeper', app.url('timekeeper')], ['floor', floor.url('timekeeper')]] as const) {
    const opened = await openPage(browser, url);
    await waitForDigits(opened.page);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    results.push([label, perSecond(await trace(await opened.context.newCDPSession(opened.page)))]);
    await opened.context.close();
  }
  const names = [...new Set(results.flatMap(([, m]) => [...m.keys()]))].sort((a, b) => (results[0]![1].get(b) ?? 0) - (results[0]![1].get(a) ?? 0));
  console.log(`main thread, ms per second (${SECONDS} s each)`.padEnd(32), ...results.map(([label]) => label.padStart(18)));
  for (const name of names.slice(0, 16)) console.log(name.padEnd(32), ...results.map(([, m]) => (m.get(name) ?? 0).toFixed(3).padStart(18)));
  sup.close();
  floorWire.close();
} finally {
  await browser.close();
  await app.stop();
  await floor.stop();
}
