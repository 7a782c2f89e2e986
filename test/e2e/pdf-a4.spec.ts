/**
 * The summary's print page, printed to PDF by Chromium exactly as Electron's printToPDF does it in
 * the desktop app (preferCSSPageSize): the page's own CSS makes it A4, in Dutch, with the
 * "not encrypted" line in the document itself.
 */
import { applyCommand, sessionState, startSession, supervisorView } from '../../shared/session/index.ts';
import type { SessionCommand } from '../../shared/ipc/contract.ts';
import { renderHtml } from '../../shared/summary/render.ts';
import { expect, test } from '@playwright/test';

const NOW = Date.UTC(2026, 11, 2, 13, 0);

function archive() {
  const actor = startSession('s1', NOW);
  const events: SessionCommand[] = [
    { type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' },
    { type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' },
    { type: 'ADD_PARTICIPANT', id: 'p3', name: 'Chloë' },
  ];
  for (const e of events) {
    const result = applyCommand(actor, { ...e, now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
  }
  return { sessionId: 's1', view: supervisorView(sessionState(actor), NOW), notes: [], observations: [], summaries: [] };
}

test('the summary prints as A4 in Dutch, saying it is not encrypted', async ({ page }) => {
  const html = renderHtml(archive(), null, 'nl-BE');
  expect(html).toContain('<html lang="nl-BE">');
  await page.setContent(html);
  await expect(page.locator('.note')).toContainText('Dit bestand is niet versleuteld.');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A4 is 595.28 × 841.89 points; Chromium writes the page box with rounded or exact values.
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box, 'a MediaBox in the PDF').not.toBeNull();
  expect(Number(box![1])).toBeCloseTo(595.28, 0);
  expect(Number(box![2])).toBeCloseTo(841.89, 0);
});
