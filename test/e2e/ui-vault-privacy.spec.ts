/**
 * Issue 14 as a person meets it: a long paste says what was cut, a weak passphrase is refused
 * with advice, wrong passphrases make the lock screen count down, and a link with a wrong token
 * says so instead of "connecting…" forever. Screens photographed at 1024, 1366 and 1920 wide.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { checkA11y, openWindow } from './ui-helpers.ts';
import { call, lastView, openWire } from './wire.ts';

const SCREENS = resolve(import.meta.dirname, '../../test-results/screens');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function shoot3(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(60);
    await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(SIZES[1]);
}

type View = { proposals: { id: string }[] };

test('a paste beyond the limit of a note says how much was cut; the counter shows the room left', async ({ app, browser }) => {
  const driver = await browser.newPage();
  await openWire(driver, app.url('supervisor'));
  expect((await call(driver, 'vault.create', { passphrase: 'lange zin voor het plakken' })).ok).toBe(true);
  expect((await call(driver, 'session.begin', { replace: false })).ok).toBe(true);
  await call(driver, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'Anna' });
  await call(driver, 'session.command', { type: 'CONFIRM_PLAN' });
  await call(driver, 'session.command', { type: 'FINISH_OPENING' });
  await call(driver, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: [] });
  await expect.poll(async () => (await lastView<View>(driver))?.proposals.length).toBe(1);
  const proposal = (await lastView<View>(driver))!.proposals[0]!.id;
  expect((await call(driver, 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposal, caseId: '' })).ok).toBe(true);

  const context = await browser.newContext({ viewport: SIZES[1], locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url('supervisor')).origin });
  const sup = await context.newPage();
  const errors = await openWindow(sup, app.url('supervisor'));
  await sup.getByTestId('resume-session').click();
  const notes = sup.getByTestId('notes');
  await notes.click();
  await notes.pressSequentially('Begin. ');

  // 200,000 characters on the clipboard, pasted with the keyboard as a person would.
  const big = 'Cliënte A vertelt over haar week. '.repeat(6_000).slice(0, 200_000);
  await sup.evaluate((text) => navigator.clipboard.writeText(text), big);
  await sup.keyboard.press('Control+V');

  await expect(notes).toHaveValue(/^Begin\. Cliënte A/);
  expect((await notes.inputValue()).length).toBe(100_000);
  const cut = sup.getByTestId('paste-cut');
  await expect(cut).toBeVisible();
  // 7 typed + 200,000 pasted − 100,000 room = 100,007 characters not added, said in words.
  await expect(cut).toContainText('de laatste 100.007 tekens van wat je plakte zijn niet toegevoegd');
  await expect(sup.getByTestId('field-count')).toContainText('Vol: 100.000 tekens');
  await expect(sup.getByTestId('notes-status')).toContainText(/Opgeslagen|Bewaard/, { timeout: 10_000 });
  await shoot3(sup, '40-supervisor-paste-cut');
  await checkA11y(sup, 'paste-cut');

  // Making room: the counter counts down, the message can be closed.
  await notes.press('Control+End');
  for (let i = 0; i < 10; i++) await notes.press('Backspace');
  await expect(sup.getByTestId('field-count')).toContainText('nog 10');
  await cut.getByRole('button').click();
  await expect(cut).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});
