import { readdir, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTempFile } from '../../../electron/main/storage/atomic-file.ts';
import { createVault, unlockVault, VaultError, VaultLockedError } from '../../../electron/main/vault/index.ts';
import { inspectDataKey } from '../../../electron/main/vault/vault.ts';
import { DataKey } from '../../../electron/main/vault/data-key.ts';
import { CHEAP_KDF, freshDir, PASSPHRASE } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
});
afterEach(async () => {
  await cleanup();
});

describe('lock', () => {
  it('drops and zeroes the data key; every later call throws VaultLockedError with code locked', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('r', 'note', { text: 'geheim' });
    const key = inspectDataKey(vault);
    expect(vault.locked).toBe(false);
    expect(key.wiped).toBe(false);
    expect(key.bytesAreZero).toBe(false);

    vault.lock();
    expect(vault.locked).toBe(true);
    expect(key.wiped).toBe(true);
    expect(key.bytesAreZero).toBe(true);

    const error = await vault.get('r').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultLockedError);
    expect((error as VaultError).code).toBe('locked');
    expect((error as VaultError).userMessage.nl).toContain('vergrendeld');
    await expect(vault.put('r', 'note', {})).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.list()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.delete('r')).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.changePassphrase(PASSPHRASE, 'nog een lange zin')).rejects.toBeInstanceOf(VaultLockedError);
    expect(() => vault.lock()).not.toThrow();
    // Nothing was lost by locking.
    expect((await (await unlockVault(dir, PASSPHRASE)).get('r'))?.data).toEqual({ text: 'geheim' });
  });

  it('a lock in the middle of a list stops it instead of decrypting with a zeroed key', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    for (let i = 0; i < 50; i++) await vault.put(`r${i}`, 'note', { i });
    const listing = vault.list();
    vault.lock();
    await expect(listing).rejects.toBeInstanceOf(VaultLockedError);
    expect((await readdir(join(dir, 'records'))).length).toBe(50);
  });

  it('DataKey.wipe overwrites the very buffer it was given with zeros', () => {
    const bytes = Buffer.from('0123456789abcdef0123456789abcdef');
    const key = new DataKey(bytes);
    expect(key.use((b) => b.toString(), () => new Error('gone'))).toBe('0123456789abcdef0123456789abcdef');
    key.wipe();
    expect([...bytes].every((b) => b === 0)).toBe(true);
    expect(() => key.use((b) => b, () => new Error('gone'))).toThrow('gone');
  });
});

describe('crash safety', () => {
  it('a crash between temp write and rename of a record leaves the previous record, and the leftover is cleaned up', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('r', 'note', { version: 'oud' });
    const before = await readFile(join(dir, 'records', 'r.kv'));
    // The first step of a later write happened, then the app died.
    const temp = await writeTempFile(join(dir, 'records', 'r.kv'), Buffer.from('half-new ciphertext'));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(temp, old, old);
    vault.lock();

    const reopened = await unlockVault(dir, PASSPHRASE);
    expect((await reopened.get('r'))?.data).toEqual({ version: 'oud' });
    expect((await readFile(join(dir, 'records', 'r.kv'))).equals(before)).toBe(true);
    expect(await readdir(join(dir, 'records'))).toEqual(['r.kv']);
    expect(reopened.setAside).toEqual([]);
  });
});
