/**
 * `npm run browser`: Kring without the Electron binary. Starts the real main-side services and
 * serves the built renderer on 127.0.0.1, then prints one link per window role.
 *
 *   KRING_DATA_DIR  where data lives (default ./.kring-data)
 *   KRING_PORT      port (default: a free one)
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemClock } from './services/clock.ts';
import { createAppServices } from './services/app-services.ts';
import { openSettingsStore, SETTINGS_FILE_MODE, UNREADABLE } from './services/settings-store.ts';
import { openJsonSettingsFile } from './storage/json-settings-file.ts';
import { writeFileAtomic } from './storage/atomic-file.ts';
import { startWebSocketServer } from './transport/websocket-server.ts';
import { isWindowRole } from '../../shared/ipc/index.ts';
import type { Settings, WindowRole } from '../../shared/ipc/index.ts';

/**
 * Port and tokens of the running process. Tokens are fresh at every start, with one exception:
 * after a crash (the file still says `open`) within a few hours, the same links keep working, so
 * the windows that were open reconnect by themselves. A clean stop removes the tokens.
 */
interface Access {
  port: number;
  tokens?: Record<WindowRole, string>;
  /** Epoch ms at which the tokens were made. */
  issuedAt?: number;
  /** True while the process that wrote it runs; false after a clean stop. */
  open?: boolean;
}

/** Tokens of a crashed run are reused for this long at most. */
const CRASH_REUSE_MS = 12 * 60 * 60_000;

/** The previous run's access, 'none' on a first run, 'unreadable' when the file is damaged. */
async function readAccess(file: string): Promise<Access | 'none' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Access;
    if (!Number.isInteger(value.port)) return 'unreadable';
    if (value.tokens === undefined) return { port: value.port };
    const tokensOk = Object.entries(value.tokens).every(([r, t]) => isWindowRole(r) && /^[0-9a-f]{48}$/.test(t));
    return tokensOk && Object.keys(value.tokens).length === 3 ? value : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

const ACCESS_RESET = {
  nl: 'Het bestand met de links naar de vensters was beschadigd en is vervangen door nieuwe links. Open de tijdbewaker en het kringscherm opnieuw met de links die Kring nu toont.',
  en: 'The file with the window links was damaged and has been replaced by new links. Open the timekeeper and circle windows again with the links Kring shows now.',
};

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(process.env.KRING_DATA_DIR ?? join(root, '.kring-data'));
// A settings file that is not JSON is moved aside (see settings-store.ts), not a reason to stop.
const settingsFile = join(dataDir, 'settings.json');
const { store, setAsideTo } = openSettingsStore(() => openJsonSettingsFile(settingsFile, SETTINGS_FILE_MODE), settingsFile);
let settingsUnreadable = setAsideTo !== null;

const services = await createAppServices({
  dataDir,
  clock: systemClock,
  transport: 'websocket',
  // The first start's language: the environment's locale, as a desktop session sets it ("C" says nothing).
  systemLocales: [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].filter((l): l is string => !!l && !/^(C|POSIX)([._]|$)/.test(l)),
  settings: {
    read: () => {
      if (!settingsUnreadable) return store.store;
      settingsUnreadable = false;
      return UNREADABLE; // the settings service resets to defaults and says so
    },
    write: (value: Settings) => {
      store.store = { ...value };
    },
  },
  log: (line) => process.stderr.write(`kring: ${line}\n`),
});
const accessFile = join(dataDir, 'browser-access.json');
const access = await readAccess(accessFile);
if (access === 'unreadable') services.notify({ level: 'warning', message: ACCESS_RESET });
const previous = typeof access === 'object' ? access : undefined;
const crashedRecently =
  previous?.open === true && previous.tokens !== undefined && previous.issuedAt !== undefined && Date.now() - previous.issuedAt < CRASH_REUSE_MS && Date.now() >= previous.issuedAt;
const reuse = crashedRecently ? { tokens: previous.tokens!, issuedAt: previous.issuedAt! } : null;
const wanted = Number(process.env.KRING_PORT ?? previous?.port ?? 0);
const staticDir = join(root, 'dist/renderer');
const server = await startWebSocketServer({ services, staticDir, port: wanted, ...(reuse ? { tokens: reuse.tokens } : {}) }).catch(
  // The old port is taken by something else: take a free one (windows then need the new links).
  () => startWebSocketServer({ services, staticDir, port: 0 }),
);
const issuedAt = reuse && server.tokens === reuse.tokens ? reuse.issuedAt : Date.now();
await writeFileAtomic(accessFile, JSON.stringify({ port: server.port, tokens: server.tokens, issuedAt, open: true } satisfies Access));

process.stdout.write(
  [
    'Kring draait in je browser / Kring is running in your browser.',
    `  Supervisor (begeleider):          ${server.urls.supervisor}`,
    `  Tijdbewaker (tweede begeleider):  ${server.urls.timekeeper}`,
    `  Kringscherm (voor de groep):      ${server.urls.circle}`,
    `Gegevens / data: ${dataDir}`,
    'Stoppen / stop: Ctrl+C',
    `KRING_READY ${JSON.stringify({ port: server.port, urls: server.urls, pid: process.pid })}`,
    '',
  ].join('\n'),
);

async function shutdown() {
  // A clean stop: the next start makes new links (only the port is remembered). First thing, so
  // a stop that is cut short still leaves no reusable tokens behind.
  await writeFileAtomic(accessFile, JSON.stringify({ port: server.port } satisfies Access)).catch(() => undefined);
  await services.flush();
  services.dispose();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
