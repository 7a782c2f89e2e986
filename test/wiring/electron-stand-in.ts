/// <reference types="electron" />
/**
 * A recording stand-in for the `electron` module, for the wiring tier: the BUILT main and preload
 * run under plain Node against it. It does what Electron's API promises in shape (each piece is
 * typed from electron.d.ts with Pick<>, so a renamed or changed API fails the type check) and
 * records every call a test wants to see. No window is drawn; nothing is faked beyond the edge.
 *
 * Loaded in place of 'electron' by the resolve hook in run-main.ts; tests read `recording`.
 * The types come from electron.d.ts's global `Electron` namespace: nothing of the package is imported.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type Listener = (...args: any[]) => unknown;

export interface RecordedWindow {
  id: number;
  options: Electron.BrowserWindowConstructorOptions;
  loaded: string[];
  shown: boolean;
  reloads: number;
  destroyed: boolean;
  win: FakeBrowserWindow;
}

export const recording = {
  /** In call order: what happened, with the moment relative to `ready`. */
  calls: [] as { what: string; beforeReady: boolean }[],
  ready: false,
  windows: [] as RecordedWindow[],
  privilegedSchemes: [] as Electron.CustomScheme[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionRequest: null as null | Parameters<Electron.Session['setPermissionRequestHandler']>[0],
  permissionCheck: null as null | Parameters<Electron.Session['setPermissionCheckHandler']>[0],
  beforeRequest: null as null | ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void),
  spellcheck: { enabled: true, downloadUrl: null as string | null },
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  ipcListeners: new Map<string, Listener>(),
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as Electron.MessageBoxOptions[],
  menu: null as Electron.MenuItemConstructorOptions[] | null,
  appUserModelId: null as string | null,
  exitCode: null as number | null,
  quit: false,
  exposed: new Map<string, unknown>(),
};

function note(what: string) {
  recording.calls.push({ what, beforeReady: !recording.ready });
}

const userData = process.env.WIRING_USER_DATA ?? '/nonexistent';

class FakeApp extends EventEmitter {
  #ready = Promise.withResolvers<void>();
  requestSingleInstanceLock: Electron.App['requestSingleInstanceLock'] = () => {
    note('app.requestSingleInstanceLock');
    return process.env.WIRING_SECOND_INSTANCE !== '1';
  };
  whenReady: Electron.App['whenReady'] = () => {
    note('app.whenReady');
    return this.#ready.promise;
  };
  /** The driver calls this: Electron's `ready`. */
  becomeReady() {
    recording.ready = true;
    this.emit('ready');
    this.#ready.resolve();
  }
  getPath: Electron.App['getPath'] = (name) => {
    if (name === 'userData') return userData;
    if (name === 'documents') return '/tmp';
    return `/tmp/${name}`;
  };
  getLocale: Electron.App['getLocale'] = () => process.env.WIRING_LOCALE ?? 'nl-BE';
  getPreferredSystemLanguages: Electron.App['getPreferredSystemLanguages'] = () => [process.env.WIRING_LOCALE ?? 'nl-BE'];
  getVersion: Electron.App['getVersion'] = () => '0.0.0-wiring';
  getName: Electron.App['getName'] = () => 'Kring';
  setAppUserModelId: Electron.App['setAppUserModelId'] = (id) => {
    recording.appUserModelId = id;
  };
  quit: Electron.App['quit'] = () => {
    note('app.quit');
    recording.quit = true;
  };
  exit: Electron.App['exit'] = (code = 0) => {
    note('app.exit');
    recording.exitCode = code;
  };
  override on(event: string | symbol, listener: Listener): this {
    note(`app.on:${String(event)}`);
    return super.on(event, listener);
  }
}

export const app = new FakeApp();

let nextId = 1;

class FakeFrame {
  url = '';
}

class FakeWebContents extends EventEmitter {
  id = nextId++;
  mainFrame = new FakeFrame();
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  private readonly owner: RecordedWindow | null;
  constructor(owner: RecordedWindow | null) {
    super();
    this.owner = owner;
  }
  send: Electron.WebContents['send'] = (channel, ...args) => {
    this.sent.push({ channel, args });
  };
  getURL: Electron.WebContents['getURL'] = () => this.mainFrame.url;
  reload: Electron.WebContents['reload'] = () => {
    if (this.owner) this.owner.reloads++;
  };
  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'] = (handler) => {
    this.windowOpenHandler = handler;
  };
  isDestroyed: Electron.WebContents['isDestroyed'] = () => this.owner?.destroyed ?? false;
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getFocusedWindow: (typeof Electron.BrowserWindow)['getFocusedWindow'] = () => null;
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.isDestroyed()) as unknown as Electron.BrowserWindow[];
  readonly record: RecordedWindow;
  readonly webContents: FakeWebContents;
  #bounds: Electron.Rectangle;
  #fullScreen = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    note('new BrowserWindow');
    this.record = { id: nextId, options, loaded: [], shown: false, reloads: 0, destroyed: false, win: this };
    this.webContents = new FakeWebContents(this.record);
    this.#bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    recording.windows.push(this.record);
    FakeBrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL: Electron.BrowserWindow['loadURL'] = async (url) => {
    this.record.loaded.push(url);
    this.webContents.mainFrame.url = url;
    // Electron shows a page when it has painted: 'ready-to-show' follows the load.
    setImmediate(() => this.emit('ready-to-show'));
  };
  show: Electron.BrowserWindow['show'] = () => {
    this.record.shown = true;
  };
  focus: Electron.BrowserWindow['focus'] = () => {};
  close: Electron.BrowserWindow['close'] = () => {
    this.emit('close', { preventDefault() {} });
    this.record.destroyed = true;
    this.emit('closed');
  };
  isDestroyed: Electron.BrowserWindow['isDestroyed'] = () => this.record.destroyed;
  getBounds: Electron.BrowserWindow['getBounds'] = () => ({ ...this.#bounds });
  setBounds: Electron.BrowserWindow['setBounds'] = (bounds) => {
    this.#bounds = { ...this.#bounds, ...bounds };
  };
  isFullScreen: Electron.BrowserWindow['isFullScreen'] = () => this.#fullScreen;
  setFullScreen: Electron.BrowserWindow['setFullScreen'] = (flag) => {
    this.#fullScreen = flag;
  };
}

const display: Electron.Display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
} as Electron.Display;

export const screen: Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'> = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
};

export const dialog: Pick<Electron.Dialog, 'showErrorBox' | 'showMessageBox' | 'showMessageBoxSync' | 'showSaveDialog' | 'showOpenDialog'> = {
  showErrorBox: (title, content) => {
    note('dialog.showErrorBox');
    recording.errorBoxes.push({ title, content });
  },
  showMessageBox: (async (...args: unknown[]) => {
    recording.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions);
    return { response: 0, checkboxChecked: false };
  }) as Electron.Dialog['showMessageBox'],
  showMessageBoxSync: ((...args: unknown[]) => {
    recording.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions);
    return 0;
  }) as Electron.Dialog['showMessageBoxSync'],
  showSaveDialog: (async () => ({ canceled: true, filePath: '' })) as Electron.Dialog['showSaveDialog'],
  showOpenDialog: (async () => ({ canceled: true, filePaths: [] })) as Electron.Dialog['showOpenDialog'],
};

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => ({ template }),
  setApplicationMenu: (menu: { template: Electron.MenuItemConstructorOptions[] } | null) => {
    note('Menu.setApplicationMenu');
    recording.menu = menu?.template ?? null;
  },
};

export const powerMonitor = new EventEmitter();

export const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged: (schemes) => {
    note('protocol.registerSchemesAsPrivileged');
    recording.privilegedSchemes.push(...schemes);
  },
  handle: (scheme, handler) => {
    note(`protocol.handle:${scheme}`);
    recording.protocolHandlers.set(scheme, handler as (request: Request) => Response | Promise<Response>);
  },
};

/** Electron's net.fetch, for the one kind of URL main fetches: file: URLs of built pages. */
export const net: Pick<Electron.Net, 'fetch'> = {
  fetch: async (input) => {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.startsWith('file:')) throw new Error(`wiring stand-in: net.fetch of ${url} not expected`);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'content-type': contentType(url) } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  },
};

function contentType(url: string) {
  if (url.endsWith('.html')) return 'text/html';
  if (url.endsWith('.js')) return 'text/javascript';
  if (url.endsWith('.css')) return 'text/css';
  return 'application/octet-stream';
}

const defaultSession = {
  setPermissionRequestHandler: ((handler) => {
    note('session.setPermissionRequestHandler');
    recording.permissionRequest = handler;
  }) as Electron.Session['setPermissionRequestHandler'],
  setPermissionCheckHandler: ((handler) => {
    note('session.setPermissionCheckHandler');
    recording.permissionCheck = handler;
  }) as Electron.Session['setPermissionCheckHandler'],
  setSpellCheckerDictionaryDownloadURL: ((url) => {
    recording.spellcheck.downloadUrl = url;
  }) as Electron.Session['setSpellCheckerDictionaryDownloadURL'],
  setSpellCheckerEnabled: ((enabled) => {
    recording.spellcheck.enabled = enabled;
  }) as Electron.Session['setSpellCheckerEnabled'],
  webRequest: {
    onBeforeRequest: (listener: NonNullable<typeof recording.beforeRequest>) => {
      note('session.webRequest.onBeforeRequest');
      recording.beforeRequest = listener;
    },
  },
};

export const session = { defaultSession };

export const ipcMain = {
  handle: ((channel, listener) => {
    if (recording.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recording.ipcHandlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
  }) as Electron.IpcMain['handle'],
  on: (channel: string, listener: Listener) => {
    recording.ipcListeners.set(channel, listener);
    return ipcMain;
  },
};

export const shell: Pick<Electron.Shell, 'openPath'> = {
  openPath: async () => '',
};

// The renderer side, for the preload.
export const contextBridge: Pick<Electron.ContextBridge, 'exposeInMainWorld'> = {
  exposeInMainWorld: (key, api) => {
    recording.exposed.set(key, api);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoked: [] as { channel: string; args: unknown[] }[],
  invoke: (async (channel: string, ...args: unknown[]) => {
    ipcRenderer.invoked.push({ channel, args });
    return { ok: true, value: null };
  }) as Electron.IpcRenderer['invoke'],
});

export { FakeBrowserWindow as BrowserWindow };

export default {
  app,
  BrowserWindow: FakeBrowserWindow,
  screen,
  dialog,
  Menu,
  powerMonitor,
  protocol,
  net,
  session,
  ipcMain,
  shell,
  contextBridge,
  ipcRenderer,
};
