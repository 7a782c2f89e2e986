/**
 * Code that runs inside the measured pages (serialised by Playwright or sent over raw CDP), so it
 * must be self-contained: no imports, no closures over module scope. Everything it records lands
 * in `window.__bench` with `Date.now()` stamps, read back by the benchmark afterwards.
 */

export interface PageView {
  /** Date.now() in the page when the push arrived. */
  receivedAt: number;
  phase: string;
  stepIndex: number | null;
  timer: { deadline: number | null; remainingMs: number; overtimeMs: number; status: string; at: number; adjustMs: number } | null;
}

export interface PageSample {
  t: number;
  text: string;
}

export interface PageRecord {
  views: PageView[];
  samples: PageSample[];
  mutations: PageSample[];
}

/**
 * Init script: taps every WebSocket the page opens and records each pushed view's timer — the very
 * data the page renders from — before the page's own handler sees it.
 */
export function installViewTap(): void {
  const w = window as unknown as { __bench?: PageRecord & Record<string, unknown> };
  if (w.__bench) return;
  const record: PageRecord = { views: [], samples: [], mutations: [] };
  w.__bench = record as PageRecord & Record<string, unknown>;
  const Native = window.WebSocket;
  class TappedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        const receivedAt = Date.now();
        try {
          const message = JSON.parse(String(event.data)) as { push?: { type: string; view?: { phase: string; current: { stepIndex: number | null; timer: PageView['timer'] } | null } } };
          const view = message.push?.type === 'view' ? message.push.view : undefined;
          if (!view) return;
          const t = view.current?.timer ?? null;
          record.views.push({
            receivedAt,
            phase: view.phase,
            stepIndex: view.current?.stepIndex ?? null,
            timer: t ? { deadline: t.deadline, remainingMs: t.remainingMs, overtimeMs: t.overtimeMs, status: t.status, at: t.at, adjustMs: t.adjustMs } : null,
          });
        } catch {
          // not ours to judge
        }
      });
    }
  }
  window.WebSocket = TappedWebSocket;
}

/**
 * Starts sampling the text of `selector` every `everyMs` with setInterval (no animation-frame loop:
 * that would make an idle page draw 60 frames a second and disturb what is measured), and logs
 * every change of it with a MutationObserver.
 */
export function startSampling(args: { selector: string; everyMs: number }): void {
  const w = window as unknown as { __bench: PageRecord & { stopSampling?: () => void } };
  const record = w.__bench;
  const el = document.querySelector(args.selector);
  if (!el) throw new Error(`no element ${args.selector}`);
  const interval = setInterval(() => record.samples.push({ t: Date.now(), text: el.textContent ?? '' }), args.everyMs);
  const observer = new MutationObserver(() => record.mutations.push({ t: Date.now(), text: el.textContent ?? '' }));
  observer.observe(el, { characterData: true, childList: true, subtree: true });
  record.stopSampling = () => {
    clearInterval(interval);
    observer.disconnect();
  };
}

/** Stops sampling and hands back (and clears) what was recorded. */
export function collectRecord(): PageRecord {
  const w = window as unknown as { __bench: PageRecord & { stopSampling?: () => void } };
  const record = w.__bench;
  record.stopSampling?.();
  const out = { views: [...record.views], samples: [...record.samples], mutations: [...record.mutations] };
  record.samples.length = 0;
  record.mutations.length = 0;
  return out;
}

/**
 * Records the first frame after the page becomes visible (or resumes from frozen): the text of
 * `selector` in the first animation frame, i.e. the first value actually shown.
 */
export function watchFirstShown(args: { selector: string }): void {
  const w = window as unknown as { __bench: PageRecord & { firstShown?: PageSample & { trigger: string; textAtEvent: string }; lastHiddenText?: PageSample } };
  const record = w.__bench;
  const el = document.querySelector(args.selector);
  const read = () => el?.textContent ?? '';
  let armed = false;
  const onShow = (trigger: string) => {
    if (document.visibilityState !== 'visible' || record.firstShown || !armed) return;
    const textAtEvent = read();
    requestAnimationFrame(() => {
      if (!record.firstShown) record.firstShown = { t: Date.now(), text: read(), trigger, textAtEvent };
    });
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      armed = true;
      record.lastHiddenText = { t: Date.now(), text: read() };
    } else onShow('visibilitychange');
  });
  document.addEventListener('freeze', () => {
    armed = true;
  });
  document.addEventListener('resume', () => onShow('resume'));
}

export interface WireTimes {
  sent: number[];
  received: number[];
}

/**
 * Init script, lighter than the view tap: only the Date.now() of every WebSocket send and of every
 * message arrival (before the page's own handler runs), nothing parsed — for timing breakdowns.
 */
export function installWireClock(): void {
  const w = window as unknown as { __wire?: WireTimes };
  if (w.__wire) return;
  const times: WireTimes = { sent: [], received: [] };
  w.__wire = times;
  const Native = window.WebSocket;
  const nativeSend = Native.prototype.send;
  Native.prototype.send = function send(this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
    times.sent.push(Date.now());
    return nativeSend.call(this, data);
  };
  class ClockedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', () => times.received.push(Date.now()));
    }
  }
  window.WebSocket = ClockedWebSocket;
}
