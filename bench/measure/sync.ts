/**
 * sync.p50Ms / sync.p99Ms: a command clicked in the timekeeper page (its Date.now() just before
 * the click) until the supervisor page's DOM shows it (a MutationObserver there, its Date.now()):
 * pause → the countdown's data-run turns "paused", resume → "running", +1 min → the digits jump up.
 * All three windows are open (the circle display gets every push too, as in a real circle).
 * Random gaps between commands; the first few are warm-up and not counted. The same on three floor
 * pages gives the floor.
 */
import type { Browser, Page } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import { installWireClock } from '../lib/page-probes.ts';
import type { WireTimes } from '../lib/page-probes.ts';
import { max, median, percentile, randomInt, round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';

type Kind = 'pause' | 'resume' | 'extend';

export interface SyncResult {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  count: number;
  byKind: Record<Kind, { count: number; p50Ms: number; p99Ms: number }>;
  timeouts: number;
  /** Medians of the parts: click → the timekeeper's WebSocket send → arrival in the supervisor page → its DOM. */
  breakdownMs: { clickToSend: number; sendToArrival: number; arrivalToDom: number };
}

/** Supervisor page: a MutationObserver that settles the armed expectation at the first DOM change that shows it. */
function installSyncWatch() {
  const w = window as unknown as {
    __sync: { pending: null | { check: () => boolean; resolve: (t: number) => void }; arm: (kind: string) => void; wait: (timeoutMs: number) => Promise<number> };
  };
  const countdown = () => document.querySelector('[data-testid="time-left"]')?.closest('[data-run]') ?? null;
  const seconds = () => {
    const m = /(\+?)(\d+):(\d\d)/.exec(document.querySelector('[data-testid="time-left"]')?.textContent ?? '');
    if (!m) return Number.NaN;
    const s = Number(m[2]) * 60 + Number(m[3]);
    return m[1] ? -s : s;
  };
  let result: Promise<number> = Promise.resolve(0);
  w.__sync = {
    pending: null,
    arm(kind) {
      const baseline = seconds();
      const check =
        kind === 'pause'
          ? () => countdown()?.getAttribute('data-run') === 'paused'
          : kind === 'resume'
            ? () => countdown()?.getAttribute('data-run') === 'running'
            : () => seconds() >= baseline + 30;
      result = new Promise((resolve) => {
        w.__sync.pending = { check, resolve };
      });
    },
    wait(timeoutMs) {
      return Promise.race([result, new Promise<number>((resolve) => setTimeout(() => resolve(-1), timeoutMs))]);
    },
  };
  new MutationObserver(() => {
    const p = w.__sync.pending;
    if (p && p.check()) {
      w.__sync.pending = null;
      p.resolve(Date.now());
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Timekeeper page: press the button for `kind` once its own display agrees on the state; returns Date.now() just before the click. */
async function clickInTimekeeper(args: { kind: string; expectRun: string }): Promise<number> {
  const run = () => document.querySelector('[data-testid="time-left"]')?.closest('[data-run]')?.getAttribute('data-run');
  const until = Date.now() + 2_000;
  while (run() !== args.expectRun && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  const button = (args.kind === 'extend' ? document.querySelector('button[aria-keyshortcuts^="ArrowUp"]') : document.querySelector('[data-testid="time-toggle"]')) as HTMLButtonElement | null;
  if (!button || button.disabled) throw new Error(`no usable ${args.kind} button`);
  const t = Date.now();
  button.click();
  return t;
}

/** The three windows: where to click, where to watch, the third one only open. */
export interface SyncTarget {
  url(role: 'timekeeper' | 'supervisor' | 'circle'): string;
  /** Brings the watched page to where it shows the running time (the supervisor's session screen). */
  enter?: (page: Page) => Promise<void>;
}

/** Kring's windows: timekeeper clicks, supervisor (on its session screen) shows, circle open. */
export const kringSync = (app: App): SyncTarget => ({ url: (role) => app.url(role), enter: (page) => enterSession(page) });

/** Precondition: a step is running. Leaves it running. */
export async function measureSync(browser: Browser, target: SyncTarget, commands = 210, warmup = 10): Promise<SyncResult> {
  const tk = await openPage(browser, null, { tap: false });
  const sv = await openPage(browser, null, { tap: false });
  const circle = await openPage(browser, target.url('circle'), { tap: false });
  await tk.context.addInitScript(installWireClock);
  await sv.context.addInitScript(installWireClock);
  await tk.page.goto(target.url('timekeeper'));
  await sv.page.goto(target.url('supervisor'));
  try {
    await waitForDigits(tk.page);
    await target.enter?.(sv.page);
    await waitForDigits(sv.page);
    await sv.page.evaluate(installSyncWatch);
    let running = (await sv.page.evaluate(() => document.querySelector('[data-testid="time-left"]')?.closest('[data-run]')?.getAttribute('data-run'))) === 'running';
    const samples: { kind: Kind; ms: number; sentAt: number; seenAt: number }[] = [];
    let timeouts = 0;
    for (let i = 0; i < warmup + commands; i++) {
      const last = i === warmup + commands - 1;
      // The step is left running: the last command resumes, or extends when already running.
      const kind: Kind = last ? (running ? 'extend' : 'resume') : Math.random() < 0.35 ? 'extend' : running ? 'pause' : 'resume';
      await sv.page.evaluate((k) => (window as unknown as { __sync: { arm: (k: string) => void } }).__sync.arm(k), kind);
      const sentAt = await tk.page.evaluate(clickInTimekeeper, { kind, expectRun: running ? 'running' : 'paused' });
      const seenAt = await sv.page.evaluate((ms) => (window as unknown as { __sync: { wait: (ms: number) => Promise<number> } }).__sync.wait(ms), 3_000);
      if (seenAt < 0) timeouts++;
      else if (i >= warmup) samples.push({ kind, ms: seenAt - sentAt, sentAt, seenAt });
      if (kind === 'pause') running = false;
      if (kind === 'resume') running = true;
      await sleep(randomInt(20, 250));
    }
    const all = samples.map((s) => s.ms);
    const wireTimes = async (page: typeof tk.page) => page.evaluate(() => (window as unknown as { __wire: WireTimes }).__wire);
    const tkWire = await wireTimes(tk.page);
    const svWire = await wireTimes(sv.page);
    const parts = { clickToSend: [] as number[], sendToArrival: [] as number[], arrivalToDom: [] as number[] };
    for (const s of samples) {
      const send = tkWire.sent.find((t) => t >= s.sentAt);
      const arrival = send === undefined ? undefined : svWire.received.find((t) => t >= send);
      if (send === undefined || arrival === undefined || arrival > s.seenAt) continue;
      parts.clickToSend.push(send - s.sentAt);
      parts.sendToArrival.push(arrival - send);
      parts.arrivalToDom.push(s.seenAt - arrival);
    }
    const of = (k: Kind) => samples.filter((s) => s.kind === k).map((s) => s.ms);
    const kindStats = (k: Kind) => ({ count: of(k).length, p50Ms: median(of(k)), p99Ms: percentile(of(k), 99) });
    return {
      p50Ms: round(median(all)),
      p99Ms: percentile(all, 99),
      maxMs: max(all),
      count: all.length,
      byKind: { pause: kindStats('pause'), resume: kindStats('resume'), extend: kindStats('extend') },
      timeouts,
      breakdownMs: { clickToSend: median(parts.clickToSend), sendToArrival: median(parts.sendToArrival), arrivalToDom: median(parts.arrivalToDom) },
    };
  } finally {
    await Promise.all([tk.close(), sv.close(), circle.close()]);
  }
}
