/**
 * history.feltMs at 10, 1,000 and 5,000 stored sessions: what the supervisor feels — in the
 * supervisor window on its start screen, Date.now() just before the click on "Geschiedenis" until
 * the first frame after the list is in the DOM (a MutationObserver sees the first entry, then one
 * animation frame and a task: the frame that shows it). The first opening after unlock is reported
 * apart; the figure is the median of three openings after it (closing the history in between).
 * Also the list's DOM size, to see whether it draws every entry or only the screen.
 * The vault is filled with the real record format (lib/history-fixture.ts): the first 100 sessions
 * complete, the rest light (history record and index entry, which is all the list reads).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startApp } from '../lib/app.ts';
import { openPage } from '../lib/browser.ts';
import { populateHistory } from '../lib/history-fixture.ts';
import { PASSPHRASE } from '../lib/session-driver.ts';
import { median, round } from '../lib/stats.ts';

export interface HistoryFeltPoint {
  sessions: number;
  feltMs: number;
  firstAfterUnlockMs: number;
  runsMs: number[];
  /** Entries in the DOM once the list is drawn, and all DOM nodes of the page then. */
  entriesInDom: number;
  domNodes: number;
  populateMs: number;
}

/** In the page: click "History" and resolve with ms until the frame that shows the list. */
function clickAndTimeList(): Promise<{ ms: number; entries: number; nodes: number }> {
  return new Promise((resolve, reject) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="open-history"]');
    if (!button) return reject(new Error('no history button'));
    const drawn = () => document.querySelector('[data-testid="history-entry"], [data-testid="history-empty"]');
    let t0 = 0;
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({ ms: Date.now() - t0, entries: document.querySelectorAll('[data-testid="history-entry"]').length, nodes: document.getElementsByTagName('*').length }),
        ),
      );
    };
    const observer = new MutationObserver(() => {
      if (drawn()) done();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => reject(new Error('history list not drawn in 20 s')), 20_000);
    t0 = Date.now();
    button.click();
  });
}

async function unlockToStart(page: Page) {
  await page.waitForSelector('[data-testid="passphrase"]', { timeout: 20_000 });
  await page.fill('[data-testid="passphrase"]', PASSPHRASE);
  await page.click('[data-testid="unlock"]');
  await page.waitForSelector('[data-testid="open-history"]', { timeout: 30_000 });
}

export async function measureHistoryFelt(browser: Browser, counts: number[] = [10, 1000, 5000], log: (line: string) => void = () => {}): Promise<HistoryFeltPoint[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-bench-history-felt-'));
  const points: HistoryFeltPoint[] = [];
  try {
    let have = 0;
    for (const n of counts) {
      const t0 = performance.now();
      await populateHistory(join(dataDir, 'vault'), have, n, 1, 100);
      const populateMs = performance.now() - t0;
      have = n;
      log(`  ${n} sessions stored (${Math.round(populateMs / 1000)} s); opening the history in the window…`);
      const app = await startApp(dataDir);
      const sv = await openPage(browser, app.url('supervisor'), { tap: false });
      try {
        await unlockToStart(sv.page);
        const runs: { ms: number; entries: number; nodes: number }[] = [];
        for (let i = 0; i < 4; i++) {
          runs.push(await sv.page.evaluate(clickAndTimeList));
          await sv.page.click('[data-testid="history-close"]');
          await sv.page.waitForSelector('[data-testid="open-history"]');
          await sv.page.waitForTimeout(300);
        }
        const after = runs.slice(1);
        points.push({
          sessions: n,
          feltMs: round(median(after.map((r) => r.ms)), 0),
          firstAfterUnlockMs: runs[0]!.ms,
          runsMs: runs.map((r) => r.ms),
          entriesInDom: runs.at(-1)!.entries,
          domNodes: runs.at(-1)!.nodes,
          populateMs: round(populateMs, 0),
        });
      } finally {
        await sv.close();
        await app.stop();
      }
    }
    return points;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
