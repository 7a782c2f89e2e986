/** Set a session up over a plain wire connection, the way the supervisor's window would: case 1, step 1 running. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { KringProcess } from './kring-process.ts';
import { openWindow } from './ui-helpers.ts';
import { expect } from './fixtures.ts';
import { call, lastView, openWire } from './wire.ts';

export async function toFirstStep(driver: Page, url: string, options: { passphrase?: string; start?: boolean } = {}): Promise<void> {
  await openWire(driver, url);
  expect((await call(driver, 'vault.create', { passphrase: options.passphrase ?? 'lange zin voor de kring van vandaag' })).ok).toBe(true);
  expect((await call(driver, 'session.begin', { replace: false })).ok).toBe(true);
  for (const name of ['Anna', 'Bram', 'Chloë']) await call(driver, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name });
  await call(driver, 'session.command', { type: 'CONFIRM_PLAN' });
  await call(driver, 'session.command', { type: 'FINISH_OPENING' });
  await call(driver, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: ['worried'] });
  await expect.poll(async () => (await lastView<{ proposals: unknown[] }>(driver))?.proposals.length).toBe(1);
  const proposal = (await lastView<{ proposals: { id: string }[] }>(driver))!.proposals[0]!.id;
  expect((await call(driver, 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposal, caseId: '' })).ok).toBe(true);
  if (options.start !== false) expect((await call(driver, 'session.command', { type: 'START' })).ok).toBe(true);
}

type Role = 'supervisor' | 'timekeeper' | 'circle';

/** The windows of a circle as real pages in one browser context (Dutch, Brussels time), with the page errors they raise. */
export async function openWindows<R extends Role>(
  browser: Browser,
  app: KringProcess,
  viewport: { width: number; height: number },
  roles: readonly R[],
): Promise<{ context: BrowserContext; pages: Record<R, Page>; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const pages = {} as Record<R, Page>;
  const errors: string[] = [];
  for (const role of roles) {
    pages[role] = await context.newPage();
    errors.push(...(await openWindow(pages[role], app.url(role))));
  }
  return { context, pages, errors };
}
