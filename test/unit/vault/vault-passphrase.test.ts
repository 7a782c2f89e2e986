import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createVault,
  DEFAULT_KDF_COST,
  unlockVault,
  VaultError,
} from '../../../electron/main/vault/index.ts';
import { delayAfterFailures } from '../../../electron/main/vault/unlock-attempts.ts';
import { allFiles, CHEAP_KDF, freshDir, manualClock, PASSPHRASE } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
});
afterEach(async () => {
  await cleanup();
});

async function codeOf(p: Promise<unknown>): Promise<{ code: string; retryAfterMs: number | undefined }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof VaultError)) throw new Error(`expected a VaultError, got ${String(e)}`);
  return { code: e.code, retryAfterMs: e.retryAfterMs };
}

describe('passphrase', () => {
  it('uses the real scrypt cost by default (N=2^17, r=8, p=1) and opens with it', async () => {
    const vault = await createVault(dir, PASSPHRASE);
    await vault.put('r', 'note', { ok: true });
    vault.lock();
    const header = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as { kdf: { N: number; r: number; p: number; keyLen: number; salt: string } };
    expect(header.kdf).toMatchObject({ N: 2 ** 17, r: 8, p: 1, keyLen: 32 });
    expect(DEFAULT_KDF_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(16);
    const reopened = await unlockVault(dir, PASSPHRASE);
    expect((await reopened.get('r'))?.data).toEqual({ ok: true });
    expect((await codeOf(unlockVault(dir, 'niet het goede wachtwoord'))).code).toBe('wrong-passphrase');
  });

  it('wrong passphrase: wrong-passphrase, then growing waits that survive a restart; success resets', async () => {
    const clock = manualClock(1_000_000);
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF, now: clock.now });
    const attempt = (p: string) => unlockVault(dir, p, { now: clock.now });

    expect(await codeOf(attempt('fout een'))).toEqual({ code: 'wrong-passphrase', retryAfterMs: undefined });
    expect(await codeOf(attempt('fout twee'))).toEqual({ code: 'wrong-passphrase', retryAfterMs: undefined });
    expect(await codeOf(attempt('fout drie'))).toEqual({ code: 'wrong-passphrase', retryAfterMs: 5000 });
    // Too soon, even with the right passphrase:
    expect(await codeOf(attempt(PASSPHRASE))).toEqual({ code: 'too-many-attempts', retryAfterMs: 5000 });
    clock.advance(2000);
    // A "restart": a fresh call with fresh options still sees the counter on disk.
    expect(await codeOf(unlockVault(dir, PASSPHRASE, { now: clock.now }))).toEqual({ code: 'too-many-attempts', retryAfterMs: 3000 });
    clock.advance(3000);
    expect(await codeOf(attempt('fout vier'))).toEqual({ code: 'wrong-passphrase', retryAfterMs: 15_000 });
    clock.advance(14_999);
    const tooSoon = await unlockVault(dir, PASSPHRASE, { now: clock.now }).catch((e: unknown) => e);
    expect(tooSoon).toBeInstanceOf(VaultError);
    expect((tooSoon as VaultError).code).toBe('too-many-attempts');
    expect((tooSoon as VaultError).userMessage.nl).toContain('Wacht 1 seconde');
    clock.advance(1);
    const vault = await attempt(PASSPHRASE);
    expect(vault.locked).toBe(false);
    // The success reset the counter: the next wrong one has no wait.
    expect(await codeOf(attempt('weer fout'))).toEqual({ code: 'wrong-passphrase', retryAfterMs: undefined });
  });

  it('the wait grows from 5 seconds to 15 minutes: ten wrong guesses cost over half an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 5_000, 15_000, 30_000, 60_000]);
    expect(delayAfterFailures(10)).toBe(900_000);
    expect(delayAfterFailures(50)).toBe(900_000);
    const firstTen = Array.from({ length: 10 }, (_, i) => delayAfterFailures(i + 1)).reduce((a, b) => a + b, 0);
    expect(firstTen).toBeGreaterThan(30 * 60_000);
  });

  it('the wrong-passphrase message is the calm Dutch one', async () => {
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    const e = await unlockVault(dir, 'verkeerd!').catch((err: unknown) => err);
    expect((e as VaultError).userMessage).toEqual({
      nl: 'Dit wachtwoord klopt niet. Probeer het opnieuw; let op hoofdletters.',
      en: 'This passphrase is not correct. Try again; mind capital letters.',
    });
  });

  it('empty and too short passphrases are refused with a clear message; an empty try is not counted', async () => {
    expect((await codeOf(createVault(dir, '', { kdf: CHEAP_KDF }))).code).toBe('empty-passphrase');
    expect((await codeOf(createVault(dir, '        ', { kdf: CHEAP_KDF }))).code).toBe('empty-passphrase');
    const short = await createVault(dir, 'kort', { kdf: CHEAP_KDF }).catch((e: unknown) => e);
    expect((short as VaultError).code).toBe('passphrase-too-short');
    expect((short as VaultError).userMessage.nl).toContain('minstens 8 tekens');
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    for (let i = 0; i < 5; i++) expect((await codeOf(unlockVault(dir, ''))).code).toBe('empty-passphrase');
    expect((await unlockVault(dir, PASSPHRASE)).locked).toBe(false);
  });

  it('change of passphrase: old one fails, new one opens, record files untouched', async () => {
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('a', 'note', { text: 'blijft' });
    await vault.put('b', 'summary', { text: 'ook' });
    const before = (await allFiles(join(dir, 'records'))).map((f) => f.bytes.toString('hex'));

    expect((await codeOf(vault.changePassphrase('niet het oude', 'nieuwe lange zin'))).code).toBe('wrong-passphrase');
    expect((await codeOf(vault.changePassphrase(PASSPHRASE, 'kort'))).code).toBe('passphrase-too-short');
    await vault.changePassphrase(PASSPHRASE, 'nieuwe lange zin');
    expect((await vault.get('a'))?.data).toEqual({ text: 'blijft' });
    vault.lock();

    expect((await codeOf(unlockVault(dir, PASSPHRASE))).code).toBe('wrong-passphrase');
    const reopened = await unlockVault(dir, 'nieuwe lange zin');
    expect((await reopened.list()).map((r) => r.data)).toEqual(expect.arrayContaining([{ text: 'blijft' }, { text: 'ook' }]));
    const after = (await allFiles(join(dir, 'records'))).map((f) => f.bytes.toString('hex'));
    expect(after).toEqual(before);
  });

  it('unlocking the same vault with "ë" typed as one or as two code points works', async () => {
    await createVault(dir, 'cliënte is geen naam', { kdf: CHEAP_KDF });
    const v = await unlockVault(dir, 'cliënte is geen naam'.normalize('NFD'));
    expect(v.locked).toBe(false);
  });
});

describe('header problems', () => {
  it('a damaged header gives corrupt-header', async () => {
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await writeFile(join(dir, 'vault.json'), '{"format":"kring-vault","version":1,"kdf":');
    const e = await unlockVault(dir, PASSPHRASE).catch((err: unknown) => err);
    expect((e as VaultError).code).toBe('corrupt-header');
    expect((e as VaultError).userMessage.nl).toContain('beschadigd');
  });

  it('a header with a bad field (salt length, absurd scrypt cost) gives corrupt-header', async () => {
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    const header = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as { kdf: { N: number; salt: string } };
    await writeFile(join(dir, 'vault.json'), JSON.stringify({ ...header, kdf: { ...header.kdf, N: 2 ** 30 } }));
    expect((await codeOf(unlockVault(dir, PASSPHRASE))).code).toBe('corrupt-header');
    await writeFile(join(dir, 'vault.json'), JSON.stringify({ ...header, kdf: { ...header.kdf, salt: 'AAAA' } }));
    expect((await codeOf(unlockVault(dir, PASSPHRASE))).code).toBe('corrupt-header');
  });

  it('an unknown (newer) version gives unsupported-version', async () => {
    await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    const header = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'vault.json'), JSON.stringify({ ...header, version: 3 }));
    const e = await unlockVault(dir, PASSPHRASE).catch((err: unknown) => err);
    expect((e as VaultError).code).toBe('unsupported-version');
    expect((e as VaultError).userMessage.nl).toContain('nieuwere versie');
  });

  it('no vault at all gives no-vault; records without a header give corrupt-header', async () => {
    expect((await codeOf(unlockVault(dir, PASSPHRASE))).code).toBe('no-vault');
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.put('x', 'note', {});
    await writeFile(join(dir, 'vault.json'), '');
    expect((await codeOf(unlockVault(dir, PASSPHRASE))).code).toBe('corrupt-header');
  });
});
