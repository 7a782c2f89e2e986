/**
 * renderer.heapMBSupervisor: a supervisor page open (and on the session screen) through a whole
 * two-case session driven over the wire: plan, opening, three proposals, two cases of six steps
 * with a pause, an extra minute, a note and an observation per step, a summary per case, closing.
 * Then CDP JSHeapUsedSize as it stands (and, for reference, after a forced GC).
 */
import type { Browser } from '@playwright/test';
import type { App } from '../lib/app.ts';
import { openPage } from '../lib/browser.ts';
import { noteText } from '../lib/note-text.ts';
import { chooseCase, planSession, STEP_IDS } from '../lib/session-driver.ts';
import { round, sleep } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';
import { openWire } from '../lib/wire-client.ts';
import type { WireClient } from '../lib/wire-client.ts';

export interface SupervisorHeapResult {
  heapMB: number;
  heapMBAfterGc: number;
  commands: number;
  domNodes: number;
}

const MB = 1024 * 1024;
const GAP_MS = 120;

/** Precondition: the vault is unlocked. Replaces whatever session is current. */
export async function measureSupervisorHeap(browser: Browser, app: App, sup: WireClient): Promise<SupervisorHeapResult> {
  const sv = await openPage(browser, app.url('supervisor'), { tap: false });
  const tk = await openWire(app.url('timekeeper'));
  let commands = 0;
  const step = async (fn: () => Promise<unknown>) => {
    await fn();
    commands++;
    await sleep(GAP_MS);
  };
  try {
    await sup.must('session.begin', { replace: true });
    await enterSession(sv.page);
    await planSession(sup, { begin: false, proposals: ['Een moeilijk gesprek met een collega', 'Grenzen bewaken bij een cliënt', 'Twijfel over een besluit'] });
    for (let c = 0; c < 2; c++) {
      const view = await chooseCase(sup, {});
      commands++;
      const caseId = view.cases.at(-1)!.id;
      await step(() => sup.command({ type: 'START' }));
      for (const [i, stepId] of STEP_IDS.entries()) {
        await step(() => tk.command({ type: 'PAUSE' }));
        await step(() => tk.command({ type: 'EXTEND', ms: 60_000 }));
        await step(() => tk.command({ type: 'RESUME' }));
        await step(() => tk.must('observations.add', { tag: 'advice', text: '' }));
        if (stepId !== 'stille-inventaris') await step(() => sup.must('notes.save', { caseId, stepId, text: noteText(1_500, i) }));
        if (stepId === 'samenvatting') {
          await step(() =>
            sup.must('summary.save', { sessionId: view.sessionId, caseId, commonThread: noteText(600, c), themes: ['grenzen'], reflections: noteText(600, c + 1), requests: [] }),
          );
        }
        await step(() => sup.command({ type: 'NEXT' }));
      }
      if (c === 0) await step(() => sup.command({ type: 'NEXT_CASE' }));
    }
    await step(() => sup.command({ type: 'CLOSE_SESSION' }));
    await step(() => sup.command({ type: 'FINISH_SESSION' }));
    await sleep(1_000);
    const cdp = await sv.context.newCDPSession(sv.page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const heap = await metric('JSHeapUsedSize');
    const domNodes = await metric('Nodes');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metric('JSHeapUsedSize');
    return { heapMB: round(heap / MB, 2), heapMBAfterGc: round(afterGc / MB, 2), commands, domNodes };
  } finally {
    tk.close();
    await sv.close();
  }
}
