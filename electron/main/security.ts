/**
 * App-wide hardening (Electron security checklist): the app:// protocol with a traversal guard
 * instead of file://, no navigation, no new windows, no webviews, no permissions.
 */
import { pathToFileURL } from 'node:url';
import { app, net, protocol, session } from 'electron';
import { CONTENT_SECURITY_POLICY, resolveAsset } from './transport/resolve-asset.ts';
import { APP_ORIGIN } from './windows/window-options.ts';

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string) {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
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
