/**
 * Headless Chromium as the windows: 1280×720, no GPU, nothing on the network but 127.0.0.1.
 * Each page gets its own context (cold cache, own renderer process) unless told otherwise.
 */
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { installViewTap } from './page-probes.ts';

export const CHROMIUM_PATH = process.env.KRING_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 720 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A page in a fresh context, with the view tap installed before any of the page's own code runs. */
export async function openPage(browser: Browser, url: string | null, options: { tap?: boolean } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-BE' });
  if (options.tap !== false) await context.addInitScript(installViewTap);
  const page = await context.newPage();
  if (url) await page.goto(url);
  return { context, page, close: () => context.close() };
}

/** Waits until `selector` shows a countdown value (not the placeholder). */
export async function waitForDigits(page: Page, selector = '[data-testid="time-left"]', timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (sel) => /\d:\d\d/.test(document.querySelector(sel)?.textContent ?? ''),
    selector,
    { timeout: timeoutMs, polling: 50 },
  );
}
