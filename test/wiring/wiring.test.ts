/**
 * The wiring tier: the BUILT main and preload (dist/electron, made by `npm run build`) under
 * plain Node with a recording stand-in for `electron`. It runs where the Electron binary does not,
 * so start-up paths, window security and the IPC edge are exercised on every `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels.ts';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist/electron');

interface Report {
  beforeReady: string[];
  exitCode: number | null;
  errorBoxes: { title: string; content: string }[];
  windows: { loaded: string[]; shown: boolean; options: { webPreferences: Record<string, unknown> } & Record<string, unknown> }[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocol: Record<'page' | 'traversal' | 'otherHost' | 'unknownPrintPage', { status: number; csp: string | null; nosniff: string | null }> | null;
  permissions: { request: Record<string, boolean>; check: Record<string, boolean | null> } | null;
  requests: Record<string, boolean | undefined>;
  navigation: { reloadOwnPage: boolean; otherOwnPage: boolean; remote: boolean; windowOpen: string | null } | null;
  ipcChannels: string[];
  ipc: { ours: boolean; notices: string[]; foreignFrame: boolean; unknownWindow: boolean; location: unknown } | null;
  menu: unknown;
  spellcheck: { enabled: boolean; downloadUrl: string | null };
  appUserModelId: string | null;
  rendererGone: { reloads: number[]; toldAfterRepeats: number; pushedAfterReload: boolean; windowKept: boolean } | null;
  whereIsMyData: { title: string | null; message: string; detail: string | null; buttons: string[] } | null;
  about: { title: string | null; message: string; detail: string | null; buttons: string[] } | null;
}

function runMain(userData: string, env: Record<string, string> = {}): Report {
  const run = spawnSync(process.execPath, [join(root, 'test/wiring/run-main.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, WIRING_USER_DATA: userData, ...env },
  });
  if (run.status !== 0) throw new Error(`run-main failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Report;
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'kring-wiring-'));

beforeAll(() => {
  if (!existsSync(join(built, 'main.mjs')) || !existsSync(join(built, 'preload.cjs'))) {
    throw new Error('dist/electron is missing: run `npm run build` first (npm run test:wiring does).');
  }
});

/** Either a window a person sees, or an error dialog and an exit: never neither. */
function visibleOutcome(report: Report): 'window' | 'error' | 'nothing' {
  if (report.windows.some((w) => w.shown)) return 'window';
  if (report.errorBoxes.length > 0 && report.exitCode !== null && report.exitCode !== 0) return 'error';
  return 'nothing';
}

describe('a normal start', () => {
  let report: Report;
  const dataDir = freshDir();
  beforeAll(() => {
    report = runMain(dataDir, { WIRING_PLATFORM: 'linux' });
  });

  it('tells the supervisor where the data lives, and that the desktop app can carry it', () => {
    expect(report.ipc!.location).toEqual({ dataDir, vaultDir: join(dataDir, 'vault'), canCarry: true });
  });

  it('shows the supervisor window from app://, hardened explicitly', () => {
    expect(visibleOutcome(report)).toBe('window');
    const [win] = report.windows;
    expect(win!.loaded).toEqual(['app://kring/supervisor.html']);
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
    expect(win!.options.webPreferences.preload).toBe(join(built, 'preload.cjs'));
    expect(existsSync(win!.options.webPreferences.preload as string)).toBe(true);
  });

  it('takes the single-instance lock and registers second-instance and the app:// scheme before ready', () => {
    expect(report.beforeReady[0]).toBe('app.requestSingleInstanceLock');
    expect(report.beforeReady).toContain('app.on:second-instance');
    expect(report.beforeReady).toContain('protocol.registerSchemesAsPrivileged');
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves pages on app://kring with the CSP, and nothing outside the renderer folder or another host', () => {
    expect(report.protocol!.page.status).toBe(200);
    expect(report.protocol!.page.csp).toMatch(/default-src 'self'/);
    expect(report.protocol!.page.csp).toMatch(/object-src 'none'/);
    expect(report.protocol!.page.csp).not.toMatch(/unsafe-eval/);
    expect(report.protocol!.page.nosniff).toBe('nosniff');
    expect(report.protocol!.traversal.status).toBe(404);
    expect(report.protocol!.otherHost.status).toBe(404);
    expect(report.protocol!.unknownPrintPage.status).toBe(404);
  });

  it('grants only notifications, only to our own pages; cancels every request off app://', () => {
    expect(report.permissions!.request).toEqual({ ours: true, remote: false, media: false, geolocation: false });
    expect(report.permissions!.check).toEqual({ ours: true, remote: false, media: false });
    expect(report.requests).toEqual({ ours: false, remote: true, dictionary: true });
  });

  it('refuses navigation and new windows, but lets a page reload itself (the crash screen)', () => {
    expect(report.navigation).toEqual({ reloadOwnPage: false, otherOwnPage: true, remote: true, windowOpen: 'deny' });
  });

  it('registers a handler for every contract channel and answers only our own page in a known window', () => {
    expect([...report.ipcChannels].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(report.ipc).toMatchObject({ ours: true, foreignFrame: false, unknownWindow: false });
  });

  it('reloads a crashed window (the session lives in main), and says so instead of looping', () => {
    expect(report.rendererGone).toEqual({ reloads: [1, 2, 3, 3], toldAfterRepeats: 1, pushedAfterReload: true, windowKept: true });
  });

  it('Help › where is my data names the folder and offers to open it; About gives the version', () => {
    expect(report.whereIsMyData).toMatchObject({ title: 'Waar staan mijn gegevens?', message: 'Je gegevens staan alleen op deze computer.', buttons: ['OK', 'Map openen'] });
    expect(report.whereIsMyData!.detail).toContain(`Map: ${dataDir}`);
    expect(report.about).toMatchObject({ title: 'Over Kring', message: 'Kring' });
    expect(report.about!.detail).toContain('Versie 0.0.0-wiring');
  });

  it('keeps spellcheck from fetching dictionaries on Linux', () => {
    expect(report.spellcheck).toEqual({ enabled: false, downloadUrl: 'app://kring/no-dictionaries/' });
  });

  it('has File, Edit, View (zoom), Window and Help menus in Dutch', () => {
    expect(report.menu).toEqual([
      { label: 'Bestand', items: expect.arrayContaining(['Reservekopie maken…', 'Kring afsluiten']) },
      { label: 'Bewerken', items: expect.arrayContaining(['Ongedaan maken', 'Kopiëren', 'Plakken']) },
      { label: 'Beeld', items: expect.arrayContaining(['Groter', 'Kleiner', 'Normale grootte', 'Volledig scherm']) },
      { label: 'Venster', items: expect.arrayContaining(['Tijdbewaker openen', 'Kringscherm openen']) },
      { label: 'Help', items: expect.arrayContaining(['Waar staan mijn gegevens?', 'Over Kring']) },
    ]);
  });
});

describe('platform conventions', () => {
  it('on Windows sets the AppUserModelId (notifications, taskbar grouping)', () => {
    expect(runMain(freshDir(), { WIRING_PLATFORM: 'win32' }).appUserModelId).toBe('org.kring.app');
  });

  it('on macOS puts the app menu first with About, keeps the system spellchecker on', () => {
    const report = runMain(freshDir(), { WIRING_PLATFORM: 'darwin' });
    expect(report.menu).toMatchObject([{ label: 'Kring', items: expect.arrayContaining(['Over Kring']) }, { label: 'Bestand' }, { label: 'Bewerken' }, { label: 'Beeld' }, { label: 'Venster' }, { label: 'Help' }]);
    expect(report.windows[0]!.options.webPreferences.spellcheck).toBe(true);
    expect(report.spellcheck.enabled).toBe(true);
  });

  it('menus follow the language chosen in Settings', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'en' }));
    const report = runMain(dir, { WIRING_PLATFORM: 'linux' });
    expect((report.menu as { label: string }[]).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });
});

describe('start-up that cannot vanish', () => {
  it('a damaged window-places.json: the window opens, the file is set aside, a notice says so', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'window-places.json'), '{"supervisor": {"x": 10, "wid');
    const report = runMain(dir);
    expect(visibleOutcome(report)).toBe('window');
    expect(readdirSync(dir).some((n) => n.startsWith('window-places.json.unreadable-'))).toBe(true);
    expect(report.ipc!.notices.some((n) => n.includes('vensterposities'))).toBe(true);
  });

  it('window places that are JSON but nonsense are ignored: the window opens at its usual size', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'window-places.json'), JSON.stringify({ supervisor: { x: 'left', width: -5, height: 1e9 } }));
    const report = runMain(dir);
    expect(visibleOutcome(report)).toBe('window');
    expect(report.windows[0]!.options).toMatchObject({ width: 1366, height: 860 });
  });

  it('a data folder that cannot be created: an error dialog naming the folder, and a clean exit', () => {
    const parent = freshDir();
    writeFileSync(join(parent, 'not-a-folder'), 'x');
    const dataDir = join(parent, 'not-a-folder', 'Kring');
    const report = runMain(dataDir);
    expect(visibleOutcome(report)).toBe('error');
    expect(report.errorBoxes[0]!.title).toBe('Kring kan niet starten');
    expect(report.errorBoxes[0]!.content).toContain(dataDir);
    expect(report.errorBoxes[0]!.content).toContain('Er is niets gewist');
    expect(report.errorBoxes[0]!.content).toMatch(/niet gevonden.*\(ENOTDIR\)/); // the disk problem in words, and its code
    expect(report.errorBoxes[0]!.content).not.toMatch(/\n\s+at /);
    expect(report.exitCode).toBe(1);
  });

  it('before settings can be read, the error speaks the system’s language (English here)', () => {
    const parent = freshDir();
    writeFileSync(join(parent, 'not-a-folder'), 'x');
    const report = runMain(join(parent, 'not-a-folder', 'Kring'), { WIRING_LOCALE: 'en-GB' });
    expect(report.errorBoxes[0]!.title).toBe('Kring cannot start');
    expect(report.errorBoxes[0]!.content).toContain('Nothing has been erased');
  });

  it('a data folder that cannot be written: a window or an error dialog, never neither', () => {
    const dir = freshDir();
    chmodSync(dir, 0o500); // (as root the mode is not enforced; then a window opens, which also passes)
    const report = runMain(dir);
    chmodSync(dir, 0o700);
    expect(visibleOutcome(report)).not.toBe('nothing');
  });

  it('a vault folder that is a file: still a window or an error, never neither', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'vault'), 'not a folder');
    expect(visibleOutcome(runMain(dir))).not.toBe('nothing');
  });
});

describe('the preload, run the way a sandboxed renderer runs it', () => {
  const source = () => readFileSync(join(built, 'preload.cjs'), 'utf8');

  it('is a classic script (no ESM syntax) that requires only electron', () => {
    expect(() => new vm.Script(`(function (exports, require, module) {${source()}\n})`)).not.toThrow();
    const required: string[] = [];
    const exposed = new Map<string, Record<string, unknown>>();
    const invoked: { channel: string; req: unknown }[] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, req: unknown) => (invoked.push({ channel, req }), Promise.resolve({ ok: true, value: null })),
        on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`module not found: ${name}`); // a sandboxed preload can require nothing else
    };
    const module = { exports: {} };
    const wrapped = vm.runInNewContext(`(function (exports, require, module) {${source()}\n})`, {}) as (e: unknown, r: unknown, m: unknown) => void;
    wrapped(module.exports, sandboxRequire, module);

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['kring']);
    const api = exposed.get('kring')!;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onPush'].sort());
    for (const channel of CHANNEL_NAMES) expect(typeof api[channel]).toBe('function');

    void (api['settings.get'] as (req: unknown) => Promise<unknown>)({});
    expect(invoked).toEqual([{ channel: 'settings.get', req: {} }]);
    // A push reaches the page's listener without Electron's event object; unsubscribing works.
    const seen: unknown[] = [];
    const off = (api.onPush as (l: (p: unknown) => void) => () => void)((p) => seen.push(p));
    listeners.get('kring:push')!({ sender: 'event object' }, { type: 'status' });
    expect(seen).toEqual([{ type: 'status' }]);
    off();
    expect(listeners.size).toBe(0);
  });
});
