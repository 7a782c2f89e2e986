/**
 * The clock's signals as the three windows show them: the warning colour, time-up and the
 * overtime count, announced politely for screen readers; then the circle display as a calm bar,
 * in the dark theme and in English. Each state is checked with axe (contrast included) and
 * photographed at both sizes. The session is set up over a plain wire connection, the windows
 * under test are the real pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot, SIZES } from './ui-helpers.ts';
import { toFirstStep } from './setup.ts';
import { call, lastView } from './wire.ts';

type View = { current: { timer: { remainingMs: number; deadline: number | null; at: number } } | null; proposals: { id: string }[] };

async function leftMs(driver: Page): Promise<number> {
  const timer = (await lastView<View>(driver))!.current!.timer;
  return timer.deadline === null ? timer.remainingMs : timer.deadline - Date.now();
}

/** Shorten the running step so that about `ms` are left. */
async function leaveAbout(driver: Page, ms: number) {
  const cut = Math.round((await leftMs(driver)) - ms);
  expect((await call(driver, 'session.command', { type: 'SHORTEN', ms: cut })).ok).toBe(true);
}

test('warning, time-up and overtime look and sound right in every window', async ({ app, browser }) => {
  test.setTimeout(300_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'), { passphrase: 'lange zin voor de signalen', start: false });

  const context = await browser.newContext({ viewport: SIZES[0], locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const tk = await context.newPage();
  const circle = await context.newPage();
  const errors = [...(await openWindow(sup, app.url('supervisor'))), ...(await openWindow(tk, app.url('timekeeper'))), ...(await openWindow(circle, app.url('circle')))];
  // A running session is shown as it is: no start screen to click through.
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  // The timekeeper's window has its view (its start button works) before Space is pressed there.
  await expect(tk.getByTestId('time-toggle')).toBeEnabled();
  await tk.keyboard.press('Space');
  await expect(tk.locator('.countdown[data-run="running"]')).toHaveCount(1);

  // ── the warning: a minute before the end of step 1, reached by time passing ──
  await leaveAbout(driver, 62_000);
  await expect(tk.getByTestId('time-left')).toHaveText(/^1:0[0-2]$/);
  await expect(tk.locator('.countdown').first()).toHaveAttribute('data-zone', 'warning', { timeout: 5_000 });
  await expect(sup.locator('.time-card .countdown')).toHaveAttribute('data-zone', 'warning');
  await expect(circle.locator('.countdown')).toHaveAttribute('data-zone', 'warning');
  await expect(tk.getByRole('status').filter({ hasText: 'Nog 1 minuut.' })).toHaveCount(1);
  // "Time is running out" fits the step: in a 5-minute step it comes at a fifth (one minute), not at two
  // (the threshold itself is unit-tested; here only that the window brings it forward).
  await leaveAbout(driver, 58_000);
  await expect(sup.locator('[data-situation="time-running-out"]')).toBeVisible();
  await shoot(tk, '30-timekeeper-warning');
  await shoot(sup, '30-supervisor-warning');
  await shoot(circle, '30-circle-warning');

  // ── time is up, then overtime counts up ──
  await leaveAbout(driver, 1_500);
  await expect(tk.locator('.countdown').first()).toHaveAttribute('data-zone', 'timeup', { timeout: 5_000 });
  await expect(tk.getByRole('status').filter({ hasText: 'De tijd is om.' })).toHaveCount(1);
  await expect(tk.getByTestId('time-left')).toHaveText(/^\+0:0[1-9]$/, { timeout: 5_000 });
  await expect(sup.getByTestId('time-left')).toHaveText(/^\+0:0\d$/);
  await expect(circle.getByTestId('time-left')).toHaveText(/^\+0:0\d$/);
  await expect(tk.getByTestId('run-label')).toContainText('overtijd');
  await shoot(tk, '31-timekeeper-overtime');
  await shoot(sup, '31-supervisor-overtime');
  await shoot(circle, '31-circle-overtime');

  // ── the silent step: a visual cue only ──
  await tk.keyboard.press('ArrowRight');
  await expect(tk.getByTestId('run-label')).toContainText('stille stap');
  await leaveAbout(driver, 1_000);
  await expect(sup.getByText('De stilte is om.')).toBeVisible({ timeout: 5_000 });
  await shoot(sup, '32-supervisor-silence-over');

  // ── the circle as a calm bar, dark, in English ──
  expect((await call(driver, 'settings.set', { circleDisplay: 'bar', theme: 'dark', language: 'en' })).ok).toBe(true);
  await tk.keyboard.press('ArrowRight');
  for (const page of [circle, tk, sup]) await page.reload();
  await expect(circle.getByTestId('circle-step')).toHaveText('Factual questions');
  await expect(circle.getByTestId('time-left')).toBeHidden();
  await expect(circle.locator('.countdown-bar')).toBeVisible();
  await expect(tk.getByTestId('time-toggle')).toContainText('Pause');
  await shoot(circle, '33-circle-bar-dark-en');
  await shoot(tk, '33-timekeeper-dark-en');
  await shoot(sup, '33-supervisor-dark-en');
  await leaveAbout(driver, 62_000);
  await expect(tk.locator('.countdown').first()).toHaveAttribute('data-zone', 'warning', { timeout: 5_000 });
  await shoot(tk, '34-timekeeper-dark-warning');
  await leaveAbout(driver, 1_000);
  await expect(tk.locator('.countdown').first()).toHaveAttribute('data-zone', 'timeup', { timeout: 5_000 });
  await shoot(tk, '35-timekeeper-dark-timeup');
  await shoot(circle, '35-circle-dark-timeup');

  expect(errors).toEqual([]);
  await context.close();
});
