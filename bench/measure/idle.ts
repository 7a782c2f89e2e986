/**
 * renderer.idleCpuPct, renderer.layoutsPerSec, renderer.heapMB: a timekeeper page (digits and
 * progress bar) counting down, left alone. CDP Performance.getMetrics before and after 30 s:
 * TaskDuration delta as % of one core, LayoutCount delta per second, JSHeapUsedSize at the end
 * (no forced GC). Three fresh pages (own contexts) side by side; the median of each.
 */
import type { Browser } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import { median, round, sleep } from '../lib/stats.ts';

export interface IdleResult {
  cpuPct: number;
  layoutsPerSec: number;
  heapMB: number;
  /** Whole renderer process CPU (all its threads: main, compositor, raster) as % of one core. */
  processCpuPct: number;
  perPage: Awaited<ReturnType<typeof idleOnePage>>[];
}

const MB = 1024 * 1024;

async function idleOnePage(browser: Browser, url: string, windowMs: number) {
  const opened = await openPage(browser, url, { tap: false });
  try {
    await waitForDigits(opened.page);
    await sleep(2_000); // let loading settle
    const cdp = await opened.context.newCDPSession(opened.page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
    const before = await read();
    await sleep(windowMs);
    const after = await read();
    const seconds = after.Timestamp! - before.Timestamp!;
    const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    return {
      cpuPct: round((delta('TaskDuration') / seconds) * 100, 2),
      layoutsPerSec: round(delta('LayoutCount') / seconds, 2),
      styleRecalcsPerSec: round(delta('RecalcStyleCount') / seconds, 2),
      scriptMsPerSec: round((delta('ScriptDuration') / seconds) * 1000, 2),
      layoutMsPerSec: round((delta('LayoutDuration') / seconds) * 1000, 2),
      styleMsPerSec: round((delta('RecalcStyleDuration') / seconds) * 1000, 2),
      otherTaskMsPerSec: round((delta('TaskOtherDuration') / seconds) * 1000, 2),
      processCpuPct: round((delta('ProcessTime') / seconds) * 100, 2),
      heapMB: round(after.JSHeapUsedSize! / MB, 2),
    };
  } finally {
    await opened.close();
  }
}

/** Precondition: a step is running with more than `windowMs` + 10 s left. */
export async function measureIdle(browser: Browser, app: App, windowMs = 30_000, pages = 3): Promise<IdleResult> {
  const perPage = await Promise.all(Array.from({ length: pages }, () => idleOnePage(browser, app.url('timekeeper'), windowMs)));
  return {
    cpuPct: median(perPage.map((p) => p.cpuPct)),
    layoutsPerSec: median(perPage.map((p) => p.layoutsPerSec)),
    heapMB: median(perPage.map((p) => p.heapMB)),
    processCpuPct: median(perPage.map((p) => p.processCpuPct)),
    perPage,
  };
}
