/**
 * What a supervisor with a vault from before issue 14 meets: it opens with the old passphrase,
 * every session is still in the history with its notes, the window is asked to choose a stronger
 * passphrase, and deleting a session shreds it. Wrong passphrases make a wait that a restart keeps.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { AppStatus, HistoryEntry, Note, Reply } from '../../../shared/ipc/index.ts';
import { FakeClock } from './fake-clock.ts';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/vault-v1');

let dataDir: string;
let clock: FakeClock;
const running: AppServices[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-upgrade-'));
  await cp(FIXTURE, join(dataDir, 'vault'), { recursive: true });
  clock = new FakeClock();
});
afterEach(async () => {
  for (const s of running.splice(0)) {
    await s.flush();
    s.dispose();
  }
  await new Promise((r) => setTimeout(r, 50));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(): Promise<AppServices> {
  let stored: unknown;
  const services = await createAppServices({
    dataDir,
    clock,
    settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) },
    transport: 'websocket',
    kdf: { N: 2 ** 10, r: 8, p: 1 },
  });
  running.push(services);
  return services;
}

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message.en}`);
  return reply.value as T;
}

async function settle(services: AppServices) {
  // The work after an unlock (migration, retention) runs in the background; wait for the history.
  for (let i = 0; i < 100; i++) {
    const r = await services.dispatch('supervisor', 'history.list', { query: '' });
    if (r.ok && services.vaults.vault()?.hasLegacyRecords === false) return;
    await new Promise((res) => setTimeout(res, 10));
  }
}

describe('a vault from before issue 14', () => {
  it('opens, keeps every session and note, asks for a stronger passphrase, and a delete shreds', async () => {
    const services = await start();
    const d = services.dispatch;
    value(await d('supervisor', 'vault.unlock', { passphrase: 'wachtwoord' }));
    await settle(services);
    // Judged in the background after the unlock.
    for (let i = 0; i < 200 && !value<AppStatus>(await d('supervisor', 'app.status', {})).passphraseWeak; i++) await new Promise((r) => setTimeout(r, 10));
    expect(value<AppStatus>(await d('supervisor', 'app.status', {})).passphraseWeak).toBe(true);

    const history = value<HistoryEntry[]>(await d('supervisor', 'history.list', { query: '' }));
    expect(history.map((h) => h.caseTitles[0]).sort()).toEqual(['Een moeder die alles afwijst', 'Grenzen bij huisbezoek']);
    for (const entry of history) {
      const notes = value<Note[]>(await d('supervisor', 'notes.list', { sessionId: entry.sessionId }));
      expect(notes.map((n) => n.text).join('\n')).toMatch(/cliënte A komt telkens met haar partner\. Hij antwoordt in haar plaats\. ëïü — “quotes”/);
    }
    expect(services.vaults.vault()!.groups).toHaveLength(3);

    // A weak new passphrase is refused; a strong one clears the request.
    const weak = await d('supervisor', 'vault.changePassphrase', { current: 'wachtwoord', next: 'wachtwoord2024' });
    expect(!weak.ok && weak.error.code).toBe('passphrase-weak');
    value(await d('supervisor', 'vault.changePassphrase', { current: 'wachtwoord', next: 'vier losse woorden in de kring' }));
    expect(value<AppStatus>(await d('supervisor', 'app.status', {})).passphraseWeak).toBe(false);

    // Deleting a session removes its key from the key file.
    const gone = history[0]!.sessionId;
    value(await d('supervisor', 'history.delete', { sessionId: gone }));
    expect(services.vaults.vault()!.groups.map((g) => g.group)).not.toContain(gone);
    expect(value<HistoryEntry[]>(await d('supervisor', 'history.list', { query: '' })).map((h) => h.sessionId)).toEqual([history[1]!.sessionId]);
  });

  it('wrong passphrases give a wait that the status shows, also after a restart', async () => {
    const first = await start();
    for (const guess of ['raden een', 'raden twee', 'raden drie']) {
      const r = await first.dispatch('supervisor', 'vault.unlock', { passphrase: guess });
      expect(r.ok).toBe(false);
    }
    const third = await first.dispatch('supervisor', 'vault.unlock', { passphrase: 'wachtwoord' });
    expect(!third.ok && third.error.code).toBe('too-many-attempts');
    expect(!third.ok && third.error.retryAt).toBe(clock.now() + 5_000);
    expect(value<AppStatus>(await first.dispatch('supervisor', 'app.status', {})).unlockRetryAt).toBe(clock.now() + 5_000);
    await first.flush();
    first.dispose();
    running.splice(0);

    const second = await start();
    expect(value<AppStatus>(await second.dispatch('supervisor', 'app.status', {})).unlockRetryAt).toBe(clock.now() + 5_000);
  });
});
