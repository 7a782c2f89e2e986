import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, newRecordId, unlockVault, vaultExists } from '../../../electron/main/vault/index.ts';
import { allFiles, CHEAP_KDF, freshDir, manualClock, PASSPHRASE } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
});
afterEach(async () => {
  await cleanup();
});

describe('vault records', () => {
  it('round trip: what is put comes back after lock and unlock', async () => {
    expect(await vaultExists(dir)).toBe(false);
    const clock = manualClock(Date.UTC(2025, 0, 10));
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    expect(await vaultExists(dir)).toBe(true);
    const id = newRecordId();
    const data = { title: 'Inbreng', text: 'Ik voelde me machteloos — cliënte wilde niet praten.', tags: ['grenzen'], n: 3 };
    await vault.put(id, 'note', data);
    vault.lock();

    const reopened = await unlockVault(dir, PASSPHRASE, { now: clock.now });
    const record = await reopened.get<typeof data>(id);
    expect(record).toEqual({ id, kind: 'note', createdAt: clock.now(), updatedAt: clock.now(), data });
    expect(await reopened.get(newRecordId())).toBeUndefined();
  });

  it('replacing a record keeps createdAt and moves updatedAt', async () => {
    const clock = manualClock(1_700_000_000_000);
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    await vault.put('r1', 'note', { v: 1 });
    clock.advance(60_000);
    await vault.put('r1', 'note', { v: 2 });
    expect(await vault.get('r1')).toEqual({ id: 'r1', kind: 'note', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_060_000, data: { v: 2 } });
  });

  it('lists all records or those of one kind, newest first, and delete removes the file', async () => {
    const clock = manualClock(1_000_000);
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    for (const [i, kind] of ['note', 'summary', 'note'].entries()) {
      clock.advance(1000);
      await vault.put(`id${i}`, kind, { i });
    }
    expect((await vault.list()).map((r) => r.id)).toEqual(['id2', 'id1', 'id0']);
    expect((await vault.list('note')).map((r) => r.id)).toEqual(['id2', 'id0']);
    expect(await vault.list('nothing-of-this-kind')).toEqual([]);
    await vault.delete('id0');
    expect(await readdir(join(dir, 'records'))).not.toContain('id0.kv');
    expect((await vault.list()).map((r) => r.id)).toEqual(['id2', 'id1']);
    await expect(vault.delete('id0')).resolves.toBeUndefined();
  });

  it('no plaintext reaches the disk: no file in the vault folder contains what was written', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    const secrets = [
      'Hermelien Verbruggen',
      'cliënte',
      'bevallen op 12/03/2024',
      'machteloos toen ze wegging',
      'supervision-note-kind',
      PASSPHRASE,
    ];
    await vault.put(newRecordId(), 'supervision-note-kind', {
      text: 'De cliënte Hermelien Verbruggen is bevallen op 12/03/2024. Ik voelde me machteloos toen ze wegging.',
    });
    await vault.put(newRecordId(), 'supervision-note-kind', { text: 'cliënte '.repeat(200) });
    await vault.changePassphrase(PASSPHRASE, 'een ander lang wachtwoord');
    const files = await allFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { path, bytes } of files) {
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${path}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret.toLowerCase(), 'utf8')), `${secret} in ${path}`).toBe(false);
        expect(path).not.toContain(secret);
      }
      // "cliënte" as UTF-8 bytes and as its decomposed form (e + combining diaeresis)
      expect(bytes.includes(Buffer.from([0x63, 0x6c, 0x69, 0xc3, 0xab, 0x6e, 0x74, 0x65]))).toBe(false);
      expect(bytes.includes(Buffer.from('cliënte'.normalize('NFD'), 'utf8'))).toBe(false);
    }
  });

  it('every write uses a fresh IV: the same record written twice gives different bytes', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: () => 5 });
    await vault.put('same', 'note', { text: 'gelijk' });
    const first = await readFile(join(dir, 'records', 'same.kv'));
    await vault.put('same', 'note', { text: 'gelijk' });
    const second = await readFile(join(dir, 'records', 'same.kv'));
    expect(first.equals(second)).toBe(false);
    // The IV follows "KRV", the version byte and the 16-byte key id.
    expect(first.subarray(20, 32).equals(second.subarray(20, 32))).toBe(false);
  });

  it('rejects ids that could leave the records folder and data that is not JSON', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await expect(vault.put('../escape', 'note', {})).rejects.toThrow(TypeError);
    await expect(vault.get('a/b')).rejects.toThrow(TypeError);
    await expect(vault.put('ok', '', {})).rejects.toThrow(TypeError);
    await expect(vault.put('ok', 'note', undefined)).rejects.toThrow(TypeError);
  });

  it('refuses to create a vault over an existing one', async () => {
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await expect(createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF })).rejects.toMatchObject({ code: 'already-exists' });
  });
});
