/**
 * The second facilitator as a partner and the circle display as a calm room, through the real
 * pages: a nudge from the timekeeper shows on the supervisor's window at once and its
 * acknowledgement on the timekeeper's (latency measured); the circle display never receives a
 * nudge (raw frames); hide-time, bar-only, blackout and the rule card change the circle page and come
 * back; overtime there has no red field; the supervisor's time stays in view at 1024×768 in every step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openWindow, shoot } from './ui-helpers.ts';
import { openWindows, toFirstStep } from './setup.ts';
import { call, lastView, openWire, rawMessages } from './wire.ts';

type View = { move: number; proposals: { id: string }[]; current: { timer: { remainingMs: number; deadline: number | null } } | null };
const STEP_NAMES = ['Inbreng', 'Stille inventaris', 'Informatieve vragen', 'Uitwisseling', 'Inbrenger terug', 'Samenvatting'];


const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

test('a nudge reaches the supervisor at once, its acknowledgement the timekeeper, and never the circle display', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));
  const circleWire = await browser.newPage();
  await openWire(circleWire, app.url('circle'));

  const { context, pages: { supervisor: sup, timekeeper: tk }, errors } = await openWindows(browser, app, { width: 1024, height: 768 }, ['supervisor', 'timekeeper']);
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await expect(tk.getByTestId('nudge-panel')).toBeVisible();

  // A preset, by the timekeeper; the supervisor sees it and says "seen".
  await tk.getByTestId('nudge-preset-advice-creeping').click();
  await expect(sup.getByTestId('nudge-text')).toHaveText('Er sluipt advies in');
  await expect(tk.getByTestId('nudge-status')).toContainText('nog niet gezien');
  await shoot(sup, '50-supervisor-nudge');
  await shoot(tk, '50-timekeeper-nudge-sent');
  await sup.getByTestId('nudge-ack').click();
  await expect(sup.getByTestId('nudge')).toHaveCount(0);
  await expect(tk.getByTestId('nudge-status')).toContainText('Gezien om');
  await shoot(tk, '51-timekeeper-nudge-seen');

  // Keyboard on both sides: Tab to a preset on the timekeeper's window, "G" on the supervisor's.
  await tk.keyboard.press('n');
  await tk.keyboard.press('Enter');
  await expect(sup.getByTestId('nudge-text')).toHaveText('Nog 2 minuten');
  await sup.locator('body').click({ position: { x: 5, y: 700 } });
  await sup.keyboard.press('g');
  await expect(sup.getByTestId('nudge')).toHaveCount(0);

  // Latency: the timekeeper's click to the words in the supervisor's DOM, both pages on this machine's clock.
  await sup.evaluate(() => {
    const w = window as unknown as { __seen: { text: string; at: number }[] };
    w.__seen = [];
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="nudge-text"]');
      if (el && el.textContent && w.__seen.at(-1)?.text !== el.textContent) w.__seen.push({ text: el.textContent, at: performance.timeOrigin + performance.now() });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const latencies: number[] = [];
  for (let i = 1; i <= 25; i++) {
    const words = `signaal ${i}`;
    await tk.getByTestId('nudge-text').fill(words);
    const sentAt = await tk.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      (document.querySelector('[data-testid="nudge-send"]') as HTMLButtonElement).click();
      return at;
    });
    await expect(sup.getByTestId('nudge-text')).toHaveText(words);
    const seen = await sup.evaluate((w) => (window as unknown as { __seen: { text: string; at: number }[] }).__seen.find((s) => s.text === w)?.at ?? null, words);
    expect(seen).not.toBeNull();
    latencies.push(seen! - sentAt);
  }
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.info(`nudge latency, timekeeper click → supervisor DOM, ${latencies.length} nudges: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  // The goal is 100 ms; the median is asserted (a single slow frame on a busy CI machine is no failure), p99 is reported.
  expect(p50).toBeLessThan(100);

  // Too long a line is cut by the field (140 characters), never silently by main.
  await tk.getByTestId('nudge-text').fill('x'.repeat(200));
  await expect(tk.getByTestId('nudge-text')).toHaveValue('x'.repeat(140));

  // The circle display never received a nudge, nor its words.
  const frames = (await rawMessages(circleWire)).join('\n');
  expect(frames).not.toContain('"nudges"');
  expect(frames).not.toContain('signaal');
  expect(frames).not.toContain('advice-creeping');
  expect(errors).toEqual([]);
  await context.close();
});

test('the circle display in the facilitators’ hands: hide the time, bar only, blank screen, rule card — and gentle overtime', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));
  const { context, pages: { supervisor: sup, timekeeper: tk, circle } } = await openWindows(browser, app, { width: 1366, height: 768 }, ['supervisor', 'timekeeper', 'circle']);
  await expect(circle.getByTestId('time-left')).toBeVisible();

  // Hide the time (timekeeper): step and rule stay.
  await tk.getByTestId('display-time-hidden').click();
  await expect(circle.getByTestId('time-left')).toHaveCount(0);
  await expect(circle.getByTestId('circle-rule')).toBeVisible();
  await shoot(circle, '52-circle-time-hidden');
  // Bar only (supervisor).
  await sup.getByTestId('display-time-bar').click();
  await expect(circle.locator('.countdown-bar')).toBeVisible();
  await expect(circle.getByTestId('time-left')).toBeHidden();
  await sup.getByTestId('display-time-digits').click();
  await expect(circle.getByTestId('time-left')).toBeVisible();

  // Blank screen with "B" on the supervisor's window, back with "B" on the timekeeper's.
  await sup.locator('body').click({ position: { x: 5, y: 5 } });
  await sup.keyboard.press('b');
  await expect(circle.getByTestId('circle-blackout')).toBeVisible();
  await expect(circle.getByTestId('circle-step')).toHaveCount(0);
  await shoot(circle, '53-circle-blank', { a11y: false });
  await shoot(sup, '53-supervisor-circle-blank');
  await tk.locator('body').click({ position: { x: 5, y: 5 } });
  await tk.keyboard.press('b');
  await expect(circle.getByTestId('circle-step')).toHaveText('Inbreng');

  // The rule card: "R", full screen, back on "R".
  await tk.keyboard.press('r');
  await expect(circle.getByTestId('circle-rule-card')).toBeVisible();
  await expect(circle.getByTestId('circle-rule-card')).toContainText('Wat nu niet');
  await shoot(circle, '54-circle-rule-card');
  await tk.keyboard.press('r');
  await expect(circle.getByTestId('circle-rule-card')).toHaveCount(0);
  // …and by itself after 20 seconds.
  await sup.getByTestId('display-rule-card').click();
  await expect(circle.getByTestId('circle-rule-card')).toBeVisible();
  await expect(circle.getByTestId('circle-rule-card')).toHaveCount(0, { timeout: 25_000 });

  // A PageDown from a clicker changes nothing.
  const before = (await lastView<View>(driver))!.move;
  await tk.keyboard.press('PageDown');
  await tk.keyboard.press('PageUp');
  await new Promise((r) => setTimeout(r, 300));
  expect((await lastView<View>(driver))!.move).toBe(before);

  // Overtime: the timekeeper keeps the strong signal, the circle display stays calm.
  const left = (await lastView<View>(driver))!.current!.timer;
  const leftMs = left.deadline === null ? left.remainingMs : left.deadline - Date.now();
  expect((await call(driver, 'session.command', { type: 'SHORTEN', ms: Math.round(leftMs - 1_500) })).ok).toBe(true);
  await expect(circle.locator('.countdown')).toHaveAttribute('data-zone', 'timeup', { timeout: 6_000 });
  await expect(tk.locator('.countdown').first()).toHaveAttribute('data-zone', 'timeup');
  const background = await circle.locator('.countdown').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgba(0, 0, 0, 0)');
  await expect(circle.locator('main')).not.toContainText('TIJD IS OM');
  await expect(circle.locator('main')).not.toContainText('De tijd is om');
  await expect(circle.getByTestId('time-left')).toHaveText(/^\+0:0\d$/);
  await shoot(circle, '55-circle-overtime-quiet');
  await shoot(tk, '55-timekeeper-overtime');
  // "Nothing" in overtime: the count goes.
  await tk.getByTestId('display-overtime-none').click();
  await expect(circle.locator('.circle-clock')).toHaveClass(/gone/);
  await context.close();
});

test('the supervisor sees the time in every step at 1024×768, and the break says when we continue', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const driver = await browser.newPage();
  await toFirstStep(driver, app.url('supervisor'));
  const { context, pages: { supervisor: sup, timekeeper: tk, circle } } = await openWindows(browser, app, { width: 1024, height: 768 }, ['supervisor', 'timekeeper', 'circle']);
  for (const [i, name] of STEP_NAMES.entries()) {
    await expect(sup.getByTestId('step-name')).toHaveText(name);
    // Scrolled to the very bottom, as while typing a long note: the time is still in the viewport.
    await sup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await sup.getByTestId('header-time-left').boundingBox();
    expect(box, `time in view in step ${i + 1}`).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    if (i === 3) await shoot(sup, '56-supervisor-step4-scrolled', { a11y: false });
    if (i < STEP_NAMES.length - 1) {
      await tk.getByTestId('time-next').click();
      await expect(tk.getByTestId('tk-where')).toContainText(STEP_NAMES[i + 1]!);
    }
  }
  // The timekeeper shows the time of day and the projected end.
  await expect(tk.getByTestId('wall-clock')).toContainText(/Nu \d{1,2}:\d\d/);
  // A break: the circle display says when we continue.
  await tk.getByTestId('time-next').click();
  await expect(sup.getByRole('heading', { name: /Casus 1 afgerond/ })).toBeVisible();
  await sup.getByTestId('case-end-break').click();
  await expect(circle.getByTestId('circle-step')).toHaveText('Pauze');
  await expect(circle.locator('main')).toContainText(/We gaan verder om \d{1,2}:\d\d\./);
  await shoot(circle, '57-circle-break-resume-at');
  await context.close();
});

test('practice: a whole case on a fast clock in both windows, marked everywhere, and nothing stored', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const records = async () => (await readdir(join(app.dataDir, 'vault', 'records')).catch(() => [] as string[])).sort();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const sup = await context.newPage();
  await openWindow(sup, app.url('supervisor'));
  await sup.getByTestId('passphrase').fill('lange zin voor de oefening');
  await sup.getByTestId('passphrase-again').fill('lange zin voor de oefening');
  await sup.getByTestId('understood').check();
  await sup.getByTestId('create-vault').click();
  await expect(sup.getByTestId('start-practice')).toBeVisible({ timeout: 15_000 });
  await shoot(sup, '58-supervisor-start-with-practice');
  await new Promise((r) => setTimeout(r, 500));
  const before = await records();

  await sup.getByTestId('start-practice').click();
  await expect(sup.getByTestId('practice-banner')).toBeVisible();
  const tk = await context.newPage();
  const circle = await context.newPage();
  await openWindow(tk, app.url('timekeeper'));
  await openWindow(circle, app.url('circle'));
  await expect(tk.getByTestId('practice-banner')).toBeVisible();
  await expect(circle.getByTestId('practice-banner')).toBeVisible();
  await sup.getByTestId('choose-proposal').click();
  await expect(sup.getByTestId('step-name')).toHaveText('Inbreng');
  await tk.getByTestId('time-toggle').click();
  await sup.getByTestId('notes').fill('Een oefennotitie: cliënte A.');
  await expect(sup.getByTestId('notes-status')).toContainText('Opgeslagen', { timeout: 5_000 });
  // Three real seconds are half a minute of practice.
  await new Promise((r) => setTimeout(r, 3_000));
  const [m, s] = (await tk.getByTestId('time-left').innerText()).split(':').map(Number);
  expect(m! * 60 + s!).toBeLessThanOrEqual(5 * 60 - 25);
  await shoot(sup, '59-supervisor-practice');
  await shoot(tk, '59-timekeeper-practice');
  await shoot(circle, '59-circle-practice');

  await sup.getByTestId('stop-practice').click();
  await expect(sup.getByTestId('new-session')).toBeVisible();
  await new Promise((r) => setTimeout(r, 500));
  expect(await records()).toEqual(before);
  await context.close();
});
