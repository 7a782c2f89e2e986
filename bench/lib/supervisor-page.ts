/**
 * Brings a supervisor page to the running session's screen the way a person does: unlock when the
 * lock screen shows, then "continue this session" on the start screen.
 */
import type { Page } from '@playwright/test';
import { PASSPHRASE } from './session-driver.ts';

const LOCK = '[data-testid="passphrase"]';
const RESUME = '[data-testid="resume-session"]';
const IN_SESSION = '[data-testid="sv-where"]';

export async function enterSession(page: Page, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const state = await page.evaluate(
      ([lock, resume, inSession]) =>
        document.querySelector(inSession) ? 'in' : document.querySelector(resume) ? 'start' : document.querySelector(lock) ? 'locked' : 'wait',
      [LOCK, RESUME, IN_SESSION] as const,
    );
    if (state === 'in') return;
    if (state === 'locked') {
      await page.fill(LOCK, PASSPHRASE);
      await page.click('[data-testid="unlock"]');
      await page.waitForSelector(`${RESUME}, ${IN_SESSION}`, { timeout: 15_000 });
    } else if (state === 'start') {
      await page.click(RESUME);
      await page.waitForSelector(IN_SESSION, { timeout: 5_000 });
    } else await page.waitForTimeout(50);
  }
  const shot = `/tmp/kring-bench-supervisor-${Date.now()}.png`;
  await page.screenshot({ path: shot }).catch(() => undefined);
  throw new Error(`supervisor page did not reach the session screen (screenshot: ${shot})`);
}
