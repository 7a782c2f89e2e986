/**
 * "Scherm testen" on the circle display: the sizes the group will read, − and + scale all of the
 * display's text through one variable, and the choice is remembered for this display after a reload.
 */
import { expect, test } from './fixtures.ts';
import { openWindow, shoot, SIZES } from './ui-helpers.ts';

test('the projector check scales the circle display and remembers it per display', async ({ app, browser }) => {
  const context = await browser.newContext({ viewport: SIZES[1], locale: 'nl-BE' });
  const circle = await context.newPage();
  const errors = await openWindow(circle, app.url('circle'));
  await circle.getByTestId('projector-open').click();
  const check = circle.getByTestId('projector-check');
  await expect(check).toContainText('Uitwisseling');
  await expect(check).toContainText('Gedachten en gevoelens, geen oplossingen');
  await expect(circle.getByTestId('projector-scale')).toHaveText('Tekst 100%');
  const ruleSize = () => check.locator('.circle-rule').evaluate((el) => el.getBoundingClientRect().height);
  const before = await ruleSize();
  await shoot(circle, 'p01-circle-projector-check');
  await circle.getByTestId('projector-bigger').click();
  await circle.keyboard.press('+');
  await expect(circle.getByTestId('projector-scale')).toHaveText('Tekst 120%');
  expect(await ruleSize()).toBeGreaterThan(before * 1.1);
  await shoot(circle, 'p02-circle-projector-120');
  await circle.getByTestId('projector-done').click();
  await expect(check).toBeHidden();

  // Remembered for this display: after a reload, the welcome text is still at 120%.
  await circle.reload();
  await expect(circle.getByTestId('projector-open')).toBeVisible();
  expect(await circle.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--circle-scale').trim())).toBe('1.2');
  await circle.keyboard.press('t');
  await expect(circle.getByTestId('projector-scale')).toHaveText('Tekst 120%');
  await circle.getByTestId('projector-smaller').click();
  await circle.getByTestId('projector-smaller').click();
  await circle.getByTestId('projector-smaller').click();
  await expect(circle.getByTestId('projector-scale')).toHaveText('Tekst 90%');
  await circle.keyboard.press('Escape');
  await expect(check).toBeHidden();
  // The page is still one screen tall: nothing scrolls at a bigger or smaller scale.
  expect(await circle.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
