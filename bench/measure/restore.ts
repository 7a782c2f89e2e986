/**
 * restore.errorMs: with a step running and the timekeeper and supervisor pages open, the services
 * process is SIGKILLed and started again on the same data; the pages reconnect by themselves.
 * Over the 3 s after the timekeeper's first new view, the largest error of its shown value against
 * the truth — the deadline from before the kill: the circle kept talking, the step kept running.
 * restore.lostChars: text typed into the supervisor's notes field for this step (the UI, key by key),
 * left until the field says it is saved ("Opgeslagen om …"); then the kill and restart, unlock in
 * the page, back to the step: typed characters missing from the field (typed length − longest
 * common subsequence), checked against notes.list too.
 */
import type { Browser } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage, waitForDigits } from '../lib/browser.ts';
import { collectRecord, startSampling } from '../lib/page-probes.ts';
import type { PageRecord } from '../lib/page-probes.ts';
import { errorOutside, intervalOf, trueLeft } from '../lib/shown-time.ts';
import { max, sleep } from '../lib/stats.ts';
import { PASSPHRASE } from '../lib/session-driver.ts';
import { enterSession } from '../lib/supervisor-page.ts';
import { openWire } from '../lib/wire-client.ts';
import type { WireClient } from '../lib/wire-client.ts';

const DIGITS = '[data-testid="time-left"]';
const NOTES = '[data-testid="notes"]';
const NOTES_STATUS = '[data-testid="notes-status"]';
const TYPED = 'Stap drie: de vragen gaan vooral over de rol van de teamleider. Thema: grenzen stellen zonder de relatie te verliezen. Opvallend: veel adviezen verpakt als vraag. Later terugkomen op wat ze zelf al geprobeerd heeft.';

export interface RestoreResult {
  errorMs: number;
  /** Restored deadline minus the true one (what the services put back). */
  deadlineShiftMs: number;
  /** From the kill to the timekeeper's first view of the restarted services. */
  reconnectMs: number;
  lostChars: number;
  typedChars: number;
  lostCharsWire: number;
  notesVia: 'ui' | 'wire';
}

/** Characters of `typed` missing from `kept`: typed length minus their longest common subsequence. */
export function missingChars(typed: string, kept: string): number {
  const row = new Array<number>(kept.length + 1).fill(0);
  for (let i = 1; i <= typed.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= kept.length; j++) {
      const above = row[j]!;
      row[j] = typed[i - 1] === kept[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return typed.length - row[kept.length]!;
}

/** Precondition: a non-silent step of a case is running, the vault unlocked. Returns a new wire client (the old one died with the process). */
export async function measureRestore(browser: Browser, app: App, sup: WireClient, log: (line: string) => void): Promise<{ result: RestoreResult; sup: WireClient }> {
  const tk = await openPage(browser, app.url('timekeeper'));
  const sv = await openPage(browser, app.url('supervisor'));
  try {
    await waitForDigits(tk.page);
    await enterSession(sv.page);

    // Type into this step's notes, key by key, and wait for the field to say it is saved.
    let notesVia: 'ui' | 'wire' = 'ui';
    const view = sup.lastView();
    if (view?.role !== 'supervisor') throw new Error('restore: no supervisor view');
    const caseId = view.cases.at(-1)?.id ?? null;
    const stepId = view.current?.stepId ?? null;
    try {
      await sv.page.waitForSelector(NOTES, { timeout: 5_000 });
      await sv.page.locator(NOTES).click();
      await sv.page.locator(NOTES).pressSequentially(TYPED, { delay: 8 });
      await sv.page.waitForFunction(
        ([sel, text]) => /opgeslagen|saved/i.test(document.querySelector(sel)?.textContent ?? '') && (document.querySelector('[data-testid="notes"]') as HTMLTextAreaElement).value === text,
        [NOTES_STATUS, TYPED] as const,
        { timeout: 10_000, polling: 10 },
      );
    } catch (error) {
      notesVia = 'wire';
      log(`  notes field not usable (${(error as Error).message.split('\n')[0]}); saving over the wire instead`);
      await sup.must('notes.save', { caseId, stepId, text: TYPED });
    }

    if (sup.lastView()?.current?.timer.status === 'paused') {
      const resumed = sup.waitForView((v) => v.current?.timer.deadline != null);
      await sup.command({ type: 'RESUME' });
      await resumed;
    }
    const before = sup.lastView()?.current?.timer;
    if (!before?.deadline) throw new Error('restore: no running step');
    await tk.page.evaluate(() => {
      (window as unknown as { __bench: PageRecord }).__bench.views.length = 0;
    });
    const killedAt = Date.now();
    await app.kill();
    await sleep(500);
    await app.start();
    const wire = await openWire(app.url('supervisor'));

    // The timekeeper's first view from the restarted services, then 3 s of what it shows.
    const handle = await tk.page.waitForFunction(() => (window as unknown as { __bench: PageRecord }).__bench.views[0]?.receivedAt, null, { timeout: 20_000, polling: 10 });
    const reconnectedAt = (await handle.jsonValue()) as number;
    await tk.page.evaluate(startSampling, { selector: DIGITS, everyMs: 20 });
    await sleep(3_000);
    const record = (await tk.page.evaluate(collectRecord)) as PageRecord;
    const restored = record.views.at(-1)?.timer;
    const truth = { deadline: before.deadline, remainingMs: 0, overtimeMs: 0, status: 'running' };
    const errors = record.samples.map((s) => {
      const interval = intervalOf(s.text);
      return interval ? errorOutside(interval, trueLeft(truth, s.t)) : Number.NaN;
    });

    // Unlock in the page, back to the step, and read the notes field.
    let kept = '';
    let keptWire = '';
    await enterSession(sv.page);
    if (notesVia === 'ui') {
      await sv.page.waitForSelector(NOTES, { timeout: 10_000 });
      await sv.page.waitForFunction((sel) => !/laden|loading/i.test(document.querySelector(sel)?.textContent ?? ''), NOTES_STATUS, { timeout: 10_000 });
      kept = await sv.page.locator(NOTES).inputValue();
    }
    if (!(await wire.call('notes.list', { sessionId: view.sessionId })).ok) await wire.must('vault.unlock', { passphrase: PASSPHRASE });
    const notes = await wire.must('notes.list', { sessionId: view.sessionId });
    keptWire = notes.find((n) => n.caseId === caseId && n.stepId === stepId)?.text ?? '';
    if (notesVia === 'wire') kept = keptWire;

    return {
      result: {
        errorMs: max(errors),
        deadlineShiftMs: restored?.deadline != null ? restored.deadline - before.deadline : Number.NaN,
        reconnectMs: reconnectedAt - killedAt,
        lostChars: missingChars(TYPED, kept),
        typedChars: TYPED.length,
        lostCharsWire: missingChars(TYPED, keptWire),
        notesVia,
      },
      sup: wire,
    };
  } finally {
    sup.close();
    await Promise.all([tk.close(), sv.close()]);
  }
}
