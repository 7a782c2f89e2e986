/**
 * renderer.heapMBSupervisor, renderer.supervisorHeapGrowthMB: a supervisor page open (and on the
 * session screen) through a whole three-case session — what a three-hour evening holds — driven
 * over the wire, time compressed (commands 120 ms apart; the clock's own ticks are not simulated):
 * plan, opening, three proposals, three cases of six steps with, per step, three pauses, extra
 * minutes and resumes, four note saves as the note grows (autosave) and two observations, a summary
 * per case, closing. After each case the heap after a forced GC (CDP HeapProfiler.collectGarbage,
 * then JSHeapUsedSize); the growth from case 1 to case 3 shows an upward trend (a leak) or none.
 * At the end JSHeapUsedSize as it stands (no GC) as renderer.heapMBSupervisor.
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
  /** Heap after GC at the end of each case. */
  perCaseMB: number[];
  growthMB: number;
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
    await planSession(sup, { begin: false, proposals: ['Een moeilijk gesprek met een collega', 'Grenzen bewaken bij een cliënt', 'Twijfel over een besluit', 'Een cliënte die niet meer komt'] });
    const cdp = await sv.context.newCDPSession(sv.page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const perCaseMB: number[] = [];
    for (let c = 0; c < 3; c++) {
      const view = await chooseCase(sup, {});
      commands++;
      const caseId = view.cases.at(-1)!.id;
      await step(() => sup.command({ type: 'START' }));
      for (const [i, stepId] of STEP_IDS.entries()) {
        for (let k = 0; k < 3; k++) {
          await step(() => tk.command({ type: 'PAUSE' }));
          await step(() => tk.command({ type: 'EXTEND', ms: 60_000 }));
          await step(() => tk.command({ type: 'RESUME' }));
        }
        await step(() => tk.must('observations.add', { tag: 'advice', text: '' }));
        await step(() => tk.must('observations.add', { tag: 'judgement', text: '' }));
        if (stepId !== 'stille-inventaris') for (let k = 1; k <= 4; k++) await step(() => sup.must('notes.save', { caseId, stepId, text: noteText(400 * k, i) }));
        if (stepId === 'samenvatting') {
          await step(() =>
            sup.must('summary.save', { sessionId: view.sessionId, caseId, commonThread: noteText(600, c), themes: ['grenzen'], reflections: noteText(600, c + 1), requests: [] }),
          );
        }
        await step(() => sup.command({ type: 'NEXT' }));
      }
      await sleep(500);
      await cdp.send('HeapProfiler.collectGarbage');
      perCaseMB.push(round((await metric('JSHeapUsedSize')) / MB, 2));
      if (c < 2) await step(() => sup.command({ type: 'NEXT_CASE' }));
    }
    await step(() => sup.command({ type: 'CLOSE_SESSION' }));
    await step(() => sup.command({ type: 'FINISH_SESSION' }));
    await sleep(1_000);
    const heap = await metric('JSHeapUsedSize');
    const domNodes = await metric('Nodes');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metric('JSHeapUsedSize');
    return { heapMB: round(heap / MB, 2), heapMBAfterGc: round(afterGc / MB, 2), perCaseMB, growthMB: round(perCaseMB[2]! - perCaseMB[0]!, 2), commands, domNodes };
  } finally {
    tk.close();
    await sv.close();
  }
}
