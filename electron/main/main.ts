/**
 * Kring's Electron entry: lifecycle and wiring only. Everything that thinks lives in services/
 * and runs without Electron (see browser-server.ts for the same services over a WebSocket).
 *
 * Start-up can never end in a process without a window: whatever fails before the first window
 * is shown in a dialog (what happened, where the data is) and the app exits, releasing the
 * single-instance lock so that the next launch is not silently swallowed.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, shell } from 'electron';
import type { MessageBoxOptions, BrowserWindow as Win } from 'electron';
import ElectronStore from 'electron-store';
import type { Settings } from '../../shared/ipc/index.ts';
import { registerIpc } from './ipc-bridge.ts';
import { fallbackLanguage, mainText } from './main-text.ts';
import { menuTemplate } from './menu.ts';
import { denyEverythingRemote, keepSpellcheckOffline, registerAppScheme, registerPrintPage, serveRenderer } from './security.ts';
import { BACKUP_EXTENSION } from './services/data-backup.ts';
import type { DataShell } from './services/data-handlers.ts';
import { createAppServices } from './services/app-services.ts';
import type { AppServices } from './services/app-services.ts';
import { systemClock } from './services/clock.ts';
import type { Dispatch } from './services/dispatch.ts';
import { openSettingsStore, SETTINGS_FILE_MODE, UNREADABLE } from './services/settings-store.ts';
import { StorageError, toStorageError } from './storage/storage-error.ts';
import { applyContentProtection, watchSystemLocked } from './screen-privacy.ts';
import { createWindowManager, preloadPath } from './windows/window-manager.ts';
import type { WindowManager } from './windows/window-manager.ts';
import { openWindowPlaces } from './windows/window-places.ts';
import type { PlaceStore } from './windows/window-places.ts';

const here = import.meta.dirname;
/** Windows groups windows and shows notifications under this id (same as electron-builder's appId). */
const APP_USER_MODEL_ID = 'org.kring.app';

let windows: WindowManager | null = null;
let services: AppServices | null = null;
let chosenLanguage: Settings['language'] | null = null;

const language = (): Settings['language'] => services?.settings.get().language ?? chosenLanguage ?? fallbackLanguage(app.getLocale());
const text = () => mainText(language());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before anything asynchronous: a second launch during start-up is never lost (start() opens
  // the supervisor window anyway once it gets there).
  app.on('second-instance', () => windows?.open('supervisor'));
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => startFailed(error));
}

/** Shown to the person, then a clean exit. */
function startFailed(error: unknown) {
  console.error('kring: start-up failed:', error);
  let dataDir = '?';
  try {
    dataDir = app.getPath('userData');
  } catch {
    // keep '?'
  }
  dialog.showErrorBox(text().startFailedTitle, text().startFailed(describeFailure(error), dataDir));
  app.exit(1);
}

/** A disk problem in the person's words (with the system code for whoever helps them); else the error's own message. */
function describeFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (error instanceof StorageError || (typeof code === 'string' && /^E[A-Z]+$/.test(code))) {
    const storage = toStorageError(error);
    return `${storage.userMessage[language() === 'en' ? 'en' : 'nl']}${storage.systemCode ? ` (${storage.systemCode})` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function start() {
  const dataDir = app.getPath('userData');
  denyEverythingRemote();
  keepSpellcheckOffline();
  serveRenderer(join(here, '../renderer'));

  // A settings file that is not JSON is moved aside (see settings-store.ts), not a reason to stop.
  const { store: settingsStore, setAsideTo } = openSettingsStore(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings', configFileMode: SETTINGS_FILE_MODE }),
    join(dataDir, 'settings.json'),
  );
  const stored = settingsStore.store.language;
  if (stored === 'nl-BE' || stored === 'nl-NL' || stored === 'en') chosenLanguage = stored;
  else if (stored === 'nl') chosenLanguage = 'nl-BE';
  let settingsUnreadable = setAsideTo !== null;
  const places = openWindowPlaces(
    () => new ElectronStore<Record<string, unknown>>({ name: 'window-places' }) as PlaceStore,
    join(dataDir, 'window-places.json'),
    (line) => console.error(`kring: ${line}`),
  );

  services = await createAppServices({
    dataDir,
    clock: systemClock,
    transport: 'electron',
    systemLocales: app.getPreferredSystemLanguages(),
    settings: {
      read: () => {
        if (!settingsUnreadable) return settingsStore.store;
        settingsUnreadable = false;
        return UNREADABLE; // the settings service resets to defaults and says so
      },
      write: (value: Settings) => {
        settingsStore.store = { ...value };
      },
    },
    windows: { open: (role) => windows?.open(role), close: (role) => windows?.close(role) },
    saveExport: async (fileName, content) => {
      const parent = BrowserWindow.getFocusedWindow() ?? windows?.get('supervisor');
      const options = { defaultPath: join(app.getPath('documents'), fileName), title: text().exportTitle };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, content, { mode: 0o600 });
      return choice.filePath;
    },
    printPdf: async (fileName, html) => {
      const pdf = await printToPdf(html);
      const parent = BrowserWindow.getFocusedWindow() ?? windows?.get('supervisor');
      const options = { defaultPath: join(app.getPath('documents'), fileName), title: text().pdfTitle, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, pdf, { mode: 0o600 });
      return choice.filePath;
    },
    data: dataShell(),
    log: (line) => console.error(`kring: ${line}`),
  });
  const live = services;
  if (places.setAsideTo !== null) live.notify({ level: 'info', message: { nl: mainText('nl-BE').placesReset, en: mainText('en').placesReset } });

  const wm = createWindowManager({
    preloadPath: preloadPath(here),
    connect: live.connect,
    places,
    log: (line) => console.error(`kring: ${line}`),
    onRendererGoneRepeatedly: (win) => {
      void dialog.showMessageBox(win, { type: 'error', title: text().rendererGoneTitle, message: text().rendererGone, buttons: [text().ok] });
    },
  });
  windows = wm;
  // The menu follows the language chosen in Settings.
  const dispatch: Dispatch = async (role, channel, req) => {
    const reply = await live.dispatch(role, channel, req);
    if (channel === 'settings.set' && reply.ok) setMenu(wm);
    return reply;
  };
  registerIpc(dispatch, wm.roleOf);
  powerMonitor.on('suspend', () => live.onSuspend());
  powerMonitor.on('lock-screen', () => live.onScreenLock());
  // Linux has no 'lock-screen' event: ask whether the system says it is locked (see screen-privacy.ts).
  if (process.platform === 'linux') {
    watchSystemLocked({
      idleState: (s) => powerMonitor.getSystemIdleState(s),
      onLocked: () => live.onScreenLock(),
      setInterval: (fn, ms) => setInterval(fn, ms).unref(),
      clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
    });
  }
  powerMonitor.on('resume', () => live.onResume());
  setMenu(wm);

  const main = wm.open('supervisor');
  applyContentProtection(main, live.settings.get().contentProtection);
  live.settings.onChange((s) => applyContentProtection(wm.get('supervisor'), s.contentProtection));
  // Closing the main window while a session runs asks first; secondary windows close freely.
  main.on('close', (event) => {
    if (live.host.status() !== 'active') return;
    const t = text();
    const choice = dialog.showMessageBoxSync(main, {
      type: 'question',
      buttons: [t.quitKeepOpen, t.quitConfirm],
      defaultId: 0,
      cancelId: 0,
      title: t.quitTitle,
      message: t.quitMessage,
      detail: t.quitDetail,
    });
    if (choice === 0) event.preventDefault();
  });
  app.on('before-quit', () => {
    void live.flush();
  });
}

/** The summary page rendered to an A4 PDF in a hidden window: no preload, no scripts, served from memory. */
async function printToPdf(html: string): Promise<Buffer> {
  const page = registerPrintPage(html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await win.loadURL(page.url);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    page.release();
    win.destroy();
  }
}

/** Backup, restore and wipe need file dialogs and a restart: Electron's part of them. */
function dataShell(): DataShell {
  const filters = () => [{ name: text().backupFilter, extensions: [BACKUP_EXTENSION] }];
  const parent = () => BrowserWindow.getFocusedWindow() ?? windows?.get('supervisor') ?? null;
  return {
    async saveBackup(fileName, bytes) {
      const options = { defaultPath: join(app.getPath('documents'), fileName), title: text().backupTitle, filters: filters() };
      const win = parent();
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, bytes, { mode: 0o600 });
      return choice.filePath;
    },
    async openBackup() {
      const options = { title: text().restoreTitle, filters: filters(), properties: ['openFile' as const] };
      const win = parent();
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const file = choice.canceled ? undefined : choice.filePaths[0];
      if (!file) return null;
      // A backup is the vault's files; far beyond any real one, refuse to read it into memory.
      if ((await stat(file)).size > 2 * 1024 ** 3) return Buffer.alloc(0);
      return readFile(file);
    },
    restart() {
      app.relaunch();
      app.exit(0);
    },
  };
}

function setMenu(wm: WindowManager) {
  const t = text();
  const parent = (): Win | undefined => BrowserWindow.getFocusedWindow() ?? wm.get('supervisor') ?? undefined;
  const box = (options: MessageBoxOptions) => {
    const win = parent();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        t,
        {
          openTimekeeper: () => wm.open('timekeeper'),
          openCircle: () => wm.open('circle'),
          backup: () => {
            void services?.dispatch('supervisor', 'data.backup', {}).then((reply) => {
              if (reply.ok) void box({ type: 'info', title: t.backup.replace('…', ''), message: t.backupSaved((reply.value as { savedTo: string }).savedTo), buttons: [t.ok] });
              else if (reply.error.code !== 'cancelled') void box({ type: 'warning', title: t.backupFailed, message: reply.error.message[language() === 'en' ? 'en' : 'nl'], buttons: [t.ok] });
            });
          },
          about: () => void box({ type: 'info', title: t.about, message: 'Kring', detail: t.aboutDetail(app.getVersion()), buttons: [t.ok] }),
          whereIsMyData: () => {
            const dir = app.getPath('userData');
            void box({ type: 'info', title: t.whereData, message: t.whereDataMessage, detail: t.whereDataDetail(dir), buttons: [t.ok, t.openFolder], defaultId: 0 }).then(
              (choice) => {
                if (choice.response === 1) void shell.openPath(dir);
              },
            );
          },
        },
        process.platform,
      ),
    ),
  );
}
