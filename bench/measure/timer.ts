/**
 * timer.maxErrorMs, timer.changeLagMs, timer.naiveMaxErrorMs: one real 60-second countdown (step 1
 * planned at one minute), watched at the same time in the timekeeper page, the supervisor page and
 * the naive setInterval page; sampled in-page every 20 ms (50 a second), changes logged by a
 * MutationObserver, judged against the deadline the services pushed. START is given from another
 * window (over the wire), as when the supervisor starts the clock.
 */
import type { Browser, Page } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import type { OpenPage } from '../lib/browser.ts';
import { judgeCountdown } from '../lib/countdown-accuracy.ts';
import type { CountdownAccuracy } from '../lib/countdown-accuracy.ts';
import { naivePageHtml, naivePageUrl } from '../lib/naive-page.ts';
import { collectRecord, installViewTap, startSampling } from '../lib/page-probes.ts';
import { randomInt, round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';
import { timersOf, truthFrom } from '../lib/truth.ts';
import type { WireClient } from '../lib/wire-client.ts';

const DIGITS = '[data-testid="time-left"]';
const OVERTIME_WATCHED_MS = 2_000;

export interface TimerResult {
  maxErrorMs: number;
  changeLagMs: { median: number; max: number };
  naiveMaxErrorMs: number;
  naiveChangeLagMs: { median: number; max: number };
  supervisorMaxErrorMs: number | null;
  samplesPerSec: number;
  countdownMs: number;
  detail: Record<string, CountdownAccuracy>;
}

/** The naive page, written into a same-origin 404 page so its WebSocket is allowed. */
export async function openNaivePage(browser: Browser, timekeeperUrl: string): Promise<OpenPage> {
  const opened = await openPage(browser, null, { tap: false });
  await opened.page.goto(naivePageUrl(timekeeperUrl)).catch(() => undefined);
  await opened.page.setContent(naivePageHtml());
  await opened.page.evaluate(installViewTap);
  return opened;
}

/** Precondition: the session is in a case whose first step (planned one minute) has not started. */
export async function measureTimer(browser: Browser, app: App, sup: WireClient, log: (line: string) => void): Promise<TimerResult> {
  const tk = await openPage(browser, app.url('timekeeper'));
  const naive = await openNaivePage(browser, app.url('timekeeper'));
  const sv = await openPage(browser, app.url('supervisor'));
  try {
    await waitForDigits(tk.page);
    await waitForDigits(naive.page);
    let svReady = true;
    try {
      await enterSession(sv.page);
      await waitForDigits(sv.page);
    } catch (error) {
      svReady = false;
      log(`  supervisor page not measured: ${(error as Error).message}`);
    }
    const pages: [string, Page][] = [['timekeeper', tk.page], ['naive', naive.page], ...(svReady ? [['supervisor', sv.page] as [string, Page]] : [])];
    for (const [, page] of pages) await page.evaluate(startSampling, { selector: DIGITS, everyMs: 20 });

    // The naive page's interval started when it loaded; START comes at a random phase to it.
    await sleep(randomInt(0, 999));
    const started = sup.waitForView((v) => v.current?.timer.deadline != null);
    await sup.command({ type: 'START' });
    const startView = await started;
    const timer = startView.current!.timer;
    const deadline = timer.deadline!;
    const countdownMs = deadline - timer.at;
    log(`  counting down ${Math.round(countdownMs / 1000)} s (watching ${pages.map(([n]) => n).join(', ')})…`);
    await sleep(deadline + OVERTIME_WATCHED_MS + 300 - Date.now());

    const truth = truthFrom(timersOf(sup.views));
    const window = { from: timer.at, to: deadline + OVERTIME_WATCHED_MS };
    const detail: Record<string, CountdownAccuracy> = {};
    for (const [name, page] of pages) detail[name] = judgeCountdown(await page.evaluate(collectRecord), truth, window);

    const tkA = detail.timekeeper!;
    const naiveA = detail.naive!;
    return {
      maxErrorMs: tkA.maxErrorMs,
      changeLagMs: { median: round(tkA.changeLagMedianMs), max: tkA.changeLagMaxMs },
      naiveMaxErrorMs: naiveA.maxErrorMs,
      naiveChangeLagMs: { median: round(naiveA.changeLagMedianMs), max: naiveA.changeLagMaxMs },
      supervisorMaxErrorMs: detail.supervisor?.maxErrorMs ?? null,
      samplesPerSec: round(tkA.samplesPerSec),
      countdownMs,
      detail,
    };
  } finally {
    await Promise.all([tk.close(), naive.close(), sv.close()]);
  }
}
