/**
 * Kring's Electron entry: lifecycle and wiring only. Everything that thinks lives in services/
 * and runs without Electron (see browser-server.ts for the same services over a WebSocket).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor } from 'electron';
import ElectronStore from 'electron-store';
import type { Settings } from '../../shared/ipc/index.ts';
import { registerIpc } from './ipc-bridge.ts';
import { denyEverythingRemote, registerAppScheme, serveRenderer } from './security.ts';
import { createAppServices } from './services/app-services.ts';
import { systemClock } from './services/clock.ts';
import { openSettingsStore, SETTINGS_FILE_MODE, UNREADABLE } from './services/settings-store.ts';
import { applyContentProtection, watchSystemLocked } from './screen-privacy.ts';
import { createWindowManager, preloadPath } from './windows/window-manager.ts';

const here = import.meta.dirname;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start() {
  denyEverythingRemote();
  serveRenderer(join(here, '../renderer'));

  // A settings file that is not JSON is moved aside (see settings-store.ts), not a reason to stop.
  const { store: settingsStore, setAsideTo } = openSettingsStore(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings', configFileMode: SETTINGS_FILE_MODE }),
    join(app.getPath('userData'), 'settings.json'),
  );
  let settingsUnreadable = setAsideTo !== null;
  let windows: ReturnType<typeof createWindowManager> | null = null;
  const services = await createAppServices({
    dataDir: app.getPath('userData'),
    clock: systemClock,
    transport: 'electron',
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
      const options = { defaultPath: join(app.getPath('documents'), fileName), title: 'Samenvatting exporteren (niet versleuteld)' };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, content, { mode: 0o600 });
      return choice.filePath;
    },
    log: (line) => console.error(`kring: ${line}`),
  });
  windows = createWindowManager({ preloadPath: preloadPath(here), connect: services.connect });
  registerIpc(services.dispatch, windows.roleOf);

  powerMonitor.on('suspend', () => services.onSuspend());
  powerMonitor.on('lock-screen', () => services.onScreenLock());
  // Linux has no 'lock-screen' event: ask whether the system says it is locked (see screen-privacy.ts).
  if (process.platform === 'linux') {
    watchSystemLocked({
      idleState: (s) => powerMonitor.getSystemIdleState(s),
      onLocked: () => services.onScreenLock(),
      setInterval: (fn, ms) => setInterval(fn, ms).unref(),
      clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
    });
  }
  powerMonitor.on('resume', () => services.onResume());

  const wm = windows;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'editMenu' },
      {
        label: 'Venster',
        submenu: [
          { label: 'Tijdbewaker openen', accelerator: 'CmdOrCtrl+Shift+T', click: () => wm.open('timekeeper') },
          { label: 'Kringscherm openen', accelerator: 'CmdOrCtrl+Shift+K', click: () => wm.open('circle') },
          { type: 'separator' },
          { role: 'togglefullscreen', label: 'Volledig scherm' },
          { role: 'minimize', label: 'Minimaliseren' },
        ],
      },
    ]),
  );

  const main = wm.open('supervisor');
  applyContentProtection(main, services.settings.get().contentProtection);
  services.settings.onChange((s) => applyContentProtection(wm.get('supervisor'), s.contentProtection));
  // Closing the main window while a session runs asks first; secondary windows close freely.
  main.on('close', (event) => {
    if (services.host.status() !== 'active') return;
    const choice = dialog.showMessageBoxSync(main, {
      type: 'question',
      buttons: ['Kring open laten', 'Afsluiten'],
      defaultId: 0,
      cancelId: 0,
      title: 'Kring afsluiten?',
      message: 'Er loopt nog een sessie.',
      detail: 'Als je afsluit, bewaart Kring de sessie en gaat de klok gewoon door. Bij het opnieuw openen ga je verder waar je was.',
    });
    if (choice === 0) event.preventDefault();
  });
  app.on('second-instance', () => wm.open('supervisor'));
  app.on('before-quit', () => {
    void services.flush();
  });
}
