/**
 * timer.afterHiddenMs: a timekeeper page is hidden for 30 s by opening a tab over it (Chromium then
 * throttles its timers to one wake-up a second), then shown again by closing that tab; the largest
 * error of what it shows over the 2 s after it became visible (the first value alone, read in the
 * first animation frame, is in the detail: it is right even for the naive page, so it cannot fail). The same
 * for a page that is also frozen meanwhile (Page.setWebLifecycleState: no timers at all), and both
 * again for the naive setInterval page. Runs in a Chromium over raw CDP (see lib/raw-chromium.ts).
 */
import type { App } from '../lib/app.ts';
import { naivePageHtml, naivePageUrl } from '../lib/naive-page.ts';
import { collectRecord, installViewTap, startSampling, watchFirstShown } from '../lib/page-probes.ts';
import type { PageRecord, PageSample } from '../lib/page-probes.ts';
import { launchRawChromium } from '../lib/raw-chromium.ts';
import type { RawChromium, RawTarget } from '../lib/raw-chromium.ts';
import { errorOutside, intervalOf } from '../lib/shown-time.ts';
import { max, sleep } from '../lib/stats.ts';
import { timersOf, truthFrom } from '../lib/truth.ts';
import type { WireClient } from '../lib/wire-client.ts';

const DIGITS = '[data-testid="time-left"]';

interface Variant {
  name: 'hidden' | 'frozen' | 'naive' | 'naiveFrozen';
  freeze: boolean;
  naive: boolean;
}

export interface HiddenVariantResult {
  /** Error of the first value shown after becoming visible. */
  firstShownErrorMs: number;
  firstShownText: string;
  /** Error of what the hidden page's DOM held just before it was shown (timers throttled or frozen); null when frozen (not readable). */
  whileHiddenErrorMs: number | null;
  /** Largest error over the 2 s after being shown. */
  maxErrorNext2sMs: number;
}

export interface HiddenResult {
  afterHiddenMs: number;
  afterFrozenMs: number;
  naiveAfterHiddenMs: number;
  naiveAfterFrozenMs: number;
  hiddenForMs: number;
  detail: Record<string, HiddenVariantResult>;
}

async function waitFor(target: RawTarget, expression: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await target.evaluate<boolean>(expression).catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${expression}`);
}

async function openVariant(chromium: RawChromium, app: App, variant: Variant): Promise<RawTarget> {
  const target = await chromium.newTarget();
  await target.send('Page.enable');
  await target.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${installViewTap.toString()})()` });
  if (variant.naive) {
    await target.send('Page.navigate', { url: naivePageUrl(app.url('timekeeper')) });
    await waitFor(target, `document.readyState === 'complete'`);
    await target.evaluate(`document.open(); document.write(${JSON.stringify(naivePageHtml())}); document.close(); true`);
    await target.call(installViewTap);
  } else {
    await target.send('Page.navigate', { url: app.url('timekeeper') });
  }
  await waitFor(target, `/\\d:\\d\\d/.test(document.querySelector(${JSON.stringify(DIGITS)})?.textContent ?? '')`);
  await target.call(watchFirstShown, { selector: DIGITS });
  return target;
}

/** Precondition: a step is running with more than 45 s left, and nobody touches the clock meanwhile. */
export async function measureHidden(app: App, sup: WireClient, hiddenForMs = 30_000): Promise<HiddenResult> {
  const chromium = await launchRawChromium();
  try {
    const variants: Variant[] = [
      { name: 'hidden', freeze: false, naive: false },
      { name: 'frozen', freeze: true, naive: false },
      { name: 'naive', freeze: false, naive: true },
      { name: 'naiveFrozen', freeze: true, naive: true },
    ];
    const targets = new Map<Variant, RawTarget>();
    for (const v of variants) targets.set(v, await openVariant(chromium, app, v));
    const before = new Set((await chromium.send<{ targetInfos: { targetId: string }[] }>('Target.getTargets')).targetInfos.map((t) => t.targetId));

    // Hide: a new tab opened over each page (in its window), and freeze where asked.
    for (const v of variants) {
      const target = targets.get(v)!;
      await target.evaluate(`!!window.open('about:blank', '_blank')`, { userGesture: true });
      if (v.freeze) {
        await sleep(200);
        await target.send('Page.setWebLifecycleState', { state: 'frozen' });
      }
    }
    const hiddenAt = Date.now();
    const hidden = await Promise.all(variants.map((v) => targets.get(v)!.evaluate<string>('document.visibilityState')));
    if (hidden.some((s) => s !== 'hidden')) throw new Error(`pages did not hide: ${hidden.join(', ')}`);
    await sleep(hiddenForMs);

    // Show again, one after the other: unfreeze, close the covering tab.
    const covers = (await chromium.send<{ targetInfos: { targetId: string; openerId?: string; type: string }[] }>('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'page' && !before.has(t.targetId),
    );
    const whileHidden = new Map<Variant, PageSample>();
    for (const v of variants) {
      const target = targets.get(v)!;
      if (!v.freeze) whileHidden.set(v, await target.evaluate<PageSample>(`({ t: Date.now(), text: document.querySelector(${JSON.stringify(DIGITS)}).textContent })`));
      if (v.freeze) await target.send('Page.setWebLifecycleState', { state: 'active' });
      for (const cover of covers.filter((c) => c.openerId === target.targetId)) await chromium.send('Target.closeTarget', { targetId: cover.targetId });
      await waitFor(target, `!!window.__bench.firstShown`, 5_000);
      await target.call(startSampling, { selector: DIGITS, everyMs: 20 });
      await sleep(700);
    }
    await sleep(2_000);
    const hiddenForActual = Date.now() - hiddenAt;

    const truth = truthFrom(timersOf(sup.views));
    const errorAt = (s: PageSample) => {
      const interval = intervalOf(s.text);
      const now = truth(s.t);
      return interval && now ? errorOutside(interval, now.left) : Number.NaN;
    };
    const detail: Record<string, HiddenVariantResult> = {};
    for (const v of variants) {
      const target = targets.get(v)!;
      const shown = await target.evaluate<{ t: number; text: string; trigger: string }>('window.__bench.firstShown');
      const record = await target.call(collectRecord) as PageRecord;
      const next2s = record.samples.filter((s) => s.t <= shown.t + 2_000).map(errorAt);
      detail[v.name] = {
        firstShownErrorMs: errorAt(shown),
        firstShownText: shown.text,
        whileHiddenErrorMs: whileHidden.has(v) ? errorAt(whileHidden.get(v)!) : null,
        maxErrorNext2sMs: max([errorAt(shown), ...next2s]),
      };
    }
    return {
      // The largest error over the 2 s after being shown: the first frame alone is right even for
      // the naive page (Chromium runs overdue timers before it), so only this figure can fail.
      afterHiddenMs: detail.hidden!.maxErrorNext2sMs,
      afterFrozenMs: detail.frozen!.maxErrorNext2sMs,
      naiveAfterHiddenMs: detail.naive!.maxErrorNext2sMs,
      naiveAfterFrozenMs: detail.naiveFrozen!.maxErrorNext2sMs,
      hiddenForMs: hiddenForActual,
      detail,
    };
  } finally {
    await chromium.close();
  }
}
