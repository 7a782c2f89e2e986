import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, unlockVault, type Vault } from '../../../electron/main/vault/index.ts';
import { CHEAP_KDF, freshDir, PASSPHRASE } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let vault: Vault;

beforeEach(async () => {
  ({ dir, cleanup } = await freshDir());
  vault = await createVault(dir, PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.put('alpha', 'note', { text: 'eerste' });
  await vault.put('beta', 'note', { text: 'tweede' });
  await vault.put('gamma', 'summary', { text: 'derde' });
});
afterEach(async () => {
  await cleanup();
});

const recordFile = (id: string): string => join(dir, 'records', `${id}.kv`);

async function flipByte(path: string, index: number): Promise<void> {
  const bytes = await readFile(path);
  const i = index < 0 ? bytes.length + index : index;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

describe('damaged records are set aside, the rest keeps working', () => {
  it('a flipped byte in the ciphertext is detected and the file set aside', async () => {
    await flipByte(recordFile('beta'), -1);
    const listed = await vault.list();
    expect(listed.map((r) => r.id).sort()).toEqual(['alpha', 'gamma']);
    expect((await vault.get('alpha'))?.data).toEqual({ text: 'eerste' });
    expect(vault.setAside).toHaveLength(1);
    const [aside] = vault.setAside;
    expect(aside?.id).toBe('beta');
    expect(aside?.reason.nl).toContain('apart gezet');
    expect(aside?.reason.en).toContain('set-aside');
    expect(await readdir(join(dir, 'records'))).not.toContain('beta.kv');
    expect(await readdir(join(dir, 'set-aside'))).toHaveLength(1);
    expect(await vault.get('beta')).toBeUndefined();
  });

  it('a flipped byte in the IV or tag is detected too', async () => {
    await flipByte(recordFile('alpha'), 5); // IV
    await flipByte(recordFile('gamma'), 20); // tag
    expect(await vault.get('alpha')).toBeUndefined();
    expect(await vault.get('gamma')).toBeUndefined();
    expect((await vault.get('beta'))?.data).toEqual({ text: 'tweede' });
    expect(vault.setAside.map((s) => s.id).sort()).toEqual(['alpha', 'gamma']);
  });

  it('a record file copied over another id is detected (the id is bound in the associated data)', async () => {
    await copyFile(recordFile('alpha'), recordFile('beta'));
    expect(await vault.get('beta')).toBeUndefined();
    expect((await vault.get('alpha'))?.data).toEqual({ text: 'eerste' });
    expect(vault.setAside.map((s) => s.id)).toEqual(['beta']);
    expect(vault.setAside[0]?.reason.nl).toMatch(/beschadigd of buiten Kring gewijzigd/);
  });

  it('truncated and garbage files are set aside with their own reason', async () => {
    const alpha = await readFile(recordFile('alpha'));
    await writeFile(recordFile('alpha'), alpha.subarray(0, 10));
    await writeFile(recordFile('intruder'), randomBytes(200));
    const listed = await vault.list();
    expect(listed.map((r) => r.id).sort()).toEqual(['beta', 'gamma']);
    const byId = new Map(vault.setAside.map((s) => [s.id, s.reason.nl]));
    expect(byId.get('alpha')).toContain('onvolledig');
    expect(byId.get('intruder')).toContain('geen Kring-notitie');
  });

  it('set-aside files are still reported after a restart', async () => {
    await flipByte(recordFile('beta'), -1);
    await vault.list();
    vault.lock();
    const reopened = await unlockVault(dir, PASSPHRASE);
    expect(reopened.setAside.map((s) => s.id)).toEqual(['beta']);
    expect(reopened.setAside[0]?.reason.nl).toContain('apart gezet');
    expect((await reopened.list()).map((r) => r.id).sort()).toEqual(['alpha', 'gamma']);
  });
});
