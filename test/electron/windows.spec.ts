/**
 * The real app: three windows by role, one session, in sync. Skips (saying why) without the binary.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectron } from './electron-binary.ts';

const binary = findElectron();
test.skip('missing' in binary, 'missing' in binary ? `Electron tier skipped: ${binary.missing}` : '');

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  if (!('path' in binary)) return;
  userData = await mkdtemp(join(tmpdir(), 'kring-electron-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: [resolve(import.meta.dirname, '../..'), `--user-data-dir=${userData}`],
    env: { ...process.env, KRING_DEVTOOLS: '0' },
  });
});

test.afterEach(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
});

async function windowFor(role: string): Promise<Page> {
  await expect.poll(() => app.windows().some((w) => w.url().endsWith(`/${role}.html`))).toBe(true);
  return app.windows().find((w) => w.url().endsWith(`/${role}.html`))!;
}

test('opens the supervisor window hardened, and the timekeeper and circle windows from it', async () => {
  const supervisor = await windowFor('supervisor');
  expect(await supervisor.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await supervisor.evaluate(() => typeof (window as unknown as { kring?: unknown }).kring)).toBe('object');
  await supervisor.evaluate(() => (window as unknown as { kring: Record<string, (r: unknown) => Promise<unknown>> }).kring['windows.open']!({ role: 'timekeeper' }));
  await supervisor.evaluate(() => (window as unknown as { kring: Record<string, (r: unknown) => Promise<unknown>> }).kring['windows.open']!({ role: 'circle' }));
  await windowFor('timekeeper');
  await windowFor('circle');
  expect(app.windows()).toHaveLength(3);
});

test('a command from the timekeeper window shows in the supervisor window', async () => {
  const supervisor = await windowFor('supervisor');
  type K = { kring: Record<string, (r: unknown) => Promise<{ ok: boolean; value?: { proposals: { id: string }[] } }>> };
  const run = (page: Page, channel: string, req: unknown) =>
    page.evaluate(([c, r]) => (window as unknown as K).kring[c]!(r), [channel, req] as const);
  await run(supervisor, 'vault.create', { passphrase: 'lange zin voor de test' });
  await run(supervisor, 'session.begin', { replace: false });
  await run(supervisor, 'session.command', { type: 'CONFIRM_PLAN' });
  await run(supervisor, 'session.command', { type: 'FINISH_OPENING' });
  await run(supervisor, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Casus', presenterId: null, criteria: [] });
  const view = await run(supervisor, 'session.view', {});
  await run(supervisor, 'session.command', { type: 'CHOOSE_PROPOSAL', id: view.value!.proposals[0]!.id, caseId: '' });
  await run(supervisor, 'windows.open', { role: 'timekeeper' });
  const timekeeper = await windowFor('timekeeper');
  expect((await run(timekeeper, 'session.command', { type: 'START' })).ok).toBe(true);
  await expect(supervisor.getByTestId('time-left').first()).toBeVisible();
  const denied = await run(timekeeper, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'X' });
  expect(denied.ok).toBe(false);
});
