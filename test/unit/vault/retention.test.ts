import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, purgeExpired } from '../../../electron/main/vault/index.ts';
import { CHEAP_KDF, freshDir, manualClock, PASSPHRASE } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
});
afterEach(async () => {
  await cleanup();
});

describe('purgeExpired', () => {
  it('deletes only expired records of the given kinds, and their files are gone', async () => {
    const clock = manualClock(Date.UTC(2024, 0, 15));
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    await vault.put('old-note', 'note', { t: 1 });
    await vault.put('old-summary', 'summary', { t: 2 });
    await vault.put('old-setting', 'preference', { t: 3 });
    await vault.put('edited-later', 'note', { t: 4 });
    clock.set(Date.UTC(2024, 1, 1, 0, 0, 0, 1)); // just after the cut-off below
    await vault.put('edited-later', 'note', { t: 4, edited: true });
    clock.set(Date.UTC(2024, 6, 20));
    await vault.put('new-note', 'note', { t: 5 });

    const result = await purgeExpired(vault, { now: Date.UTC(2024, 7, 1), retentionMonths: 6, kinds: ['note', 'summary'] });
    expect(result).toEqual({ deleted: 2 });
    expect((await vault.list()).map((r) => r.id).sort()).toEqual(['edited-later', 'new-note', 'old-setting']);
    const files = await readdir(join(dir, 'records'));
    expect(files.sort()).toEqual(['edited-later.kv', 'new-note.kv', 'old-setting.kv']);
    expect(await vault.get('old-note')).toBeUndefined();
  });

  it('keeps a record changed exactly at the cut-off and refuses a retention that is not a whole number of months', async () => {
    const clock = manualClock(Date.UTC(2024, 1, 1));
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    await vault.put('edge', 'note', {});
    expect(await purgeExpired(vault, { now: Date.UTC(2024, 7, 1), retentionMonths: 6, kinds: ['note'] })).toEqual({ deleted: 0 });
    expect(await purgeExpired(vault, { now: Date.UTC(2024, 7, 1), retentionMonths: 5, kinds: ['note'] })).toEqual({ deleted: 1 });
    await expect(purgeExpired(vault, { now: Date.now(), retentionMonths: 0, kinds: ['note'] })).rejects.toThrow(RangeError);
    await expect(purgeExpired(vault, { now: Date.now(), retentionMonths: Number.POSITIVE_INFINITY, kinds: ['note'] })).rejects.toThrow(RangeError);
  });
});
