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
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
