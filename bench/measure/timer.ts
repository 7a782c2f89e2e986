/**
 * One run of timer.maxErrorMs, timer.changeLagMs, timer.naiveMaxErrorMs: a real 60-second countdown
 * (a step planned at one minute), watched at the same time in the timekeeper page, the supervisor
 * page, the naive setInterval page and the floor page (its own 60 s countdown on the floor server,
 * started in the same instant); sampled in-page every 20 ms (50 a second), changes logged by a
 * MutationObserver, each judged against the deadline its server pushed. The countdown is started
 * from another window (over the wire), as when the supervisor starts the clock. run.ts takes the
 * worst of several runs.
 */
import type { Browser, Page } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import type { OpenPage } from '../lib/browser.ts';
import { judgeCountdown } from '../lib/countdown-accuracy.ts';
import type { CountdownAccuracy } from '../lib/countdown-accuracy.ts';
import { naivePageHtml, naivePageUrl } from '../lib/naive-page.ts';
import { collectRecord, installViewTap, startSampling } from '../lib/page-probes.ts';
import type { PageRecord } from '../lib/page-probes.ts';
import { randomInt, round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';
import type { Floor } from '../lib/floor.ts';
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
  floorMaxErrorMs: number | null;
  floorChangeLagMs: { median: number; max: number } | null;
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

/**
 * `begin` starts a fresh one-minute countdown in Kring (START on a new case's first step, or NEXT
 * into a step planned at one minute); `floor` (with a wire client on it) gets RESET + START at the
 * same moment.
 */
export async function measureTimer(
  browser: Browser,
  app: App,
  sup: WireClient,
  begin: () => Promise<void>,
  log: (line: string) => void,
  floor: { floor: Floor; wire: WireClient } | null = null,
): Promise<TimerResult> {
  const tk = await openPage(browser, app.url('timekeeper'));
  const naive = await openNaivePage(browser, app.url('timekeeper'));
  const sv = await openPage(browser, app.url('supervisor'));
  const fl = floor ? await openPage(browser, floor.floor.url('timekeeper')) : null;
  try {
    if (floor) await floor.wire.must('session.command', { type: 'RESET' } as never);
    await waitForDigits(tk.page);
    await waitForDigits(naive.page);
    if (fl) await waitForDigits(fl.page);
    let svReady = true;
    try {
      await enterSession(sv.page);
      await waitForDigits(sv.page);
    } catch (error) {
      svReady = false;
      log(`  supervisor page not measured: ${(error as Error).message}`);
    }
    const pages: [string, Page][] = [
      ['timekeeper', tk.page],
      ['naive', naive.page],
      ...(svReady ? [['supervisor', sv.page] as [string, Page]] : []),
      ...(fl ? [['floor', fl.page] as [string, Page]] : []),
    ];
    for (const [, page] of pages) await page.evaluate(startSampling, { selector: DIGITS, everyMs: 20 });

    // The naive page's interval started when it loaded; START comes at a random phase to it.
    await sleep(randomInt(0, 999));
    const before = sup.lastView()?.current?.timer.deadline ?? null;
    const started = sup.waitForView((v) => v.current?.timer.deadline != null && v.current.timer.deadline !== before && v.current.timer.remainingMs >= 55_000);
    const floorStarted = floor ? floor.wire.waitForView((v) => v.current?.timer.deadline != null) : null;
    await Promise.all([begin(), floor?.wire.command({ type: 'START' })]);
    const startView = await started;
    await floorStarted;
    const timer = startView.current!.timer;
    const deadline = timer.deadline!;
    const countdownMs = deadline - timer.at;
    log(`  counting down ${Math.round(countdownMs / 1000)} s (watching ${pages.map(([n]) => n).join(', ')})…`);
    const floorTimer = floor?.wire.lastView()?.current?.timer ?? null;
    await sleep(Math.max(deadline, floorTimer?.deadline ?? 0) + OVERTIME_WATCHED_MS + 300 - Date.now());

    const truth = truthFrom(timersOf(sup.views.filter((v) => v.view.current?.timer.at !== undefined && v.view.current.timer.at >= timer.at)));
    const window = { from: timer.at, to: deadline + OVERTIME_WATCHED_MS };
    const detail: Record<string, CountdownAccuracy> = {};
    // Each page is judged from the first value it shows after the start: until then it shows what
    // it showed before (`1:00` before START, the previous step's time before NEXT), which is right
    // for what was running then; how late that first change comes is in the change lag.
    // (+1 ms: the moment of that change is judged with the value it replaced, which belongs to before.)
    const fromFirstChange = (record: PageRecord, from: number) => (record.mutations.find((m) => m.t >= from)?.t ?? from - 1) + 1;
    for (const [name, page] of pages) {
      const record = await page.evaluate(collectRecord);
      if (name === 'floor' && floor && floorTimer?.deadline != null) {
        const floorTruth = truthFrom(timersOf(floor.wire.views.filter((v) => v.view.current!.timer.at >= floorTimer.at)));
        detail[name] = judgeCountdown(record, floorTruth, { from: fromFirstChange(record, floorTimer.at), to: floorTimer.deadline + OVERTIME_WATCHED_MS });
      } else detail[name] = judgeCountdown(record, truth, { ...window, from: fromFirstChange(record, window.from) });
    }

    const tkA = detail.timekeeper!;
    const naiveA = detail.naive!;
    return {
      maxErrorMs: tkA.maxErrorMs,
      changeLagMs: { median: round(tkA.changeLagMedianMs), max: tkA.changeLagMaxMs },
      naiveMaxErrorMs: naiveA.maxErrorMs,
      naiveChangeLagMs: { median: round(naiveA.changeLagMedianMs), max: naiveA.changeLagMaxMs },
      supervisorMaxErrorMs: detail.supervisor?.maxErrorMs ?? null,
      floorMaxErrorMs: detail.floor?.maxErrorMs ?? null,
      floorChangeLagMs: detail.floor ? { median: round(detail.floor.changeLagMedianMs), max: detail.floor.changeLagMaxMs } : null,
      samplesPerSec: round(tkA.samplesPerSec),
      countdownMs,
      detail,
    };
  } finally {
    await Promise.all([tk.close(), naive.close(), sv.close(), fl?.close()]);
  }
}
