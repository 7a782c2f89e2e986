/**
 * The whole facilitation experience, as a new user would go through it, in Chromium over the
 * WebSocket transport against the real services: three pages are the three windows.
 * Every screen is checked with axe (no serious or critical violations) and photographed at
 * 1366×768 and 1920×1080 into test-results/screens/.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot, SIZES } from './ui-helpers.ts';

const PASSPHRASE = 'vier losse woorden voor de kring';
const PARTICIPANTS = ['Anna', 'Bram', 'Chloë', 'Daan', 'Eline', 'Fien', 'Gert', 'Hanne'];


test('a supervisor runs a whole session with a timekeeper and a circle display', async ({ app, browser }) => {
  test.setTimeout(420_000);
  const context = await browser.newContext({ viewport: SIZES[0], acceptDownloads: true, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const supErrors = await openWindow(sup, app.url('supervisor'));

  // ── the vault ──
  await expect(sup.getByRole('heading', { name: 'Welkom bij Kring' })).toBeVisible();
  await shoot(sup, '01-supervisor-vault-create');
  await sup.getByTestId('passphrase').fill(PASSPHRASE);
  await expect(sup.getByText(/Sterk|Heel sterk|Redelijk/)).toBeVisible();
  await sup.getByTestId('passphrase-again').fill(PASSPHRASE);
  await expect(sup.getByTestId('create-vault')).toBeDisabled();
  await sup.getByTestId('understood').check();
  await sup.getByTestId('create-vault').click();

  // ── start and plan ──
  await expect(sup.getByTestId('new-session')).toBeVisible({ timeout: 15_000 });
  await shoot(sup, '02-supervisor-start');
  await sup.getByTestId('new-session').click();
  await expect(sup.getByRole('heading', { name: 'Sessie voorbereiden' })).toBeVisible();
  for (const name of PARTICIPANTS) {
    await sup.getByTestId('new-participant').fill(name);
    await sup.getByTestId('new-participant').press('Enter');
    await expect(sup.locator('.participants input').last()).toHaveValue(name);
  }
  await expect(sup.locator('.participants li')).toHaveCount(8);
  await sup.getByTestId('second-facilitator').fill('Ilse');
  await sup.getByTestId('second-facilitator').press('Enter');
  await expect(sup.getByText('Tijdlijn')).toBeVisible();
  await shoot(sup, '03-supervisor-plan');
  await sup.getByTestId('confirm-plan').click();

  // ── the other two windows ──
  const tk = await context.newPage();
  const tkErrors = await openWindow(tk, app.url('timekeeper'));
  const circle = await context.newPage();
  const circleErrors = await openWindow(circle, app.url('circle'));
  await expect(circle.getByTestId('circle-step')).toHaveText('Welkom');
  await shoot(circle, '04-circle-opening');
  await shoot(tk, '04-timekeeper-opening');

  // ── opening: agreements one by one, a warm-up ──
  await expect(sup.getByRole('heading', { name: 'Opening', level: 1 })).toBeVisible();
  for (const id of ['confidential', 'everyone-heard', 'no-personal-questions', 'learn-together']) {
    await sup.getByTestId(`agreement-${id}`).click();
    await expect(sup.getByTestId(`agreement-${id}`)).toBeChecked();
  }
  await sup.getByTestId('start-warmup-grounding').click();
  await expect(sup.getByTestId('guide-step')).toContainText('Zoek een houding');
  await expect(tk.getByTestId('time-left')).toHaveText(/^[56]:\d\d$/);
  await shoot(sup, '05-supervisor-opening-warmup');
  await shoot(tk, '05-timekeeper-warmup');
  await shoot(circle, '05-circle-warmup');
  await sup.getByTestId('end-warmup').click();
  await sup.getByTestId('finish-opening').click();

  // ── choosing: three proposals, one chosen ──
  await expect(sup.getByTestId('no-names-reminder')).toContainText('cliënte A');
  const proposals = [
    { title: 'De partner die antwoordt', presenter: 'Anna', criteria: ['worried', 'difficult-contact'] },
    { title: 'Elke dag nieuwe vragen', presenter: 'Bram', criteria: ['uncomfortable'] },
    { title: 'Een moeder die alles afwijst', presenter: 'Chloë', criteria: ['difficult-contact'] },
  ];
  for (const p of proposals) {
    await sup.getByTestId('proposal-title').fill(p.title);
    await sup.getByTestId('proposal-presenter').selectOption({ label: p.presenter });
    for (const c of p.criteria) await sup.getByTestId(`criterion-${c}`).check();
    await sup.getByTestId('add-proposal').click();
    await expect(sup.getByTestId('proposal').filter({ hasText: p.title })).toBeVisible();
  }
  // The privacy helper flags a name that is not one of the circle's.
  await sup.getByTestId('proposal-title').fill('Mevrouw Janssens belde om 3 uur');
  await expect(sup.getByTestId('privacy-advice')).toBeVisible();
  await sup.getByTestId('proposal-title').fill('');
  await sup.locator('details.examples summary').click();
  await shoot(sup, '06-supervisor-choosing');
  await shoot(circle, '06-circle-choosing');
  await sup.getByRole('button', { name: `Deze casus kiezen: ${proposals[0]!.title}` }).click();

  // ── step 1: the timekeeper drives time ──
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await expect(circle.getByTestId('circle-rule')).toHaveText('Luisteren, nog geen vragen');
  await expect(tk.getByTestId('time-left')).toHaveText('5:00');
  await tk.keyboard.press('Space');
  await expect(tk.getByTestId('time-left')).toHaveText(/^4:5\d$/);
  await expect(sup.getByTestId('time-left')).toHaveText(/^4:5\d$/);
  await tk.getByTestId('time-toggle').click(); // pause
  await expect(sup.getByTestId('time-toggle')).toContainText('Hervat');
  await tk.keyboard.press('+'); // +1 minute while paused
  await expect(tk.getByTestId('time-left')).toHaveText(/^5:5\d$/);
  await expect(sup.getByTestId('time-left')).toHaveText(await tk.getByTestId('time-left').innerText());
  await sup.getByTestId('time-toggle').click(); // the supervisor resumes
  await expect(tk.getByTestId('time-toggle')).toContainText('Pauzeer');
  await sup.getByTestId('notes').fill('Cliënte A komt telkens met haar partner. Hij antwoordt in haar plaats.');
  await expect(sup.getByTestId('notes-status')).toContainText('Opgeslagen', { timeout: 5_000 });
  await shoot(sup, '07-supervisor-step1');
  await shoot(tk, '07-timekeeper-step1');
  await shoot(circle, '07-circle-step1');

  // ── step 2: the silent inventory ──
  await tk.keyboard.press('ArrowRight');
  await expect(sup.getByTestId('silent-inventory')).toBeVisible();
  await expect(circle.getByText('Behoeften')).toBeVisible();
  await expect(tk.getByTestId('run-label')).toContainText('stille stap');
  await shoot(sup, '08-supervisor-step2-silent');
  await shoot(tk, '08-timekeeper-step2');
  await shoot(circle, '08-circle-step2-words');

  // ── step 3, then back (an accidental next) and on again ──
  await tk.getByTestId('time-next').click();
  await expect(sup.getByTestId('step-name')).toHaveText('Informatieve vragen');
  await expect(tk.getByTestId('tk-where')).toContainText('Informatieve vragen');
  await tk.keyboard.press('ArrowLeft');
  await expect(sup.getByTestId('silent-inventory')).toBeVisible();
  await expect(tk.getByTestId('tk-where')).toContainText('Stille inventaris');
  await tk.keyboard.press('ArrowRight');
  await expect(sup.getByTestId('step-name')).toHaveText('Informatieve vragen');
  await expect(circle.getByTestId('circle-rule')).toHaveText('Alleen feitelijke vragen');
  await expect(tk.getByTestId('tk-where')).toContainText('Informatieve vragen');
  await sup.getByTestId('situation-question-is-advice').click();
  await expect(sup.getByText('Ik hoor een tip in die vraag')).toBeVisible();
  await shoot(sup, '09-supervisor-step3-situation');

  // ── step 4: tags from the timekeeper bring prompts forward ──
  await tk.keyboard.press('ArrowRight');
  await expect(sup.getByTestId('step-name')).toHaveText('Uitwisseling');
  await tk.getByTestId('tag-advice').click();
  await tk.locator('#obs-text').fill('tip over thuisbezoek');
  await tk.getByTestId('tag-advice').click();
  await expect(tk.getByTestId('tag-advice')).toContainText('2');
  await expect(sup.locator('[data-situation="drift-to-solutions"]')).toBeVisible({ timeout: 10_000 });
  await sup.getByTestId('notes').fill('Thema: machteloosheid, wie heeft hier de regie?');
  await sup.getByTestId('notes').blur();
  await expect(sup.getByTestId('notes-status')).toContainText('Opgeslagen');
  await shoot(sup, '10-supervisor-step4-prompts');
  await shoot(tk, '10-timekeeper-step4-tags');
  await shoot(circle, '10-circle-step4');

  // ── step 5 and 6, the summary ──
  await tk.keyboard.press('ArrowRight');
  await expect(sup.getByTestId('step-name')).toHaveText('Inbrenger terug');
  await expect(tk.getByTestId('tk-where')).toContainText('Inbrenger terug');
  await sup.getByTestId('notes').fill('Ze ziet nu hoe gespannen ze zelf wordt.');
  await tk.keyboard.press('ArrowRight');
  await expect(sup.getByTestId('step-name')).toHaveText('Samenvatting');
  await sup.getByTestId('summary-thread').fill('Wie spreekt er voor cliënte A, en wie luistert naar haar?');
  await sup.getByTestId('add-theme').click();
  await sup.getByRole('textbox', { name: 'Thema 1', exact: true }).fill('Regie en stem van de cliënte');
  await shoot(sup, '11-supervisor-step6-summary');
  await expect(tk.getByTestId('tk-where')).toContainText('Samenvatting');
  await tk.getByTestId('time-next').click(); // "Casus afronden"

  // ── case end: save, export, break ──
  await expect(sup.getByRole('heading', { name: /Casus 1 afgerond/ })).toBeVisible();
  await expect(sup.getByTestId('summary-thread')).toHaveValue(/Wie spreekt er/);
  await sup.getByTestId('summary-reflections').fill('Ze neemt mee dat ze zelf de vraag aan cliënte A kan stellen.');
  await sup.getByTestId('summary-save').click();
  await expect(sup.getByTestId('summary-status')).toContainText('Opgeslagen');
  await sup.getByTestId('export-button').click();
  await expect(sup.getByRole('dialog')).toContainText('niet versleuteld');
  await shoot(sup, '12-supervisor-export-warning');
  const downloadPromise = sup.waitForEvent('download');
  await sup.getByRole('button', { name: 'Ik begrijp het, exporteren' }).click();
  const download = await downloadPromise;
  const exported = await readFile((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  expect(exported).toContain('Wie spreekt er voor cliënte A');
  await shoot(sup, '13-supervisor-case-end');
  await shoot(circle, '13-circle-case-end');
  await sup.getByTestId('case-end-break').click();
  await expect(tk.getByTestId('tk-where')).toContainText('Pauze');
  await shoot(sup, '14-supervisor-break');
  await shoot(tk, '14-timekeeper-break');
  await shoot(circle, '14-circle-break');
  await sup.getByTestId('end-break').click();

  // ── a second case, quickly ──
  await sup.getByRole('button', { name: `Deze casus kiezen: ${proposals[1]!.title}` }).click();
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await expect(tk.getByTestId('time-left')).toHaveText('5:00');
  await tk.keyboard.press('Space');
  // Each press is aimed at the step the timekeeper sees; a press faster than the screen can follow would be stale.
  for (const name of ['Stille inventaris', 'Informatieve vragen', 'Uitwisseling', 'Inbrenger terug', 'Samenvatting']) {
    await tk.keyboard.press('ArrowRight');
    await expect(tk.getByTestId('tk-where')).toContainText(name);
  }
  await expect(sup.getByTestId('step-name')).toHaveText('Samenvatting');
  await tk.getByTestId('time-next').click();
  await expect(sup.getByRole('heading', { name: /Casus 2 afgerond/ })).toBeVisible();
  await sup.getByTestId('summary-thread').fill('Grenzen stellen zonder schuldgevoel.');
  await sup.getByTestId('summary-save').click();
  await expect(sup.getByTestId('summary-status')).toContainText('Opgeslagen');
  await sup.getByTestId('case-end-close').click();

  // ── closing ──
  await expect(sup.getByRole('heading', { name: 'Afsluiting', level: 1 })).toBeVisible();
  await expect(sup.getByText('Grenzen stellen zonder schuldgevoel.')).toBeVisible();
  await shoot(sup, '15-supervisor-closing');
  await shoot(circle, '15-circle-closing');
  await sup.getByTestId('finish-session').click();
  await expect(sup.getByRole('heading', { name: 'Sessie afgesloten' })).toBeVisible();
  await shoot(sup, '16-supervisor-closed');

  // ── history ──
  await sup.getByRole('button', { name: 'Geschiedenis' }).click();
  await expect(sup.getByTestId('history-entry')).toHaveCount(1);
  await sup.getByTestId('history-search').fill('partner');
  await expect(sup.getByTestId('history-entry')).toContainText('De partner die antwoordt');
  await shoot(sup, '17-supervisor-history');
  await sup.getByTestId('history-open').click();
  await expect(sup.getByTestId('history-archive')).toContainText('Wie spreekt er voor cliënte A');
  await shoot(sup, '18-supervisor-history-open');

  // ── settings, English, lock ──
  await sup.getByRole('button', { name: 'Instellingen' }).click();
  await shoot(sup, '19-supervisor-settings');
  await sup.getByTestId('header-language').selectOption('en');
  await expect(sup.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await sup.getByTestId('header-language').selectOption('nl-BE');
  await sup.getByTestId('lock').click();
  await expect(sup.getByRole('heading', { name: 'Kring is vergrendeld' })).toBeVisible();
  await sup.getByTestId('passphrase').fill('verkeerd wachtwoord');
  await sup.getByTestId('unlock').click();
  await expect(sup.getByTestId('vault-error')).toContainText('klopt niet');
  await shoot(sup, '20-supervisor-locked');

  expect(supErrors).toEqual([]);
  expect(tkErrors).toEqual([]);
  expect(circleErrors).toEqual([]);
  await context.close();
});
