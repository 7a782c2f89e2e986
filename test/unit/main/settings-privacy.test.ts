/**
 * Settings are not for everyone's eyes: the file is readable by its owner only, and each window
 * is sent only the settings its role uses — the circle display, seen by the whole group, never
 * receives an own prompt or a favourite.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import { openSettingsStore, SETTINGS_FILE_MODE } from '../../../electron/main/services/settings-store.ts';
import { openJsonSettingsFile } from '../../../electron/main/storage/json-settings-file.ts';
import type { Push, Settings, WindowRole } from '../../../shared/ipc/index.ts';
import { FakeClock } from './fake-clock.ts';

const OWN_PROMPT = 'Wat zou mevrouw Janssens hiervan zeggen?';

let dir: string;
let services: AppServices | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kring-settings-'));
});
afterEach(async () => {
  services?.dispose();
  services = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The desktop app's settings (electron-store is conf underneath) and the browser server's own JSON file. */
const OPENERS = {
  conf: () =>
    openSettingsStore(() => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'kring', configFileMode: SETTINGS_FILE_MODE }), join(dir, 'settings.json')),
  'browser server': () => openSettingsStore(() => openJsonSettingsFile(join(dir, 'settings.json'), SETTINGS_FILE_MODE), join(dir, 'settings.json')),
};

describe.each(Object.entries(OPENERS))('the settings file (%s)', (_name, openConf) => {
  it('keeps what was set for the next start, in the same file conf wrote', async () => {
    openConf().store.store = { language: 'en', sound: false };
    expect(openConf().store.store).toEqual({ language: 'en', sound: false });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'en', sound: false });
  });

  it('sets a damaged file aside (kept) and opens empty', async () => {
    await writeFile(join(dir, 'settings.json'), '{"language": "e');
    const { store, setAsideTo } = openConf();
    expect(store.store).toEqual({});
    expect(setAsideTo).not.toBeNull();
    expect(await readFile(setAsideTo!, 'utf8')).toBe('{"language": "e');
  });

  it.skipIf(process.platform === 'win32')('is written with mode 0600', async () => {
    const { store } = openConf();
    store.store = { language: 'en' };
    expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('left world-readable by an older version, is narrowed to 0600 on open', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'nl', customPrompts: [] }), { mode: 0o644 });
    expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o644);
    const { store } = openConf();
    expect(store.store).toMatchObject({ language: 'nl' });
    expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
  });
});

describe('settings pushed to windows', () => {
  it('the circle display and the timekeeper never receive own prompts or favourites; the supervisor does', async () => {
    let stored: unknown;
    services = await createAppServices({
      dataDir: dir,
      clock: new FakeClock(),
      settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) },
      transport: 'websocket',
      kdf: { N: 2 ** 10, r: 8, p: 1 },
    });
    const pushes: Record<WindowRole, Push[]> = { supervisor: [], timekeeper: [], circle: [] };
    for (const role of ['supervisor', 'timekeeper', 'circle'] as const) services.connect(role, (p) => pushes[role].push(structuredClone(p)));

    const set = await services.dispatch('supervisor', 'settings.set', {
      customPrompts: [{ id: 'own-1', stepId: null, text: OWN_PROMPT }],
      favouritePrompts: ['own-1'],
      circleDisplay: 'bar',
    });
    expect(set.ok).toBe(true);

    const settingsPushes = (role: WindowRole) => pushes[role].filter((p): p is Extract<Push, { type: 'settings' }> => p.type === 'settings').map((p) => p.settings);
    // On connect and after the change, every window got settings…
    for (const role of ['supervisor', 'timekeeper', 'circle'] as const) expect(settingsPushes(role).length).toBe(2);
    // …but only the supervisor's carry the own prompt, byte for byte.
    const wire = (role: WindowRole) => JSON.stringify(pushes[role]);
    expect(wire('supervisor')).toContain(OWN_PROMPT);
    expect(wire('circle')).not.toContain(OWN_PROMPT);
    expect(wire('circle')).not.toContain('own-1');
    expect(wire('timekeeper')).not.toContain(OWN_PROMPT);
    expect(settingsPushes('circle').at(-1)).toEqual({ language: 'nl-BE', theme: 'system', circleDisplay: 'bar', warningMinutes: {} });
    expect(Object.keys(settingsPushes('circle').at(-1)!)).not.toContain('customPrompts');

    // Asking is no way around it.
    const asked = await services.dispatch('circle', 'settings.get', {});
    expect(asked.ok && JSON.stringify(asked.value)).not.toContain(OWN_PROMPT);
    const supAsked = await services.dispatch('supervisor', 'settings.get', {});
    expect(supAsked.ok && (supAsked.value as Settings).customPrompts[0]?.text).toBe(OWN_PROMPT);
  });
});
