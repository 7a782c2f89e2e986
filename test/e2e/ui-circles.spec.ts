/**
 * A circle that meets again, in Chromium against the real services: a circle is made, a session
 * with it runs (a request voiced in step 6), and the second session starts filled in, offers last
 * time's request in the opening and shows the rotation when choosing — while the circle display's
 * raw WebSocket frames never carry a name, the request or the rotation.
 * And the debriefing, the second method, runs end to end on three pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot, SIZES } from './ui-helpers.ts';

const PASSPHRASE = 'vier losse woorden voor de kring';
const PEOPLE = ['Anna Verhulst', 'Bram Claes', 'Chloë Peeters', 'Dries Maes'];
const REQUEST = 'Volgende keer kort terugkomen op de overdracht';

async function createVault(sup: Page) {
  await sup.getByTestId('passphrase').fill(PASSPHRASE);
  await sup.getByTestId('passphrase-again').fill(PASSPHRASE);
  await sup.getByTestId('understood').check();
  await sup.getByTestId('create-vault').click();
  await expect(sup.getByTestId('new-session')).toBeVisible({ timeout: 15_000 });
}

/** Every frame the page receives over its WebSocket, as text. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  return frames;
}

/** From choosing: one proposal by `presenter`, through all six steps (a request in step 6), to the end of the session. */
async function runCase(sup: Page, presenter: string, request: string | null) {
  await sup.getByTestId('proposal-title').fill('Een zware nacht');
  await sup.getByTestId('proposal-presenter').selectOption({ label: presenter });
  await sup.getByTestId('add-proposal').click();
  await sup.getByRole('button', { name: 'Deze casus kiezen: Een zware nacht' }).click();
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await sup.getByTestId('time-toggle').click();
  for (const name of ['Stille inventaris', 'Informatieve vragen', 'Uitwisseling', 'Inbrenger terug', 'Samenvatting']) {
    await sup.getByTestId('time-next').click();
    await expect(sup.getByTestId('step-name')).toHaveText(name);
  }
  if (request) {
    await sup.getByRole('button', { name: 'Verzoek toevoegen' }).click();
    await sup.getByRole('textbox', { name: 'Van', exact: true }).fill(presenter);
    await sup.getByRole('textbox', { name: 'Aan', exact: true }).fill('de groep');
    await sup.getByRole('textbox', { name: 'Verzoek', exact: true }).fill(request);
    await shoot(sup, 'c04-supervisor-step6-request');
  }
  await sup.getByTestId('time-next').click();
  await expect(sup.getByRole('heading', { name: /Casus 1 afgerond/ })).toBeVisible();
  await sup.getByTestId('summary-save').click();
  await expect(sup.getByTestId('summary-status')).toContainText('Opgeslagen');
  await sup.getByTestId('case-end-close').click();
  await sup.getByTestId('finish-session').click();
  await expect(sup.getByRole('heading', { name: 'Sessie afgesloten' })).toBeVisible();
}

test('a second session of the same circle starts filled in, with last time\'s requests and the rotation for the supervisor only', async ({ app, browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const supErrors = await openWindow(sup, app.url('supervisor'));
  await createVault(sup);

  // ── a new circle ──
  await expect(sup.getByTestId('circles-start')).toContainText('Nog geen kringen');
  await sup.getByTestId('manage-circles').click();
  await sup.getByTestId('new-circle').click();
  await sup.getByTestId('circle-name').fill('Kring Oostkust');
  await sup.getByTestId('circle-people').fill(PEOPLE.join('\n'));
  await sup.getByTestId('circle-supervisor').fill('Sofie');
  await sup.getByTestId('circle-second').fill('Tom');
  await sup.getByTestId('circle-agreements').fill('We starten stipt om negen');
  await sup.getByTestId('circle-min-uitwisseling').fill('12');
  await shoot(sup, 'c01-supervisor-circle-form');
  await sup.getByTestId('save-circle').click();
  await expect(sup.getByText('Anna Verhulst, Bram Claes, Chloë Peeters, Dries Maes')).toBeVisible();
  await shoot(sup, 'c02-supervisor-circles');
  await sup.getByRole('button', { name: 'Sluiten' }).click();

  // ── first session with the circle ──
  await sup.getByTestId('begin-circle-Kring Oostkust').click();
  await expect(sup.getByRole('heading', { name: 'Sessie voorbereiden' })).toBeVisible();
  await expect(sup.locator('.participants li')).toHaveCount(4);
  await expect(sup.getByTestId('circle-tag')).toHaveText('Een sessie van Kring Oostkust');
  await expect(sup.getByTestId('own-minutes')).toBeVisible();
  await shoot(sup, 'c03-supervisor-plan-from-circle');
  await sup.getByTestId('confirm-plan').click();

  const circle = await context.newPage();
  const circleFrames = recordFrames(circle);
  const circleErrors = await openWindow(circle, app.url('circle'));
  await expect(circle.getByTestId('circle-step')).toHaveText('Welkom');

  await expect(sup.getByTestId('own-agreements')).toContainText('We starten stipt om negen');
  await expect(sup.getByTestId('requests-before')).toContainText('Geen open verzoeken');
  await sup.getByTestId('finish-opening').click();
  await expect(sup.getByTestId('rotation-hint')).toContainText('Nog geen eerdere sessies');
  await runCase(sup, 'Anna Verhulst', REQUEST);

  // ── a month later: the second session of the same circle ──
  await sup.locator('.brand-button').click();
  await sup.getByTestId('begin-circle-Kring Oostkust').click();
  await expect(sup.getByRole('heading', { name: 'Sessie voorbereiden' })).toBeVisible();
  await expect(sup.locator('.participants li')).toHaveCount(4);
  for (const [i, name] of PEOPLE.entries()) await expect(sup.locator('.participants input').nth(i)).toHaveValue(name);
  await expect(sup.getByTestId('second-facilitator')).toHaveValue('Tom');
  await sup.getByTestId('confirm-plan').click();

  const requests = sup.getByTestId('requests-before');
  await expect(requests).toContainText('Vorige keer gevraagd');
  await expect(requests).toContainText(`Anna Verhulst aan de groep: ${REQUEST}`);
  await shoot(sup, 'c05-supervisor-opening-requests');
  await requests.getByTestId('request-done').click();
  await expect(requests).toContainText('Gedaan.');
  await sup.getByTestId('finish-opening').click();

  const hint = sup.getByTestId('rotation-hint');
  await expect(hint).toContainText('Niet in de vorige sessie: Bram Claes, Chloë Peeters, Dries Maes');
  await expect(hint).toContainText('Anna Verhulst: 1 casus, vorige keer');
  await shoot(sup, 'c06-supervisor-choosing-rotation');
  await expect(circle.getByTestId('circle-step')).toBeVisible();
  await shoot(circle, 'c06-circle-choosing');

  // The circle display never received a name, the request or the rotation.
  expect(circleFrames.length).toBeGreaterThan(3);
  const all = circleFrames.join('\n');
  for (const secret of [...PEOPLE, 'Verhulst', REQUEST, 'Kring Oostkust', 'Niet in de vorige', 'rotation', 'sessionsSince', 'Sofie', 'Tom"']) expect(all, secret).not.toContain(secret);
  expect(supErrors).toEqual([]);
  expect(circleErrors).toEqual([]);
  await context.close();
});

test('a debriefing runs end to end on three pages: five steps, their rules, "Stap n van 5"', async ({ app, browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  const supErrors = await openWindow(sup, app.url('supervisor'));
  await createVault(sup);
  await sup.getByTestId('new-session').click();
  await expect(sup.getByRole('heading', { name: 'Sessie voorbereiden' })).toBeVisible();
  await sup.getByTestId('new-participant').fill('Anna');
  await sup.getByTestId('new-participant').press('Enter');
  await expect(sup.locator('.participants input').last()).toHaveValue('Anna');
  // A click asks main for a session of this method; the radio follows the pushed view.
  await sup.getByTestId('method-debriefing').click();
  await expect(sup.getByTestId('method-debriefing')).toBeChecked();
  // the plan typed so far stays
  await expect(sup.locator('.participants input').last()).toHaveValue('Anna');
  await expect(sup.getByText('5 · 10 · 20 · 15 · 25')).toBeVisible();
  await shoot(sup, 'd01-supervisor-plan-debriefing');
  await sup.getByTestId('confirm-plan').click();

  const tk = await context.newPage();
  const tkErrors = await openWindow(tk, app.url('timekeeper'));
  const circle = await context.newPage();
  const circleErrors = await openWindow(circle, app.url('circle'));
  await sup.getByTestId('finish-opening').click();
  await sup.getByTestId('proposal-title').fill('Scenario: de nachtdienst');
  await sup.getByTestId('add-proposal').click();
  await sup.getByRole('button', { name: 'Deze casus kiezen: Scenario: de nachtdienst' }).click();

  const steps = [
    ['Inchecken', 'Hoe zit je erbij? Elk gevoel mag er zijn', '5:00'],
    ['Observatie', 'Wat gebeurde er? Alleen de feiten', '10:00'],
    ['Gevoel', 'Spreek vanuit jezelf: ik voel …', '20:00'],
    ['Behoeften', 'Wat vond je belangrijk? Welke behoefte?', '15:00'],
    ['Praktijk', 'Wat neem ik mee naar mijn praktijk?', '25:00'],
  ] as const;
  for (const [i, [name, rule, time]] of steps.entries()) {
    if (i > 0) await tk.keyboard.press('ArrowRight');
    await expect(sup.getByTestId('step-name')).toHaveText(name);
    await expect(tk.getByTestId('tk-where')).toContainText(`Stap ${i + 1} van 5`);
    await expect(circle.getByTestId('circle-step')).toHaveText(name);
    await expect(circle.getByTestId('circle-rule')).toHaveText(rule);
    await expect(circle.getByText(`Stap ${i + 1} van 5`)).toBeVisible();
    if (i === 0) {
      await expect(tk.getByTestId('time-left')).toHaveText(time);
      await tk.keyboard.press('Space');
    } else {
      await expect(tk.getByTestId('time-left')).toHaveText(new RegExp(`^${Number(time.split(':')[0]) - 1}:5\\d$|^${time}$`));
    }
    if (i === 2) {
      await shoot(sup, 'd02-supervisor-gevoel');
      await shoot(tk, 'd02-timekeeper-gevoel');
      await shoot(circle, 'd02-circle-gevoel');
    }
  }
  await tk.getByTestId('time-next').click();
  await expect(sup.getByRole('heading', { name: /Casus 1 afgerond/ })).toBeVisible();
  await sup.getByTestId('case-end-close').click();
  await sup.getByTestId('finish-session').click();
  await expect(sup.getByRole('heading', { name: 'Sessie afgesloten' })).toBeVisible();
  expect([...supErrors, ...tkErrors, ...circleErrors]).toEqual([]);
  await context.close();
});
