/**
 * "Your data" as a supervisor meets it: Settings says where everything lives (the real data folder
 * of the running services), and the lock screen tells the truth about a forgotten passphrase.
 * The browser version cannot write backups through main's dialogs and says so plainly.
 * Photographed at 1024×768, 1366×768 and 1920×1080 into test-results/screens/.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { checkA11y, openWindow } from './ui-helpers.ts';

const PASSPHRASE = 'vier losse woorden voor de kring';
const SCREENS = resolve(import.meta.dirname, '../../test-results/screens');

async function shootAll(page: Page, name: string, scrollTo?: string) {
  await mkdir(SCREENS, { recursive: true });
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
    await page.waitForTimeout(60);
    await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}.png`) });
  }
}

test('Settings shows where the data lives; a forgotten passphrase is explained truthfully', async ({ app, page }) => {
  const errors = await openWindow(page, app.url('supervisor'));
  await expect(page.getByRole('heading', { name: 'Welkom bij Kring' })).toBeVisible();
  await page.getByText('Kring meenemen van een andere computer?').click();
  await expect(page.getByText(/kan in de desktop-app van Kring/)).toBeVisible();
  await page.getByTestId('passphrase').fill(PASSPHRASE);
  await page.getByTestId('passphrase-again').fill(PASSPHRASE);
  await page.getByTestId('understood').check();
  await page.getByTestId('create-vault').click();
  await expect(page.getByTestId('new-session')).toBeVisible({ timeout: 15_000 });

  await page.getByTestId('open-settings').click();
  const section = page.getByRole('region', { name: 'Je gegevens' });
  await expect(section).toBeVisible();
  await expect(section.getByTestId('data-dir')).toHaveText(app.dataDir);
  await expect(section).toContainText('versleuteld in de submap "vault"');
  await expect(section).toContainText('desktop-app');
  await shootAll(page, '21-supervisor-your-data', '[data-testid="data-dir"]');
  await checkA11y(page, 'your data');

  await page.getByTestId('header-language').selectOption('en');
  await expect(page.getByRole('region', { name: 'Your data' })).toContainText('Kring keeps everything on this computer only');
  await page.getByTestId('header-language').selectOption('nl-BE');

  await page.getByTestId('lock').click();
  await expect(page.getByRole('heading', { name: 'Kring is vergrendeld' })).toBeVisible();
  await expect(page.getByText('Een nieuwe installatie helpt niet')).toBeHidden();
  await page.getByText('Wachtwoord vergeten?').click();
  await expect(page.getByText(/Een nieuwe installatie helpt niet: die gebruikt dezelfde versleutelde kluis/)).toBeVisible();
  await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
  await expect(page.getByText(/nieuwe installatie.*opnieuw beginnen na/)).toHaveCount(0);
  await shootAll(page, '22-supervisor-locked-forgotten');
  await checkA11y(page, 'locked, forgotten passphrase');
  expect(errors).toEqual([]);
});
