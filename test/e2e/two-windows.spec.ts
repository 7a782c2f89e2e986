/**
 * Two facilitators on two windows acting in the same moment: the supervisor and the timekeeper
 * press "Volgende stap" at the same instant and the session moves exactly one step (the circle
 * display shows it); a double click moves one step; a reload in the middle of a case shows the
 * case; a proposal can be edited in place. The windows are the real pages against the real services.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot } from './ui-helpers.ts';
import { openWindows, toFirstStep } from './setup.ts';
import { call, lastView, openWire } from './wire.ts';

type View = { move: number; phase: string; current: { stepId: string | null } | null; proposals: { id: string; title: string }[] };

const STEP_NAMES = ['Inbreng', 'Stille inventaris', 'Informatieve vragen', 'Uitwisseling', 'Inbrenger terug', 'Samenvatting'];


/** Both pages click their "Volgende stap" at the same wall-clock instant (they share this machine's clock). */
async function pressTogether(pages: Page[]) {
  const at = Date.now() + 400;
  await Promise.all(
    pages.map((page) =>
      page.evaluate((when) => {
        setTimeout(() => (document.querySelector('[data-testid="time-next"]') as HTMLButtonElement).click(), when - Date.now());
      }, at),
    ),
  );
  await new Promise((r) => setTimeout(r, 450));
}

test('supervisor and timekeeper press "Volgende stap" in the same moment: one step, everywhere', async ({ app, browser }) => {
  test.setTimeout(120_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));

  const { context, pages: { supervisor: sup, timekeeper: tk, circle }, errors } = await openWindows(browser, app, { width: 1024, height: 768 }, ['supervisor', 'timekeeper', 'circle']);
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await expect(circle.getByTestId('circle-step')).toHaveText(/Inbreng/);

  for (let step = 1; step <= 3; step++) {
    // the notices of the round before have gone by themselves
    for (const page of [sup, tk]) await expect(page.getByTestId('brief-notice')).toHaveCount(0, { timeout: 8_000 });
    await expect(tk.getByTestId('time-next')).toBeEnabled();
    await expect(sup.getByTestId('time-next')).toBeEnabled();
    const before = (await lastView<View>(driver))!.move;
    await pressTogether([sup, tk]);
    // exactly one step further, in every window, and it stays there
    await expect(sup.getByTestId('step-name')).toHaveText(STEP_NAMES[step]!);
    await expect(circle.getByTestId('circle-step')).toHaveText(new RegExp(STEP_NAMES[step]!));
    await expect(tk.getByTestId('tk-where')).toContainText(STEP_NAMES[step]!);
    await expect.poll(async () => (await lastView<View>(driver))!.move).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await lastView<View>(driver))!.current?.stepId).toBe(['inbreng', 'stille-inventaris', 'vragen', 'uitwisseling'][step]);
    // the slower window is told, calmly and briefly, that it had already happened
    const told = (await sup.getByTestId('brief-notice').count()) + (await tk.getByTestId('brief-notice').count());
    expect(told).toBe(1);
    if (step === 1) {
      const slower = (await sup.getByTestId('brief-notice').count()) > 0 ? sup : tk;
      await expect(slower.getByTestId('brief-notice')).toContainText('Dat is al gebeurd');
      await shoot(slower, `40-${slower === sup ? 'supervisor' : 'timekeeper'}-already-happened`, { a11y: false });
      // …and the notice goes away by itself
      await expect(slower.getByTestId('brief-notice')).toHaveCount(0, { timeout: 8_000 });
    }
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('a double click on "Volgende stap" moves one step; a reload in the middle of a case shows the case', async ({ app, browser }) => {
  test.setTimeout(120_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));
  const { context, pages: { supervisor: sup, timekeeper: tk } } = await openWindows(browser, app, { width: 1024, height: 768 }, ['supervisor', 'timekeeper']);
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');

  await sup.getByTestId('time-next').dblclick();
  await expect(sup.getByTestId('step-name')).toHaveText('Stille inventaris');
  await new Promise((r) => setTimeout(r, 500));
  expect((await lastView<View>(driver))!.current?.stepId).toBe('stille-inventaris');

  await tk.getByTestId('time-next').dblclick();
  await expect(tk.getByTestId('tk-where')).toContainText('Informatieve vragen');
  await new Promise((r) => setTimeout(r, 500));
  expect((await lastView<View>(driver))!.current?.stepId).toBe('vragen');

  // Reload the supervisor window mid-case: the case, the step and the running time, not the start screen.
  await sup.reload();
  await expect(sup.getByTestId('step-name')).toHaveText('Informatieve vragen');
  await expect(sup.locator('.time-card .countdown')).toHaveAttribute('data-run', 'running');
  await expect(sup.getByTestId('resume-session')).toHaveCount(0);
  await shoot(sup, '41-supervisor-after-reload', { a11y: false });
  // The same for the timekeeper.
  await tk.reload();
  await expect(tk.getByTestId('tk-where')).toContainText('Informatieve vragen');
  await context.close();
});

test('a proposal is edited in place: title, presenter and fit, each on its own', async ({ app, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const driver = await browser.newPage();
  await openWire(driver, app.url('supervisor'));
  expect((await call(driver, 'vault.create', { passphrase: 'lange zin voor twee vensters' })).ok).toBe(true);
  expect((await call(driver, 'session.begin', { replace: false })).ok).toBe(true);
  for (const name of ['Anna', 'Bram']) await call(driver, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name });
  await call(driver, 'session.command', { type: 'CONFIRM_PLAN' });
  await call(driver, 'session.command', { type: 'FINISH_OPENING' });
  await call(driver, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Een lastige consultatie', presenterId: null, criteria: [] });
  await openWindow(page, app.url('supervisor'));
  await expect(page.getByTestId('proposal')).toHaveCount(1);

  await page.getByTestId('edit-proposal').click();
  await page.getByTestId('edit-proposal-presenter').selectOption({ label: 'Bram' });
  await page.getByTestId('edit-proposal-title').fill('Een consultatie die bleef nazinderen');
  await shoot(page, '42-supervisor-edit-proposal');
  await page.getByTestId('save-proposal').click();
  await expect(page.getByTestId('proposal')).toContainText('Een consultatie die bleef nazinderen');
  await expect(page.getByTestId('proposal')).toContainText('Bram');

  // An empty title is refused with a reason, and the words stay in the field.
  await page.getByTestId('edit-proposal').click();
  await page.getByTestId('edit-proposal-title').fill('   ');
  await page.getByTestId('save-proposal').click();
  await expect(page.getByRole('alert').filter({ hasText: 'korte titel' })).toBeVisible();
  await expect(page.getByTestId('proposal-editor')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('proposal')).toContainText('Een consultatie die bleef nazinderen');
});
