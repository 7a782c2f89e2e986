/**
 * renderer.bundleGzipKB per window role: every JS and CSS file the window actually loads when it
 * opens on a running session (the requests a fresh page makes until its content is there and the
 * network is quiet — dynamic import()s at start-up included; the supervisor's also past its start
 * screen, on the running step), each gzipped at level 6 from
 * dist/renderer, summed. KB = 1024 bytes. For reference, `reachableGzipKB`: everything the entry
 * can ever load (static and dynamic imports, followed transitively through the built files).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { WindowRole } from '../../shared/ipc/index.ts';
import type { App } from '../lib/app.ts';
import { RENDERER_DIR } from '../lib/app.ts';
import { openPage } from '../lib/browser.ts';
import { round } from '../lib/stats.ts';
import { enterSession } from '../lib/supervisor-page.ts';
import { MEANINGFUL } from './first-render.ts';

const ROLES: WindowRole[] = ['supervisor', 'timekeeper', 'circle'];
const ASSETS = join(RENDERER_DIR, 'assets');
/** Any quoted file name of a built asset: import "./x.js", import("./x.js"), Vite's preload map "assets/x.js", <link href>. */
const ASSET_NAME = /["'`](?:\.\/|\.\.\/|assets\/|\.\/assets\/)*([\w.-]+\.(?:js|css))["'`]/g;

export interface BundleResult {
  loadedGzipKB: Record<WindowRole, number>;
  reachableGzipKB: Record<WindowRole, number>;
  files: Record<WindowRole, { file: string; gzipBytes: number }[]>;
}

const gzipSize = async (file: string) => gzipSync(await readFile(join(ASSETS, file)), { level: 6 }).length;

/** The asset files a role's page requested while opening (by name, as served from dist/renderer/assets). */
async function loadedBy(browser: Browser, url: string, role: WindowRole): Promise<string[]> {
  const opened = await openPage(browser, null, { tap: false });
  try {
    const files = new Set<string>();
    opened.page.on('request', (request) => {
      const name = basename(new URL(request.url()).pathname);
      if (/\.(js|css)$/.test(name)) files.add(name);
    });
    await opened.page.goto(url, { waitUntil: 'networkidle' });
    await opened.page.waitForSelector(MEANINGFUL[role].selector, { timeout: 15_000 });
    // The supervisor's window at work: past the start screen, on the running step.
    if (role === 'supervisor') await enterSession(opened.page);
    await opened.page.waitForLoadState('networkidle');
    return [...files];
  } finally {
    await opened.close();
  }
}

/** Everything the role's HTML entry can load, following static and dynamic imports. */
async function reachableFrom(role: WindowRole): Promise<string[]> {
  const existing = new Set(await readdir(ASSETS));
  const html = await readFile(join(RENDERER_DIR, `${role}.html`), 'utf8');
  const queue = [...html.matchAll(ASSET_NAME)].map((m) => m[1]!).filter((f) => existing.has(f));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(join(ASSETS, file), 'utf8');
    for (const m of code.matchAll(ASSET_NAME)) if (existing.has(m[1]!)) queue.push(m[1]!);
  }
  return [...seen];
}

/** Precondition: a step is running (so each window opens on its full screen). */
export async function measureBundles(browser: Browser, app: App): Promise<BundleResult> {
  const result: BundleResult = {
    loadedGzipKB: {} as Record<WindowRole, number>,
    reachableGzipKB: {} as Record<WindowRole, number>,
    files: {} as BundleResult['files'],
  };
  for (const role of ROLES) {
    const loaded = await loadedBy(browser, app.url(role), role);
    const files = await Promise.all(loaded.map(async (file) => ({ file, gzipBytes: await gzipSize(file) })));
    result.files[role] = files;
    result.loadedGzipKB[role] = round(files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024, 1);
    const reachable = await Promise.all((await reachableFrom(role)).map(gzipSize));
    result.reachableGzipKB[role] = round(reachable.reduce((a, b) => a + b, 0) / 1024, 1);
  }
  return result;
}
