/**
 * nudges.p50Ms / nudges.p99Ms: a nudge clicked in the timekeeper window (a preset button,
 * `data-testid="nudge-preset-<id>"`, Date.now() just before the click) until the supervisor
 * window's DOM shows it (`data-testid="nudge"`, a MutationObserver's Date.now()). All three windows
 * open. Only when the contract has the `nudges.send` channel; otherwise the figure is reported as
 * not available. Its floor is the floor's sync (the same path: a click, the server, the other window).
 */
import type { Browser } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/index.ts';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import { max, median, percentile, randomInt, round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';

export type NudgeResult = { available: false; reason: string } | { available: true; p50Ms: number; p99Ms: number; maxMs: number; count: number; timeouts: number };

export const nudgesAvailable = (): boolean => (CHANNELS as readonly string[]).includes('nudges.send');

/** Supervisor page: resolves with Date.now() at the first DOM change after which a nudge element's text differs from before. */
function installNudgeWatch() {
  const w = window as unknown as { __nudge: { arm: () => void; wait: (ms: number) => Promise<number> } };
  const text = () => [...document.querySelectorAll('[data-testid="nudge"]')].map((e) => e.textContent).join('\u0000') + `#${document.querySelectorAll('[data-testid="nudge"]').length}`;
  let pending: null | { baseline: string; resolve: (t: number) => void } = null;
  let result: Promise<number> = Promise.resolve(0);
  w.__nudge = {
    arm() {
      const baseline = text();
      result = new Promise((resolve) => (pending = { baseline, resolve }));
    },
    wait: (ms) => Promise.race([result, new Promise<number>((r) => setTimeout(() => r(-1), ms))]),
  };
  new MutationObserver(() => {
    if (pending && text() !== pending.baseline) {
      const p = pending;
      pending = null;
      p.resolve(Date.now());
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Precondition: a step is running. */
export async function measureNudges(browser: Browser, app: App, count = 60, warmup = 5): Promise<NudgeResult> {
  if (!nudgesAvailable()) return { available: false, reason: 'not available (no nudges.send channel)' };
  const tk = await openPage(browser, app.url('timekeeper'), { tap: false });
  const sv = await openPage(browser, app.url('supervisor'), { tap: false });
  const circle = await openPage(browser, app.url('circle'), { tap: false });
  try {
    await waitForDigits(tk.page);
    await enterSession(sv.page);
    await sv.page.evaluate(installNudgeWatch);
    const presets = await tk.page.evaluate(() => [...document.querySelectorAll('[data-testid^="nudge-preset-"]')].map((b) => b.getAttribute('data-testid')!));
    if (presets.length === 0) return { available: false, reason: 'not available (the timekeeper shows no nudge-preset buttons)' };
    const samples: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < warmup + count; i++) {
      await sv.page.evaluate(() => (window as unknown as { __nudge: { arm: () => void } }).__nudge.arm());
      const preset = presets[i % presets.length]!;
      const sentAt = await tk.page.evaluate((id) => {
        const b = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
        const t = Date.now();
        b?.click();
        return t;
      }, preset);
      const seenAt = await sv.page.evaluate(() => (window as unknown as { __nudge: { wait: (ms: number) => Promise<number> } }).__nudge.wait(3_000));
      if (seenAt < 0) timeouts++;
      else if (i >= warmup) samples.push(seenAt - sentAt);
      await sleep(randomInt(150, 400));
    }
    return { available: true, p50Ms: round(median(samples)), p99Ms: percentile(samples, 99), maxMs: max(samples), count: samples.length, timeouts };
  } finally {
    await Promise.all([tk.close(), sv.close(), circle.close()]);
  }
}
