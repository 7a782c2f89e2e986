/**
 * Quiet while counting, Kring against the floor over the same 30 s. Two fresh browsers, each with
 * three windows on a running countdown (Kring: timekeeper, supervisor on its session screen,
 * circle; floor: three floor pages), the services and the floor server idle behind them.
 * - renderer.idleCpuPct: the timekeeper page's main thread (CDP Performance.getMetrics
 *   TaskDuration delta) as % of one core; the floor page's the same.
 * - renderer.idleProcessCpuPct: that page's whole renderer process (ProcessTime, all its threads).
 * - renderer.idleBrowserCpuPct: the whole browser — every process of its tree (browser, GPU,
 *   network, renderers), from /proc — as % of one core.
 * - services.idleCpuPct, services.rssMB: the services process (and the floor server) from /proc:
 *   CPU over the window, VmRSS at its end.
 * - renderer.layoutsPerSec, renderer.heapMB: the timekeeper page (LayoutCount per second,
 *   JSHeapUsedSize at the end, no forced GC).
 */
import type { Browser, Page } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { launchBrowser, openPage, waitForDigits } from '../lib/browser.ts';
import type { OpenPage } from '../lib/browser.ts';
import type { Floor } from '../lib/floor.ts';
import { childrenOfSelf, cpuMsOf, rssMBOf, treeCpu, treeCpuDelta } from '../lib/proc.ts';
import { round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';

const MB = 1024 * 1024;

export interface IdleSide {
  /** Timekeeper (or floor) page main thread, % of a core. */
  cpuPct: number;
  processCpuPct: number;
  browserCpuPct: number;
  serverCpuPct: number;
  serverRssMB: number;
  layoutsPerSec: number;
  heapMB: number;
}

export interface IdleResult {
  kring: IdleSide;
  floor: IdleSide;
  windowMs: number;
}

async function launchTracked(): Promise<{ browser: Browser; pid: number }> {
  const before = new Set(await childrenOfSelf());
  const browser = await launchBrowser();
  const pid = (await childrenOfSelf()).find((p) => !before.has(p));
  if (!pid) throw new Error('could not find the browser process');
  return { browser, pid };
}

async function pageMetrics(opened: OpenPage) {
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
}

export async function measureIdle(app: App, floor: Floor, windowMs = 30_000): Promise<IdleResult> {
  const k = await launchTracked();
  const f = await launchTracked();
  const opened: OpenPage[] = [];
  try {
    const open = async (browser: Browser, url: string, enter?: (page: Page) => Promise<void>) => {
      const o = await openPage(browser, url, { tap: false });
      opened.push(o);
      if (enter) await enter(o.page);
      await waitForDigits(o.page);
      return o;
    };
    const kTk = await open(k.browser, app.url('timekeeper'));
    await open(k.browser, app.url('supervisor'), enterSession);
    const kCircle = await openPage(k.browser, app.url('circle'), { tap: false });
    opened.push(kCircle);
    await kCircle.page.waitForSelector('[data-testid="circle-step"]');
    const fTk = await open(f.browser, floor.url('timekeeper'));
    await open(f.browser, floor.url('supervisor'));
    await open(f.browser, floor.url('circle'));
    await sleep(2_000); // let loading settle
    const readK = await pageMetrics(kTk);
    const readF = await pageMetrics(fTk);
    const snapshot = async () => ({
      k: await readK(),
      f: await readF(),
      kTree: await treeCpu(k.pid),
      fTree: await treeCpu(f.pid),
      kServer: await cpuMsOf(app.pid),
      fServer: await cpuMsOf(floor.pid),
      at: performance.now(),
    });
    const before = await snapshot();
    await sleep(windowMs);
    const after = await snapshot();
    const wallMs = after.at - before.at;
    const side = (b: Record<string, number>, a: Record<string, number>, tree: number, server: number, rss: number): IdleSide => {
      const seconds = a.Timestamp! - b.Timestamp!;
      const delta = (name: string) => (a[name] ?? 0) - (b[name] ?? 0);
      return {
        cpuPct: round((delta('TaskDuration') / seconds) * 100, 2),
        processCpuPct: round((delta('ProcessTime') / seconds) * 100, 2),
        browserCpuPct: round((tree / wallMs) * 100, 2),
        serverCpuPct: round((server / wallMs) * 100, 2),
        serverRssMB: round(rss, 1),
        layoutsPerSec: round(delta('LayoutCount') / seconds, 2),
        heapMB: round(a.JSHeapUsedSize! / MB, 2),
      };
    };
    return {
      kring: side(before.k, after.k, treeCpuDelta(before.kTree, after.kTree), after.kServer - before.kServer, await rssMBOf(app.pid)),
      floor: side(before.f, after.f, treeCpuDelta(before.fTree, after.fTree), after.fServer - before.fServer, await rssMBOf(floor.pid)),
      windowMs: Math.round(wallMs),
    };
  } finally {
    for (const o of opened) await o.close().catch(() => undefined);
    await k.browser.close();
    await f.browser.close();
  }
}
