/**
 * `npm run browser`: Kring without the Electron binary. Starts the real main-side services and
 * serves the built renderer on 127.0.0.1, then prints one link per window role.
 *
 *   KRING_DATA_DIR  where data lives (default ./.kring-data)
 *   KRING_PORT      port (default: a free one)
 */
import { join, resolve } from 'node:path';
import Conf from 'conf';
import { systemClock } from './services/clock.ts';
import { createAppServices } from './services/app-services.ts';
import { startWebSocketServer } from './transport/websocket-server.ts';
import type { Settings } from '../../shared/ipc/index.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(process.env.KRING_DATA_DIR ?? join(root, '.kring-data'));
const store = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'kring' });

const services = await createAppServices({
  dataDir,
  clock: systemClock,
  transport: 'websocket',
  settings: {
    read: () => store.store,
    write: (value: Settings) => {
      store.store = { ...value };
    },
  },
  log: (line) => process.stderr.write(`kring: ${line}\n`),
});
const server = await startWebSocketServer({
  services,
  staticDir: join(root, 'dist/renderer'),
  port: Number(process.env.KRING_PORT ?? 0),
});

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
  await services.flush();
  services.dispose();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
