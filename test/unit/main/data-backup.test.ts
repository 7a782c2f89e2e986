/**
 * Backup, wipe and restore of the data folder: a person carries the vault to another laptop with
 * one file that stays encrypted, and a restore refuses clearly, changing nothing, when the
 * passphrase is wrong, the file is damaged, or the vault it would replace is newer.
 */
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataHandlers } from '../../../electron/main/services/data-handlers.ts';
import { BackupError, makeBackup, readBackup, restoreBackup, wipeData } from '../../../electron/main/services/data-backup.ts';
import { createVault, newRecordId, unlockVault } from '../../../electron/main/vault/index.ts';
import { allFiles, CHEAP_KDF, freshDir, PASSPHRASE } from '../vault/helpers.ts';

const NOTES = [
  'Cliënte A wil niet praten; ik voelde me machteloos.',
  'Thema: grenzen stellen bij een collega die steeds later komt.',
  'Vraag aan de groep: hoe blijf je nieuwsgierig als je boos bent?',
];

let dirs: { dir: string; cleanup: () => Promise<void> }[] = [];
async function dataFolder(): Promise<string> {
  const made = await freshDir('kring-data-');
  dirs.push(made);
  return made.dir;
}
beforeEach(() => {
  dirs = [];
});
afterEach(async () => {
  await Promise.all(dirs.map((d) => d.cleanup()));
});

/** A data folder as Kring leaves it: a vault with notes, a running session, settings. */
async function usedDataFolder(passphrase = PASSPHRASE, notes = NOTES): Promise<string> {
  const dir = await dataFolder();
  const vault = await createVault(join(dir, 'vault'), passphrase, { kdf: CHEAP_KDF });
  for (const text of notes) await vault.put(newRecordId(), 'note', { text });
  vault.lock();
  await mkdir(join(dir, 'session'));
  await writeFile(join(dir, 'session', 'current.json'), '{"timing":"only"}');
  await writeFile(join(dir, 'settings.json'), '{"language":"nl"}');
  await writeFile(join(dir, 'window-places.json'), '{}');
  return dir;
}

async function notesIn(dataDir: string, passphrase = PASSPHRASE): Promise<string[]> {
  const vault = await unlockVault(join(dataDir, 'vault'), passphrase);
  const texts = (await vault.list('note')).map((r) => (r.data as { text: string }).text);
  vault.lock();
  return texts.sort();
}

/** Make every file and folder of a vault look a day old (as if last used yesterday). */
async function ageVault(dataDir: string) {
  const old = new Date(Date.now() - 86_400_000);
  for (const f of await allFiles(join(dataDir, 'vault'))) await utimes(f.path, old, old);
  await utimes(join(dataDir, 'vault', 'records'), old, old);
}

async function snapshot(dir: string) {
  return (await allFiles(dir)).map((f) => ({ path: f.path, bytes: f.bytes.toString('base64') })).sort((a, b) => a.path.localeCompare(b.path));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('backup → wipe → restore on another data folder', () => {
  it('gives every note back, and the backup file never holds a note in plain text', async () => {
    const laptop = await usedDataFolder();
    const backup = await makeBackup(laptop);
    for (const text of NOTES) {
      expect(backup.includes(Buffer.from(text))).toBe(false);
      expect(backup.includes(Buffer.from('machteloos'))).toBe(false);
    }

    const removed = await wipeData(laptop);
    expect(removed.sort()).toEqual(['session', 'settings.json', 'vault', 'window-places.json']);
    expect(await readdir(laptop)).toEqual([]);

    const newLaptop = await dataFolder();
    const result = await restoreBackup(newLaptop, backup, PASSPHRASE);
    expect(result.replacedTo).toBeNull();
    expect(await notesIn(newLaptop)).toEqual([...NOTES].sort());
    // Nothing half-done left beside it.
    expect(await readdir(newLaptop)).toEqual(['vault']);
  });

  it('the same backup can be restored twice (unpacking is not a change of the vault)', async () => {
    const backup = await makeBackup(await usedDataFolder());
    const target = await dataFolder();
    await restoreBackup(target, backup, PASSPHRASE);
    const again = await restoreBackup(target, backup, PASSPHRASE, { now: 42 });
    expect(again.replacedTo).toBe(join(target, 'vault.replaced-42'));
    expect(await notesIn(target)).toEqual([...NOTES].sort());
  });

  it('over an older vault: restores, and keeps the vault it replaced', async () => {
    const older = await usedDataFolder('ander wachtwoord van vroeger', ['oude notitie']);
    await ageVault(older);
    const backup = await makeBackup(await usedDataFolder());
    const result = await restoreBackup(older, backup, PASSPHRASE, { now: 7 });
    expect(await notesIn(older)).toEqual([...NOTES].sort());
    expect(result.replacedTo).toBe(join(older, 'vault.replaced-7'));
    const kept = await unlockVault(result.replacedTo!, 'ander wachtwoord van vroeger');
    expect((await kept.list('note')).map((r) => (r.data as { text: string }).text)).toEqual(['oude notitie']);
    kept.lock();
  });
});

describe('a restore that must not happen changes nothing', () => {
  it('a wrong passphrase: refused, the target folder exactly as before', async () => {
    const backup = await makeBackup(await usedDataFolder());
    const empty = await dataFolder();
    expect(await refusal(restoreBackup(empty, backup, 'niet het goede wachtwoord'))).toBe('wrong-passphrase');
    expect(await readdir(empty)).toEqual([]);

    const used = await usedDataFolder('een heel ander wachtwoord', ['mijn notitie']);
    await ageVault(used);
    const before = await snapshot(used);
    expect(await refusal(restoreBackup(used, backup, 'een heel ander wachtwoord'))).toBe('wrong-passphrase');
    expect(await snapshot(used)).toEqual(before);
  });

  it('a vault changed after the backup was made: refused as newer, nothing changed', async () => {
    const source = await usedDataFolder();
    await ageVault(source);
    const backup = await makeBackup(source);
    // After the backup, the person keeps working on this laptop.
    const vault = await unlockVault(join(source, 'vault'), PASSPHRASE);
    await vault.put(newRecordId(), 'note', { text: 'geschreven na de reservekopie' });
    vault.lock();
    const before = await snapshot(source);
    const error = await restoreBackup(source, backup, PASSPHRASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('newer-vault');
    expect((error as BackupError).userMessage.nl).toMatch(/gewijzigd na het maken van deze reservekopie.*niets gewijzigd/);
    expect(await snapshot(source)).toEqual(before);
    expect(await notesIn(source)).toContain('geschreven na de reservekopie');
  });

  it('a note deleted after the backup also makes the vault newer: refused, the deletion stands', async () => {
    const source = await usedDataFolder();
    await ageVault(source);
    const backup = await makeBackup(source);
    const vault = await unlockVault(join(source, 'vault'), PASSPHRASE);
    const [first] = await vault.list('note');
    await vault.delete(first!.id);
    vault.lock();
    expect(await refusal(restoreBackup(source, backup, PASSPHRASE))).toBe('newer-vault');
    expect(await notesIn(source)).toHaveLength(NOTES.length - 1);
  });

  it('a damaged, foreign, newer-format or path-escaping file: refused, nothing written', async () => {
    const backup = await makeBackup(await usedDataFolder());
    const target = await dataFolder();

    const flipped = Buffer.from(backup);
    flipped[flipped.length - 5]! ^= 0xff;
    expect(await refusal(restoreBackup(target, flipped, PASSPHRASE))).toBe('damaged');
    expect(await refusal(restoreBackup(target, backup.subarray(0, backup.length - 10), PASSPHRASE))).toBe('damaged');
    expect(await refusal(restoreBackup(target, Buffer.from('# Samenvatting\nniet een kopie'), PASSPHRASE))).toBe('not-a-backup');

    const { header, files } = readBackup(backup);
    const body = Buffer.concat(files.map((f) => f.bytes));
    const withHeader = (h: object) => Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), body]);
    expect(await refusal(restoreBackup(target, withHeader({ ...header, version: 99 }), PASSPHRASE))).toBe('too-new');
    const escaping = { ...header, files: header.files.map((f, i) => (i === 0 ? { ...f, path: '../../escaped' } : f)) };
    expect(await refusal(restoreBackup(target, withHeader(escaping), PASSPHRASE))).toBe('damaged');
    expect(await readdir(target)).toEqual([]);
  });

  it('there is nothing to back up before a vault exists', async () => {
    expect(await refusal(makeBackup(await dataFolder()))).toBe('no-vault');
  });
});

describe('wipe', () => {
  it('removes everything Kring keeps, and nothing that is not Kring’s', async () => {
    const dir = await usedDataFolder();
    await writeFile(join(dir, 'settings.json.unreadable-1'), 'x');
    await mkdir(join(dir, 'vault.replaced-5'));
    await mkdir(join(dir, 'GPUCache')); // Electron's own profile files live beside ours
    await wipeData(dir);
    expect(await readdir(dir)).toEqual(['GPUCache']);
  });
});

describe('the data channels', () => {
  function shell(backupToOpen: Buffer | null) {
    const saved: { name: string; bytes: Buffer }[] = [];
    let restarts = 0;
    return {
      saved,
      restarts: () => restarts,
      shell: {
        saveBackup: async (name: string, bytes: Buffer) => (saved.push({ name, bytes }), `/media/usb/${name}`),
        openBackup: async () => backupToOpen,
        restart: () => void restarts++,
      },
    };
  }
  const call = { role: 'supervisor' as const };

  it('in the browser version: the location, and a clear "desktop app only" for the rest', async () => {
    const dataDir = await dataFolder();
    const handlers = createDataHandlers({ dataDir, now: () => 0, lockVault: () => {}, stopAll: async () => {}, flush: async () => {} });
    expect(await handlers['data.location']({}, call)).toEqual({ ok: true, value: { dataDir, vaultDir: join(dataDir, 'vault'), canCarry: false } });
    const wipe = await handlers['data.wipe']({ confirm: 'wipe-everything' }, call);
    expect(wipe).toMatchObject({ ok: false, error: { code: 'desktop-only' } });
  });

  it('backup saves one file where the person chose; restore with the right passphrase restarts Kring, a refusal does not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const source = await usedDataFolder();
      const day = Date.UTC(2026, 11, 2);
      const a = shell(null);
      const backup = await createDataHandlers({ dataDir: source, now: () => day, shell: a.shell, lockVault: () => {}, stopAll: async () => {}, flush: async () => {} })['data.backup']({}, call);
      expect(backup).toEqual({ ok: true, value: { savedTo: '/media/usb/kring-reservekopie-2026-12-02.kringbackup' } });

      const target = await dataFolder();
      const b = shell(a.saved[0]!.bytes);
      let locked = 0;
      const handlers = createDataHandlers({ dataDir: target, now: () => day, shell: b.shell, lockVault: () => void locked++, stopAll: async () => {}, flush: async () => {} });
      const wrong = await handlers['data.restore']({ passphrase: 'fout wachtwoord hier' }, call);
      expect(wrong).toMatchObject({ ok: false, error: { code: 'backup-wrong-passphrase' } });
      vi.runAllTimers();
      expect(b.restarts()).toBe(0);

      const right = await handlers['data.restore']({ passphrase: PASSPHRASE }, call);
      expect(right).toMatchObject({ ok: true, value: { files: expect.any(Number) } });
      expect(locked).toBe(2);
      expect(b.restarts()).toBe(0); // the window first shows "restored"
      await vi.runAllTimersAsync();
      expect(b.restarts()).toBe(1);
      expect(await notesIn(target)).toEqual([...NOTES].sort());
    } finally {
      vi.useRealTimers();
    }
  });

  it('wipe stops everything first, erases, then restarts Kring', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const dataDir = await usedDataFolder();
      const s = shell(null);
      const order: string[] = [];
      const handlers = createDataHandlers({ dataDir, now: () => 0, shell: { ...s.shell, restart: () => order.push('restart') }, lockVault: () => {}, stopAll: async () => void order.push('stop'), flush: async () => void order.push('flush') });
      expect(await handlers['data.wipe']({ confirm: 'wipe-everything' }, call)).toEqual({ ok: true, value: null });
      expect(await readdir(dataDir)).toEqual([]);
      await vi.runAllTimersAsync();
      expect(order).toEqual(['stop', 'flush', 'restart']);
    } finally {
      vi.useRealTimers();
    }
  });
});
