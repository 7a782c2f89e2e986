/**
 * renderer.firstRenderMs per window role: from just before `page.goto` (Node's Date.now()) to the
 * first moment the role's content is in the DOM (an init-script MutationObserver's Date.now()):
 * timekeeper — the digits show a value; circle — the step heading; supervisor — the running
 * session's digits after a reload of a window that was on the session (what a supervisor sees
 * after Ctrl+R or a renderer restart; no start or lock screen counts). Timekeeper and circle load
 * in a fresh browser context (cold cache); median of 5. The floor page, loaded cold the same way
 * until its digits show, is the floor for all three.
 */
import type { Browser } from '@playwright/test';
import type { WindowRole } from '../../shared/ipc/index.ts';
import type { App } from '../lib/app.ts';
import { VIEWPORT } from '../lib/browser.ts';
import { installWireClock } from '../lib/page-probes.ts';
import type { WireTimes } from '../lib/page-probes.ts';
import { median, round } from '../lib/stats.ts';

/** What counts as "there" per role, during a running step with the vault open. */
export const MEANINGFUL: Record<WindowRole, { selector: string; pattern: string }> = {
  // The time digits showing a value.
  timekeeper: { selector: '[data-testid="time-left"]', pattern: '\\d:\\d\\d' },
  // The running session's time (the start or lock screen is not it).
  supervisor: { selector: '[data-testid="time-left"]', pattern: '\\d:\\d\\d' },
  // The step the circle is in.
  circle: { selector: '[data-testid="circle-step"]', pattern: '\\S' },
};

function watchMeaningful(args: { selector: string; pattern: string }) {
  const w = window as unknown as { __firstMeaningful?: number };
  const re = new RegExp(args.pattern);
  const check = () => {
    if (w.__firstMeaningful) return;
    const el = document.querySelector(args.selector);
    if (el && re.test(el.textContent ?? '')) {
      w.__firstMeaningful = Date.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Where the time goes (medians, ms): goto → navigation start → DOMContentLoaded (scripts ran) → first WebSocket message → content. */
export interface FirstRenderParts {
  toNavigationStart: number;
  toScriptsDone: number;
  toFirstMessage: number;
  toContent: number;
}

export type FirstRenderResult = Record<WindowRole, number> & {
  floor: number;
  runs: Record<WindowRole | 'floor', number[]>;
  parts: Record<WindowRole, FirstRenderParts>;
};

export async function measureFirstRender(browser: Browser, app: App, floorUrl: string | null, runs = 5): Promise<FirstRenderResult> {
  const roles: WindowRole[] = ['supervisor', 'timekeeper', 'circle'];
  const all = { supervisor: [] as number[], timekeeper: [] as number[], circle: [] as number[], floor: [] as number[] };
  const parts = { supervisor: [] as FirstRenderParts[], timekeeper: [] as FirstRenderParts[], circle: [] as FirstRenderParts[] };
  for (let i = 0; i < runs; i++) {
    if (floorUrl) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-BE' });
      try {
        await context.addInitScript(watchMeaningful, MEANINGFUL.timekeeper);
        const page = await context.newPage();
        const t0 = Date.now();
        await page.goto(floorUrl, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(() => (window as unknown as { __firstMeaningful?: number }).__firstMeaningful ?? 0, null, { timeout: 15_000, polling: 20 });
        all.floor.push((await handle.jsonValue()) - t0);
      } finally {
        await context.close();
      }
    }
    for (const role of roles) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-BE' });
      try {
        await context.addInitScript(watchMeaningful, MEANINGFUL[role]);
        await context.addInitScript(installWireClock);
        const page = await context.newPage();
        if (role === 'supervisor') {
          // The window was on the running session; then it is reloaded.
          await page.goto(app.url(role));
          await page.waitForFunction(() => !!(window as unknown as { __firstMeaningful?: number }).__firstMeaningful, null, { timeout: 15_000, polling: 50 });
        }
        const t0 = Date.now();
        if (role === 'supervisor') await page.reload({ waitUntil: 'commit' });
        else await page.goto(app.url(role), { waitUntil: 'commit' });
        const handle = await page.waitForFunction(() => (window as unknown as { __firstMeaningful?: number }).__firstMeaningful ?? 0, null, { timeout: 15_000, polling: 20 });
        const content = await handle.jsonValue();
        all[role].push(content - t0);
        const marks = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return {
            origin: performance.timeOrigin,
            dcl: performance.timeOrigin + (nav?.domContentLoadedEventStart ?? Number.NaN),
            firstMessage: (window as unknown as { __wire: WireTimes }).__wire.received[0] ?? Number.NaN,
          };
        });
        parts[role].push({
          toNavigationStart: marks.origin - t0,
          toScriptsDone: marks.dcl - marks.origin,
          toFirstMessage: marks.firstMessage - marks.dcl,
          toContent: content - marks.firstMessage,
        });
      } finally {
        await context.close();
      }
    }
  }
  return {
    supervisor: round(median(all.supervisor), 0),
    floor: round(median(all.floor), 0),
    timekeeper: round(median(all.timekeeper), 0),
    circle: round(median(all.circle), 0),
    runs: all,
    parts: Object.fromEntries(
      roles.map((role) => {
        const of = (k: keyof FirstRenderParts) => round(median(parts[role].map((p) => p[k])), 0);
        return [role, { toNavigationStart: of('toNavigationStart'), toScriptsDone: of('toScriptsDone'), toFirstMessage: of('toFirstMessage'), toContent: of('toContent') }];
      }),
    ) as Record<WindowRole, FirstRenderParts>,
  };
}
