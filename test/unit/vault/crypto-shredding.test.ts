/**
 * Keys you can destroy: a deleted session's record files, copied away before the delete and put
 * back afterwards, open with nothing this vault and passphrase hold; after a change of passphrase
 * the old vault.json with the old passphrase opens nothing written since.
 */
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createVault, unlockVault } from '../../../electron/main/vault/index.ts';
import { parseHeader, unwrapGroupKey, unwrapVaultKey } from '../../../electron/main/vault/header.ts';
import { deriveKeyEncryptionKey } from '../../../electron/main/vault/kdf.ts';
import { decryptRecord } from '../../../electron/main/vault/record-cipher.ts';
import { CHEAP_KDF, freshDir, PASSPHRASE } from './helpers.ts';

const NEW_PASSPHRASE = 'paarse olifant danst op dinsdagavond';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
});
afterEach(async () => {
  await cleanup();
});

/** Every key an attacker gets from a vault.json and its passphrase: the vault key and each group key it wraps. */
async function keysFrom(headerBytes: Buffer, passphrase: string): Promise<Buffer[]> {
  const header = parseHeader(headerBytes);
  if (header.version !== 2) throw new Error('expected a version 2 header');
  const kek = await deriveKeyEncryptionKey(Buffer.from(passphrase.normalize('NFC')), header.kdf);
  const vaultKey = unwrapVaultKey(header.wrappedKey, kek);
  if (!vaultKey) throw new Error('passphrase does not open this header');
  return [vaultKey, ...header.keys.map((k) => unwrapGroupKey(k, vaultKey)!)];
}

const opensWithAny = (keys: Buffer[], id: string, bytes: Buffer) => keys.some((k) => decryptRecord(k, id, bytes).ok);

describe('deleting a session destroys its key', () => {
  it('record files copied before the delete cannot be decrypted afterwards with the current vault and passphrase', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('s1-note', 'note', { text: 'Mevrouw Janssens, 12 maart' }, 'session-1');
    await vault.put('s1-summary', 'summary', { text: 'rode draad' }, 'session-1');
    await vault.put('s2-note', 'note', { text: 'blijft' }, 'session-2');
    const records = join(dir, 'records');
    const { dir: stash, cleanup: dropStash } = await freshDir('kring-stash-');
    onTestFinished(dropStash);
    for (const id of ['s1-note', 's1-summary']) await copyFile(join(records, `${id}.kv`), join(stash, `${id}.kv`));
    // Before the delete the copies open, so the test can tell the difference.
    expect(opensWithAny(await keysFrom(await readFile(join(dir, 'vault.json')), PASSPHRASE), 's1-note', await readFile(join(stash, 's1-note.kv')))).toBe(true);

    expect(await vault.deleteGroup('session-1')).toEqual({ files: 2 });
    expect(vault.groups.map((g) => g.group).sort()).toEqual(['session-2']);

    // The copies come back (a backup of the records folder, a disk remnant).
    for (const id of ['s1-note', 's1-summary']) await copyFile(join(stash, `${id}.kv`), join(records, `${id}.kv`));
    const keys = await keysFrom(await readFile(join(dir, 'vault.json')), PASSPHRASE);
    for (const id of ['s1-note', 's1-summary']) expect(opensWithAny(keys, id, await readFile(join(records, `${id}.kv`)))).toBe(false);

    // The vault itself treats them as deleted: not listed, removed, not "set aside" as damage.
    vault.lock();
    const reopened = await unlockVault(dir, PASSPHRASE);
    expect((await reopened.list()).map((r) => r.id)).toEqual(['s2-note']);
    expect(await readdir(records)).toEqual(['s2-note.kv']);
    expect(reopened.setAside).toEqual([]);
  });

  it('a leftover file of a deleted session (a crash between shredding and unlinking) is removed when met', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('left', 'note', { text: 'weg' }, 'session-1');
    const bytes = await readFile(join(dir, 'records', 'left.kv'));
    await vault.deleteGroup('session-1');
    await writeFile(join(dir, 'records', 'left.kv'), bytes);
    expect(await vault.get('left')).toBeUndefined();
    expect(await readdir(join(dir, 'records'))).toEqual([]);
  });
});

describe('a change of passphrase re-keys', () => {
  it('the old vault.json with the old passphrase opens nothing written after the change', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('before', 'note', { text: 'al in de oude kopie' }, 'session-1');
    const oldHeader = await readFile(join(dir, 'vault.json'));

    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    await vault.put('after-same-session', 'note', { text: 'na de wijziging' }, 'session-1');
    await vault.put('after-new-session', 'note', { text: 'ook na de wijziging' }, 'session-2');
    await vault.put('before', 'note', { text: 'herschreven na de wijziging' }, 'session-1');
    expect((await vault.get('before'))?.data).toEqual({ text: 'herschreven na de wijziging' });

    const oldKeys = await keysFrom(oldHeader, PASSPHRASE);
    for (const id of ['after-same-session', 'after-new-session', 'before']) {
      expect(opensWithAny(oldKeys, id, await readFile(join(dir, 'records', `${id}.kv`))), id).toBe(false);
    }
    // The new vault.json and the new passphrase open everything.
    const newKeys = await keysFrom(await readFile(join(dir, 'vault.json')), NEW_PASSPHRASE);
    for (const id of ['after-same-session', 'after-new-session', 'before']) {
      expect(opensWithAny(newKeys, id, await readFile(join(dir, 'records', `${id}.kv`)))).toBe(true);
    }
    vault.lock();
    const reopened = await unlockVault(dir, NEW_PASSPHRASE);
    expect((await reopened.list()).map((r) => r.id).sort()).toEqual(['after-new-session', 'after-same-session', 'before']);
  });

  it('records written before the change still open, untouched, under the new passphrase', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('old', 'note', { text: 'blijft leesbaar' }, 'session-1');
    const before = await readFile(join(dir, 'records', 'old.kv'));
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    expect((await readFile(join(dir, 'records', 'old.kv'))).equals(before)).toBe(true);
    vault.lock();
    expect((await (await unlockVault(dir, NEW_PASSPHRASE)).get('old'))?.data).toEqual({ text: 'blijft leesbaar' });
  });
});

describe('set-aside files fall under retention', () => {
  it('purgeSetAside removes what was set aside before the cut-off and keeps the rest', async () => {
    let now = 1_000;
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: () => now });
    await vault.put('old', 'note', { text: 'x' });
    await vault.put('new', 'note', { text: 'y' });
    await writeFile(join(dir, 'records', 'old.kv'), 'kapot');
    expect(await vault.get('old')).toBeUndefined();
    now = 50_000;
    await writeFile(join(dir, 'records', 'new.kv'), 'ook kapot');
    expect(await vault.get('new')).toBeUndefined();
    expect(vault.setAside).toHaveLength(2);
    expect(await vault.purgeSetAside(10_000)).toEqual({ deleted: 1 });
    expect(vault.setAside.map((r) => r.id)).toEqual(['new']);
    expect(await readdir(join(dir, 'set-aside'))).toHaveLength(1);
  });
});

describe('a group whose records were all deleted one by one', () => {
  it('loses its key to shredUnusedGroups, so copies of its files no longer open; groups in use and kept ones stay', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('old-1', 'note', { text: 'verlopen' }, 'session-old');
    await vault.put('old-2', 'note', { text: 'ook verlopen' }, 'session-old');
    await vault.put('new-1', 'note', { text: 'blijft' }, 'session-new');
    await vault.put('index', 'history-index', { entries: [] });
    await vault.put('empty-live', 'note', { text: 'x' }, 'session-live');
    const copy = await readFile(join(dir, 'records', 'old-1.kv'));
    for (const id of ['old-1', 'old-2', 'empty-live']) await vault.delete(id);

    expect(await vault.shredUnusedGroups((g) => g === 'vault' || g === 'session-live')).toEqual(['session-old']);
    expect(vault.groups.map((g) => g.group).sort()).toEqual(['session-live', 'session-new', 'vault']);
    await writeFile(join(dir, 'records', 'old-1.kv'), copy);
    const keys = await keysFrom(await readFile(join(dir, 'vault.json')), PASSPHRASE);
    expect(opensWithAny(keys, 'old-1', copy)).toBe(false);
    expect(await vault.get('old-1')).toBeUndefined();
    expect((await vault.get('new-1'))?.data).toEqual({ text: 'blijft' });
  });
});
