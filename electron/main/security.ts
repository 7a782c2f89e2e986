/**
 * App-wide hardening (Electron security checklist): the app:// protocol with a traversal guard
 * instead of file://, no navigation, no new windows, no webviews, no permissions.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { app, net, protocol, session } from 'electron';
import { CONTENT_SECURITY_POLICY, resolveAsset } from './transport/resolve-asset.ts';
import { APP_ORIGIN } from './windows/window-options.ts';

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Pages made to be printed to PDF (a summary): served once from memory, never written to disk. */
const printPages = new Map<string, string>();
const PRINT_PATH = /^\/print\/([0-9a-f]{32})\.html$/;
/** A print page may show its own text and inline styles, and nothing else: no scripts, no fetches. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function registerPrintPage(html: string): { url: string; release(): void } {
  const token = randomBytes(16).toString('hex');
  printPages.set(token, html);
  return { url: `${APP_ORIGIN}/print/${token}.html`, release: () => void printPages.delete(token) };
}

export function serveRenderer(rendererDir: string) {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const print = url.host === 'kring' ? PRINT_PATH.exec(url.pathname) : null;
    if (print) {
      const html = printPages.get(print[1]!);
      if (html === undefined) return new Response('Niet gevonden / Not found', { status: 404 });
      return new Response(html, {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' },
      });
    }
    const file = url.host === 'kring' ? resolveAsset(rendererDir, url.pathname) : null;
    if (!file) return new Response('Niet gevonden / Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * Spellcheck never fetches anything. macOS uses its own spellchecker (no download). On Windows
 * and Linux Chromium would download Hunspell dictionaries from Google's CDN, and shipping them
 * needs Chromium's .bdic format (made by Chromium's convert_dict tool, not available to us), so
 * there it is off, and the download address points at our own protocol, where nothing is served.
 */
export function keepSpellcheckOffline(platform: NodeJS.Platform = process.platform) {
  const ses = session.defaultSession;
  if (platform === 'darwin') return;
  ses.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-dictionaries/`);
  ses.setSpellCheckerEnabled(false);
}

export function denyEverythingRemote() {
  // The only permission granted: desktop notifications at time-up, for our own pages.
  const ours = (origin: string) => origin === APP_ORIGIN || origin.startsWith(`${APP_ORIGIN}/`);
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permission === 'notifications' && ours(contents.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) => permission === 'notifications' && ours(origin));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    // The one navigation allowed: a page reloading itself (the crash screen's "reload window").
    contents.on('will-navigate', (event, url) => {
      if (!isOwnReload(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** True when `target` is the very page `current` shows (ours), i.e. the page reloads itself. */
export function isOwnReload(current: string, target: string): boolean {
  const page = (u: string) => {
    try {
      const url = new URL(u);
      return url.protocol === 'app:' && url.host === 'kring' ? url.pathname : null;
    } catch {
      return null;
    }
  };
  const from = page(current);
  return from !== null && from === page(target);
}
