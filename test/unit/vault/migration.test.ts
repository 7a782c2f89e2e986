/**
 * A vault written by the code before issue 14 (format 1, one data key; test/fixtures/vault-v1)
 * opens with today's code, moves to the key hierarchy, and not a word is lost.
 */
import { cp, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupOfRecord } from '../../../electron/main/services/records-service.ts';
import { unlockVault } from '../../../electron/main/vault/index.ts';
import type { VaultRecord } from '../../../electron/main/vault/index.ts';
import { recordKeyRef } from '../../../electron/main/vault/record-cipher.ts';
import { freshDir } from './helpers.ts';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/vault-v1');
const EXPECTED = resolve(import.meta.dirname, '../../fixtures/vault-v1-expected.json');
const OLD_PASSPHRASE = 'wachtwoord';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await cleanup();
});

const byId = (records: VaultRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

async function recordVersions(): Promise<(1 | 2 | null)[]> {
  const names = await readdir(join(dir, 'records'));
  return Promise.all(names.map(async (n) => recordKeyRef(await readFile(join(dir, 'records', n))).version));
}

describe('migrating a version-1 vault', () => {
  it('keeps every record, its content and its timestamps, and moves each under its session key', async () => {
    const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as VaultRecord[];
    expect(expected).toHaveLength(13);
    expect(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')).version).toBe(1);

    const vault = await unlockVault(dir, OLD_PASSPHRASE);
    // The header moved on at once (new vault key; the old data key kept, wrapped, for now).
    const header = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8'));
    expect(header.version).toBe(2);
    expect(header.legacy).not.toBeNull();
    expect(vault.hasLegacyRecords).toBe(true);
    expect(byId(await vault.list())).toEqual(byId(expected));

    expect(await vault.migrateLegacy(groupOfRecord)).toEqual({ rewritten: 13 });
    expect(vault.hasLegacyRecords).toBe(false);
    expect(await recordVersions()).toEqual(Array(13).fill(2));
    expect(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')).legacy).toBeNull();
    // Two sessions and the vault's own index, each with its own key.
    const sessions = [...new Set(expected.filter((r) => r.kind === 'history').map((r) => (r.data as { entry: { sessionId: string } }).entry.sessionId))];
    expect(vault.groups.map((g) => g.group).sort()).toEqual([...sessions, 'vault'].sort());
    expect(byId(await vault.list())).toEqual(byId(expected));

    // And after a restart, the same, word for word.
    vault.lock();
    const reopened = await unlockVault(dir, OLD_PASSPHRASE);
    expect(byId(await reopened.list())).toEqual(byId(expected));
    expect(reopened.setAside).toEqual([]);

    // Now a session of the old vault can be shredded like any other.
    await reopened.deleteGroup(sessions[0]!);
    const left = await reopened.list();
    expect(left.some((r) => JSON.stringify(r.data).includes(sessions[0]!) && r.kind !== 'history-index')).toBe(false);
    expect(left.some((r) => JSON.stringify(r.data).includes(sessions[1]!))).toBe(true);
  });

  it('a migration stopped halfway goes on at the next unlock without losing anything', async () => {
    const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as VaultRecord[];
    const vault = await unlockVault(dir, OLD_PASSPHRASE);
    let calls = 0;
    // A "crash" after four records: groupOf throws.
    await expect(
      vault.migrateLegacy((r) => {
        if (++calls > 4) throw new Error('stroom uitgevallen');
        return groupOfRecord(r);
      }),
    ).rejects.toThrow('stroom uitgevallen');
    vault.lock();
    const versions = await recordVersions();
    expect(versions.filter((v) => v === 2)).toHaveLength(4);
    const again = await unlockVault(dir, OLD_PASSPHRASE);
    expect(byId(await again.list())).toEqual(byId(expected));
    expect(await again.migrateLegacy(groupOfRecord)).toEqual({ rewritten: 9 });
    expect(byId(await again.list())).toEqual(byId(expected));
  });
});
