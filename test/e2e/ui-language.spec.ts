/**
 * Kring's language, as a person notices it: one choice in the supervisor's header changes all
 * three windows at once, the plan's date and time fields included (in a browser whose own locale
 * is American English, so nothing comes from the browser: no AM/PM, month names in Kring's
 * language). nl-BE and nl-NL differ where a word is regional. Pictures of the plan, a case step
 * and the case summary in nl-BE, nl-NL and en at 1024×768, 1366×768 and 1920×1080.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { checkA11y, openWindow } from './ui-helpers.ts';
import { toFirstStep } from './setup.ts';
import { call, lastView, openWire } from './wire.ts';

const SCREENS = join(resolve(import.meta.dirname, '../..'), 'test-results/screens');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = ['nl-BE', 'nl-NL', 'en'] as const;

async function shoot3(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(60);
    await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(SIZES[1]);
  await checkA11y(page, name);
}

/** What each window must show in each language on the plan screen. */
const PLAN = {
  'nl-BE': { heading: 'Sessie voorbereiden', day: 'Dag', month: 'februari', summary: 'vrijdag 12 februari 2027 · 15:16', tk: 'Geen klok op dit moment', circleOpening: 'overlopen samen de afspraken' },
  'nl-NL': { heading: 'Sessie voorbereiden', day: 'Dag', month: 'februari', summary: 'vrijdag 12 februari 2027 · 15:16', tk: 'Geen klok op dit moment', circleOpening: 'nemen samen de afspraken door' },
  en: { heading: 'Plan the session', day: 'Day', month: 'February', summary: '12 February 2027 · 15:16', tk: 'No clock at the moment', circleOpening: 'go over the agreements together' },
} as const;

test('one language choice changes every window at once, date fields included', async ({ app, browser }) => {
  test.setTimeout(300_000);
  const driver = await browser.newPage();
  await openWire(driver, app.url('supervisor'));
  expect((await call(driver, 'vault.create', { passphrase: 'lange zin voor de talen' })).ok).toBe(true);
  expect((await call(driver, 'session.begin', { replace: false })).ok).toBe(true);
  for (const name of ['Anna', 'Bram', 'Chloë', 'Daan']) await call(driver, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name });

  // The browser's own locale is en-US with a 12-hour clock: Kring must not follow it.
  const context = await browser.newContext({ viewport: SIZES[1], locale: 'en-US', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const tk = await context.newPage();
  const circle = await context.newPage();
  const errors = [...(await openWindow(sup, app.url('supervisor'))), ...(await openWindow(tk, app.url('timekeeper'))), ...(await openWindow(circle, app.url('circle')))];
  // A running session is shown as it is, no start screen to click through.
  await expect(sup.getByRole('heading', { name: 'Sessie voorbereiden' })).toBeVisible();
  await expect(sup.getByTestId('header-language')).toHaveValue('nl-BE');

  // ── the date and time fields: a date that does not exist is said so, the rest is kept ──
  await sup.getByTestId('start-day').fill('31');
  await sup.getByTestId('start-month').selectOption('2');
  await sup.getByTestId('start-year').fill('2027');
  await expect(sup.getByTestId('start-invalid')).toContainText('bestaat niet');
  await expect(sup.getByTestId('start-day')).toHaveValue('31');
  await sup.getByTestId('start-day').fill('12');
  await sup.getByTestId('start-year').fill('2027');
  await sup.getByTestId('start-hour').fill('15');
  await sup.getByTestId('start-minute').fill('16');
  await sup.getByTestId('start-minute').press('Enter');
  await expect(sup.getByTestId('start-invalid')).toHaveCount(0);
  await expect(sup.getByTestId('start-summary')).toHaveText(PLAN['nl-BE'].summary);

  for (const lang of LANGS) {
    await sup.getByTestId('header-language').selectOption(lang);
    const want = PLAN[lang];
    // All three windows, without a reload.
    await expect(sup.getByRole('heading', { name: want.heading })).toBeVisible();
    await expect(tk.getByText(want.tk)).toBeVisible();
    await expect(sup.locator('html')).toHaveAttribute('lang', lang);
    await expect(tk.locator('html')).toHaveAttribute('lang', lang);
    await expect(circle.locator('html')).toHaveAttribute('lang', lang);
    // The date fields follow Kring's language, not the browser's.
    await expect(sup.getByLabel(want.day, { exact: true })).toHaveValue('12');
    await expect(sup.getByTestId('start-month').locator('option:checked')).toHaveText(want.month);
    await expect(sup.getByTestId('start-hour')).toHaveValue('15');
    await expect(sup.getByTestId('start-summary')).toContainText(want.summary);
    await expect(sup.getByTestId('start-summary')).not.toContainText(/[AP]M/);
    await shoot3(sup, `40-${lang}-plan`);
  }

  // ── opening: the circle display's regional wording, switched from the header ──
  // Today, so that the timings on the next screens read as in a real session.
  await call(driver, 'session.command', { type: 'SET_START', startsAt: Date.now() });
  await call(driver, 'session.command', { type: 'CONFIRM_PLAN' });
  for (const lang of LANGS) {
    await sup.getByTestId('header-language').selectOption(lang);
    await expect(circle.getByText(PLAN[lang].circleOpening)).toBeVisible();
  }

  // ── a case step ──
  await call(driver, 'session.command', { type: 'FINISH_OPENING' });
  await call(driver, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'De partner die antwoordt', presenterId: null, criteria: ['worried'] });
  await expect.poll(async () => (await lastView<{ proposals: { id: string }[] }>(driver))?.proposals.length).toBe(1);
  const proposal = (await lastView<{ proposals: { id: string }[] }>(driver))!.proposals[0]!.id;
  expect((await call(driver, 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposal, caseId: '' })).ok).toBe(true);
  await call(driver, 'session.command', { type: 'START' });
  const stepName = { 'nl-BE': 'Inbreng', 'nl-NL': 'Inbreng', en: /\S/ } as const;
  for (const lang of LANGS) {
    await sup.getByTestId('header-language').selectOption(lang);
    await expect(sup.getByTestId('step-name')).toHaveText(stepName[lang]);
    await expect(tk.getByTestId('run-label')).toHaveText(lang === 'en' ? /Running/ : /Loopt/);
    await shoot3(sup, `41-${lang}-case-step`);
  }
  await sup.getByTestId('header-language').selectOption('en');
  const enStep = await sup.getByTestId('step-name').innerText();
  expect(enStep).not.toBe('Inbreng');
  await expect(circle.getByTestId('circle-step')).toHaveText(enStep);

  // ── the case summary ──
  for (let i = 0; i < 6; i++) await call(driver, 'session.command', { type: 'NEXT' });
  for (const lang of LANGS) {
    await sup.getByTestId('header-language').selectOption(lang);
    await expect(sup.getByRole('heading', { name: lang === 'en' ? 'Case 1 finished' : 'Casus 1 afgerond' })).toBeVisible();
    await shoot3(sup, `42-${lang}-summary`);
  }

  // The settings screen offers the same three, and its choice reaches every window too.
  await sup.getByRole('button', { name: 'Settings' }).click();
  // A click, not check(): the radio shows the stored setting, which main confirms a moment later.
  await sup.getByRole('radio', { name: 'Dutch (Netherlands)' }).click();
  await expect(sup.getByRole('radio', { name: 'Nederlands (Nederland)' })).toBeChecked();
  await expect(sup.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await expect(tk.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await expect(circle.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await expect(sup.getByTestId('header-language')).toHaveValue('nl-NL');

  expect(errors).toEqual([]);
  await context.close();
});

test('a window opened in English shows English from its first word, and loads no Dutch', async ({ app, browser }) => {
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));
  expect((await call(driver, 'settings.set', { language: 'en' })).ok).toBe(true);

  for (const role of ['timekeeper', 'circle'] as const) {
    // A fresh context: nothing cached, no memory of an earlier language in this browser.
    const context = await browser.newContext({ viewport: SIZES[0], locale: 'nl-BE' });
    const page = await context.newPage();
    // Every text the page ever shows, from its first frame on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const words: string[] = [];
    page.on('request', (r) => words.push(r.url()));
    const errors = await openWindow(page, app.url(role));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    if (role === 'timekeeper') await expect(page.getByTestId('run-label')).toHaveText(/Running/);
    else await expect(page.getByText(/Step 1 of 6/)).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const dutch = seen.filter((text) => /\b(Loopt|Stap|Verbinden|Even geduld|Casus)\b/.test(text));
    expect(dutch, role).toEqual([]);
    // Its words came as one small chunk of English; no Dutch words were fetched.
    const chunks = words.filter((url) => /\/assets\/(nl-BE|nl-NL|en)-[\w-]+\.js$/.test(url));
    expect(chunks.map((url) => url.replace(/^.*\/assets\/(\w+(-\w\w)?)-.*$/, '$1'))).toEqual(['en']);
    expect(errors).toEqual([]);
    await context.close();
  }
});
