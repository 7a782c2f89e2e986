import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, judgePassphrase, VaultError } from '../../../electron/main/vault/index.ts';
import { CHEAP_KDF, freshDir, PASSPHRASE } from './helpers.ts';

/** What people actually choose (Dutch, Flemish and English): every one must be refused by main. */
const WEAK = [
  '12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', 'aaaaaaaa', 'abcdefgh', 'abc12345',
  'qwertyui', 'qwerty123', 'azertyui', 'azerty123', 'asdfghjk', 'password', 'password1', 'Password1!', 'P@ssw0rd',
  'passw0rd', 'iloveyou', 'letmein1', 'welcome1', 'sunshine', 'football', 'baseball', 'superman', 'trustno1',
  'whatever', 'starwars', 'Summer2024!', 'Winter2023', 'wachtwoord', 'wachtwoord1', 'Wachtwoord123', 'Wachtwoord!',
  'welkom01', 'welkom123', 'Welkom2024!', 'Welkom01!', 'geheim123', 'Geheim!2024', 'zomer2024', 'Zomer2023!',
  'lente2025', 'voetbal123', 'Amsterdam1', 'Rotterdam2024', 'antwerpen1', 'Brussel2024', 'hallo1234', 'hallohallo',
  'ikhouvanjou', 'mijnwachtwoord', 'Supervisie01', 'intervisie', 'Intervisie2024', 'kring1234', 'Kring2026!',
  'Pieter1980', 'Sanne1990!', 'Jan12345', 'Marieke01', 'feyenoord', 'ajax1900', 'Ajax1900!', 'kabouter', 'Konijn123',
  'Qwerty!234', 'Aa123456', 'Aa123456!', 'januari2024', 'Maandag1!',
];

/** Easy to remember and far out of reach: four (or more) unrelated words, or a long odd sentence. */
const STRONG = [
  'fiets regen tafel koffie',
  'paarse olifant danst op dinsdagavond',
  'Mijn kat heet Minoes en eet spruitjes!',
  'lamp wolk tandpasta vijver',
  'correct horse battery staple',
  'zonnebloem-fiets-42-kastanje',
];

describe('the passphrase policy (main decides)', () => {
  it(`refuses all ${WEAK.length} common Dutch and English passphrases, each with advice in both languages`, async () => {
    expect(WEAK.length).toBeGreaterThanOrEqual(50);
    const verdicts = await Promise.all(WEAK.map((p) => judgePassphrase(p)));
    expect(WEAK.filter((_, i) => verdicts[i]!.acceptable)).toEqual([]);
    for (const p of WEAK) {
      const { advice } = await judgePassphrase(p);
      expect(advice.nl).toMatch(/woorden/);
      expect(advice.en).toMatch(/words|characters/);
    }
  });

  it('accepts four unrelated words and long sentences', async () => {
    const verdicts = await Promise.all(STRONG.map((p) => judgePassphrase(p)));
    expect(STRONG.filter((_, i) => !verdicts[i]!.acceptable)).toEqual([]);
    expect((await judgePassphrase(STRONG[0]!)).score).toBe(4);
  });

  it('advises four unrelated words in Dutch', async () => {
    expect((await judgePassphrase('Welkom2024!')).advice.nl).toContain('Vier losse woorden werken goed');
    expect((await judgePassphrase('kort')).advice.nl).toContain('minstens 8 tekens');
  });
});

describe('createVault and changePassphrase enforce it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await freshDir());
  });
  afterEach(async () => {
    await cleanup();
  });

  it('a weak passphrase creates no vault and says why', async () => {
    for (const weak of ['12345678', 'wachtwoord', 'aaaaaaaa']) {
      const e = await createVault(dir, weak, { kdf: CHEAP_KDF }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(VaultError);
      expect((e as VaultError).code).toMatch(/passphrase-weak/);
      expect((e as VaultError).userMessage.nl).toMatch(/woorden/);
    }
    // Nothing was made: a strong one still creates the vault here.
    const vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await expect(vault.changePassphrase(PASSPHRASE, 'Welkom2024!')).rejects.toMatchObject({ code: 'passphrase-weak' });
  });
});
