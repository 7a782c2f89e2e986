/** Shared by the UI specs: pictures of a window at both sizes, and axe on what it shows. */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENS = join(ROOT, 'test-results/screens');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const SIZES = [
  { width: 1366, height: 768 },
  // a laptop mirrored to a projector
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page. Injected with evaluate: our CSP (script-src 'self') blocks a script tag, as it should. */
export async function checkA11y(page: Page, name: string) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** A picture of the window at each size, and an accessibility check of what it shows. */
export async function shoot(page: Page, name: string, options: { a11y?: boolean } = {}) {
  await mkdir(SCREENS, { recursive: true });
  // What a person sees first: the top of the window.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(60);
    await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
  if (options.a11y !== false) await checkA11y(page, name);
}

export async function openWindow(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A window that lacks words its screen shows says so (renderer/i18n/words.ts): that is a fault too.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('Kring:')) errors.push(m.text());
  });
  await page.goto(url);
  return errors;
}

