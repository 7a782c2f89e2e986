/**
 * Runs the BUILT main (dist/electron/main.mjs) under plain Node with the recording stand-in in
 * place of `electron`, makes the app "ready", waits until start-up either shows a window or exits,
 * then probes what main wired up and prints one JSON report on stdout. Used by wiring.test.ts.
 *
 *   WIRING_USER_DATA   the data folder (app.getPath('userData'))
 *   WIRING_PLATFORM    process.platform as main should see it (default: this machine's)
 */
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname;
const standInUrl = pathToFileURL(resolve(here, 'electron-stand-in.ts')).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standInUrl, shortCircuit: true, format: 'module' };
    return nextResolve(specifier, context);
  },
});
if (process.env.WIRING_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.WIRING_PLATFORM });

const { app, recording } = (await import(standInUrl)) as typeof import('./electron-stand-in.ts');
const mainPath = resolve(here, '../../dist/electron/main.mjs');
// Keep main's own start-up logging out of the JSON report.
console.error = () => {};
await import(pathToFileURL(mainPath).href);

const beforeReady = recording.calls.map((c) => c.what);
app.becomeReady();

const deadline = Date.now() + 15_000;
while (Date.now() < deadline && recording.exitCode === null && !recording.windows.some((w) => w.shown)) {
  await new Promise((r) => setTimeout(r, 20));
}

const supervisor = recording.windows.find((w) => w.loaded.some((u) => u.endsWith('/supervisor.html')));

async function probeProtocol() {
  const handler = recording.protocolHandlers.get('app');
  if (!handler) return null;
  const get = async (url: string) => {
    const response = await handler(new Request(url));
    return { status: response.status, csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options') };
  };
  return {
    page: await get('app://kring/supervisor.html'),
    traversal: await get('app://kring/..%2f..%2fpackage.json'),
    otherHost: await get('app://elsewhere/supervisor.html'),
    unknownPrintPage: await get(`app://kring/print/${'0'.repeat(32)}.html`),
  };
}

function probePermissions() {
  const contents = (url: string) => ({ getURL: () => url }) as never;
  const ask = (url: string, permission: string) =>
    new Promise<boolean>((done) => recording.permissionRequest?.(contents(url), permission as never, done, {} as never));
  const check = (origin: string, permission: string) => recording.permissionCheck?.(null, permission as never, origin, {} as never) ?? null;
  return Promise.all([
    ask('app://kring/timekeeper.html', 'notifications'),
    ask('https://example.org/', 'notifications'),
    ask('app://kring/supervisor.html', 'media'),
    ask('app://kring/supervisor.html', 'geolocation'),
  ]).then(([ours, remote, media, geolocation]) => ({
    request: { ours, remote, media, geolocation },
    check: { ours: check('app://kring', 'notifications'), remote: check('https://example.org', 'notifications'), media: check('app://kring', 'media') },
  }));
}

function probeRequests() {
  const cancelled = (url: string) => {
    let cancel: boolean | undefined;
    recording.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  return { ours: cancelled('app://kring/supervisor.html'), remote: cancelled('https://example.org/x.js'), dictionary: cancelled('https://redirector.gvt1.com/edgedl/chrome/dict/nl-nl-3-0.bdic') };
}

function probeNavigation() {
  if (!supervisor) return null;
  const navigate = (url: string) => {
    let prevented = false;
    supervisor.win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const open = supervisor.win.webContents.windowOpenHandler?.({ url: 'https://example.org/' } as never);
  return {
    reloadOwnPage: navigate('app://kring/supervisor.html'),
    otherOwnPage: navigate('app://kring/circle.html'),
    remote: navigate('https://example.org/'),
    windowOpen: open?.action ?? null,
  };
}

async function probeIpc() {
  const handler = recording.ipcHandlers.get('app.status');
  if (!handler || !supervisor) return null;
  const contents = supervisor.win.webContents;
  const ours = (await handler({ sender: contents, senderFrame: contents.mainFrame }, {})) as { ok: boolean; value?: { notices: { message: { nl: string } }[] } };
  const foreign = (await handler({ sender: contents, senderFrame: { url: 'https://example.org/' } }, {})) as { ok: boolean };
  const unknownWindow = (await handler({ sender: { id: -1, mainFrame: null }, senderFrame: null }, {})) as { ok: boolean };
  const location = (await recording.ipcHandlers.get('data.location')?.({ sender: contents, senderFrame: contents.mainFrame }, {})) as { ok: boolean; value?: unknown };
  return {
    ours: ours.ok,
    notices: ours.value?.notices.map((n) => n.message.nl) ?? [],
    foreignFrame: foreign.ok,
    unknownWindow: unknownWindow.ok,
    location: location?.value ?? null,
  };
}

async function probeRendererGone() {
  if (!supervisor) return null;
  const before = recording.messageBoxes.length;
  const contents = supervisor.win.webContents;
  const reloads: number[] = [];
  for (let i = 0; i < 4; i++) {
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    reloads.push(supervisor.reloads);
  }
  // The reloaded page is the same window, still connected: a change in main reaches it.
  const sentBefore = contents.sent.length;
  await recording.ipcHandlers.get('settings.set')?.({ sender: contents, senderFrame: contents.mainFrame }, { sound: false });
  const pushed = contents.sent.slice(sentBefore).map((m) => (m.args[0] as { type: string }).type);
  return { reloads, toldAfterRepeats: recording.messageBoxes.length - before, pushedAfterReload: pushed.includes('settings'), windowKept: !supervisor.destroyed };
}

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; accelerator?: string; visible?: boolean; click?: () => void };

/** Click a menu item as a person would, and give back the dialog it showed. */
async function clickMenu(top: string, item: string) {
  const menu = (recording.menu as MenuItem[] | null)?.find((m) => m.label === top);
  const entry = menu?.submenu?.find((i) => i.label === item);
  if (!entry?.click) return null;
  const before = recording.messageBoxes.length;
  entry.click();
  await new Promise((r) => setTimeout(r, 20));
  const box = recording.messageBoxes[before];
  return box ? { title: box.title ?? null, message: box.message, detail: box.detail ?? null, buttons: box.buttons ?? [] } : null;
}
const labels = (items: MenuItem[] | null | undefined): unknown =>
  items?.map((i) => (i.submenu ? { label: i.label, items: labels(i.submenu) } : (i.label ?? i.role ?? '-')));

const report = {
  beforeReady,
  exitCode: recording.exitCode,
  quit: recording.quit,
  errorBoxes: recording.errorBoxes,
  windows: recording.windows.map((w) => ({ loaded: w.loaded, shown: w.shown, options: w.options })),
  privilegedSchemes: recording.privilegedSchemes,
  protocol: await probeProtocol(),
  permissions: recording.permissionRequest ? await probePermissions() : null,
  requests: probeRequests(),
  navigation: probeNavigation(),
  ipcChannels: [...recording.ipcHandlers.keys()],
  ipc: await probeIpc(),
  menu: labels(recording.menu as MenuItem[] | null),
  spellcheck: recording.spellcheck,
  appUserModelId: recording.appUserModelId,
  rendererGone: await probeRendererGone(),
  whereIsMyData: await clickMenu('Help', 'Waar staan mijn gegevens?'),
  about: await clickMenu('Help', 'Over Kring'),
};

process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
