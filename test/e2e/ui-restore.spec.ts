/**
 * Through the windows, as people use them: the timekeeper drives time and the supervisor sees it;
 * notes typed in step 4 survive the services being killed (a crash, a power cut); after a restart
 * both windows are back in step 4 with the right time, and after unlocking every saved word is there.
 */
import { expect, test } from './fixtures.ts';

const PASSPHRASE = 'vier losse woorden voor de kring';
const NOTE = 'Thema: machteloosheid. De groep zoekt snel oplossingen; wie draagt hier de zorg voor cliënte A?';

test('notes typed in step 4 survive a kill, and both windows come back to step 4', async ({ app, context }) => {
  test.setTimeout(180_000);
  const sup = await context.newPage();
  await sup.goto(app.url('supervisor'));
  await sup.getByTestId('passphrase').fill(PASSPHRASE);
  await sup.getByTestId('passphrase-again').fill(PASSPHRASE);
  await sup.getByTestId('understood').check();
  await sup.getByTestId('create-vault').click();
  await sup.getByTestId('new-session').click();
  for (const name of ['Anna', 'Bram', 'Chloë']) {
    await sup.getByTestId('new-participant').fill(name);
    await sup.getByTestId('new-participant').press('Enter');
  }
  await expect(sup.locator('.participants li')).toHaveCount(3);
  await sup.getByTestId('confirm-plan').click();
  await sup.getByTestId('finish-opening').click();
  await sup.getByTestId('proposal-title').fill('Een moeder die alles afwijst');
  await sup.getByTestId('add-proposal').click();
  await sup.getByRole('button', { name: 'Deze casus kiezen: Een moeder die alles afwijst' }).click();

  const tk = await context.newPage();
  await tk.goto(app.url('timekeeper'));
  await expect(tk.getByTestId('time-left')).toHaveText('5:00');
  await tk.getByTestId('time-toggle').click(); // start
  await tk.getByTestId('time-next').click();
  // The silent inventory keeps nothing by default; keeping your own words is an explicit choice.
  await expect(sup.getByTestId('silent-inventory')).toBeVisible();
  await expect(sup.getByTestId('notes')).toHaveCount(0);
  await sup.getByTestId('keep-own-words').locator('summary').click();
  await expect(sup.getByTestId('notes')).toBeVisible();
  for (const name of ['Informatieve vragen', 'Uitwisseling']) {
    await tk.getByTestId('time-next').click();
    await expect(tk.getByTestId('tk-where')).toContainText(name);
  }
  await expect(sup.getByTestId('step-name')).toHaveText('Uitwisseling');
  await expect(tk.getByTestId('time-left')).toHaveText(/^1[45]:\d\d$/);

  await sup.getByTestId('notes').fill(NOTE);
  await expect(sup.getByTestId('notes-status')).toContainText('Opgeslagen', { timeout: 5_000 });
  const shownBefore = await tk.getByTestId('time-left').innerText();

  await app.kill();
  await app.start();

  // Both windows reconnect by themselves: still step 4, time still running down from where it was.
  await expect(tk.getByTestId('time-left')).toHaveText(/^1[45]:\d\d$/, { timeout: 20_000 });
  const [m, s] = shownBefore.split(':').map(Number);
  const [m2, s2] = (await tk.getByTestId('time-left').innerText()).split(':').map(Number);
  const drift = m! * 60 + s! - (m2! * 60 + s2!);
  expect(drift).toBeGreaterThanOrEqual(0);
  expect(drift).toBeLessThan(30);

  // The supervisor's window is locked after a restart: names and notes come back only after unlocking.
  await expect(sup.getByTestId('unlock')).toBeVisible({ timeout: 20_000 });
  await sup.getByTestId('passphrase').fill('niet het wachtwoord');
  await sup.getByTestId('unlock').click();
  await expect(sup.getByTestId('vault-error')).toContainText('klopt niet');
  await sup.getByTestId('passphrase').fill(PASSPHRASE);
  await sup.getByTestId('unlock').click();
  await expect(sup.getByTestId('step-name')).toHaveText('Uitwisseling', { timeout: 15_000 });
  await expect(sup.getByTestId('notes')).toHaveValue(NOTE);
  // The case title, kept only in the vault, is back too.
  await expect(sup.getByText('Een moeder die alles afwijst').first()).toBeVisible();
});
