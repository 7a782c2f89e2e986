/**
 * The kringkaart prints: an A4 page with the method's steps, minutes, who speaks, the rule per
 * step, the feelings and needs words and a blank timekeeper sheet — and nothing confidential,
 * even while a session with names and a case title is running. Chromium's own PDF of the page
 * (page.pdf) is kept, and turned into PNGs with pdftoppm where it is installed, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot, SIZES } from './ui-helpers.ts';

const OUT = resolve(import.meta.dirname, '../../test-results/screens');
const PASSPHRASE = 'vier losse woorden voor de kring';

test('the kringkaart is a print-ready A4 with the steps, the words and a blank timekeeper sheet, and no names', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const errors = await openWindow(sup, app.url('supervisor'));
  await sup.getByTestId('passphrase').fill(PASSPHRASE);
  await sup.getByTestId('passphrase-again').fill(PASSPHRASE);
  await sup.getByTestId('understood').check();
  await sup.getByTestId('create-vault').click();
  await sup.getByTestId('new-session').click();
  await sup.getByTestId('new-participant').fill('Wilhelmina Oosterhout');
  await sup.getByTestId('new-participant').press('Enter');
  await expect(sup.locator('.participants input').last()).toHaveValue('Wilhelmina Oosterhout');
  await sup.locator('.brand-button').click();

  await sup.getByTestId('open-kaart').click();
  const kaart = sup.getByTestId('kringkaart');
  await expect(kaart).toContainText('Intervisie in zes stappen');
  await expect(kaart).toContainText('Eén casus: 45 minuten');
  for (const text of ['1. Inbreng', '6. Samenvatting', 'Luisteren, nog geen vragen', 'Alleen de inbrenger.', 'Aangename gevoelens', 'verbondenheid', 'Blad voor de tijdbewaker', 'Casus 2']) {
    await expect(kaart).toContainText(text);
  }
  await expect(kaart).not.toContainText('Wilhelmina');
  await shoot(sup, 'k01-supervisor-kringkaart');

  await sup.emulateMedia({ media: 'print' });
  await expect(sup.locator('.sv-header')).toBeHidden();
  await mkdir(OUT, { recursive: true });
  const pdf = await sup.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pdfPath = join(OUT, 'k02-kringkaart.pdf');
  await writeFile(pdfPath, pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Two A4 pages: the card and the timekeeper's sheet.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(OUT, 'k02-kringkaart-page')]);
  } catch {
    console.log('pdftoppm not installed: the PDF is in test-results/screens, no PNG of it made');
  }

  // The debriefing's card, as chosen on the page.
  await sup.emulateMedia({ media: 'screen' });
  await sup.getByRole('radio', { name: 'Debriefing na een scenario-oefening' }).check();
  await expect(kaart).toContainText('Eén casus: 75 minuten');
  await expect(kaart).toContainText('Wat neem ik mee naar mijn praktijk?');
  await shoot(sup, 'k03-supervisor-kringkaart-debriefing');
  expect(errors).toEqual([]);
  await context.close();
});
