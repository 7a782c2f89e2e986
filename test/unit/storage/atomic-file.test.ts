import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commitTempFile,
  isTempFileName,
  readFileIfExists,
  removeFile,
  writeFileAtomic,
  writeTempFile,
} from '../../../electron/main/storage/atomic-file.ts';
import { StorageError } from '../../../electron/main/storage/storage-error.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kring-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one completely', async () => {
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, '{"step":1}');
    expect(await readFile(target, 'utf8')).toBe('{"step":1}');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('a crash after the temp file is written but before the rename leaves the previous content intact', async () => {
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, 'previous complete content');
    // Step 1 of a write happens, then the process "dies" before step 2 (the rename).
    const temp = await writeTempFile(target, 'new content that never got committed');
    expect(await readFile(target, 'utf8')).toBe('previous complete content');
    expect(await readFile(temp, 'utf8')).toBe('new content that never got committed');
    expect(isTempFileName(temp.slice(dir.length + 1))).toBe(true);
    // The next (restarted) writer still works; the leftover is recognisable as a temp file.
    await writeFileAtomic(target, 'after restart');
    expect(await readFile(target, 'utf8')).toBe('after restart');
  });

  it('committing the temp file replaces the target in one step', async () => {
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, 'old');
    const temp = await writeTempFile(target, 'new');
    await commitTempFile(temp, target);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('a failed rename removes the temp file and keeps the target as it was', async () => {
    const target = join(dir, 'occupied');
    await mkdir(target); // renaming a file over a directory fails
    await writeFile(join(target, 'inside'), 'keep me');
    const error = await writeFileAtomic(target, 'data').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).userMessage.nl).toMatch(/niets half opgeslagen|niets gewijzigd/);
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('keep me');
  });

  it('writing into a folder that does not exist gives a not-found StorageError', async () => {
    const error = await writeFileAtomic(join(dir, 'missing', 'x.json'), 'data').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('not-found');
  });
});

describe('readFileIfExists and removeFile', () => {
  it('returns undefined for a missing file and the bytes for an existing one', async () => {
    expect(await readFileIfExists(join(dir, 'nope'))).toBeUndefined();
    await writeFile(join(dir, 'yes'), 'hallo');
    expect((await readFileIfExists(join(dir, 'yes')))?.toString('utf8')).toBe('hallo');
  });

  it('turns other read problems into a StorageError', async () => {
    await mkdir(join(dir, 'a-folder'));
    await expect(readFileIfExists(join(dir, 'a-folder'))).rejects.toBeInstanceOf(StorageError);
  });

  it('removes a file for real and accepts one that is already gone', async () => {
    await writeFile(join(dir, 'gone'), 'x');
    await removeFile(join(dir, 'gone'));
    expect(await readdir(dir)).toEqual([]);
    await expect(removeFile(join(dir, 'gone'))).resolves.toBeUndefined();
  });
});
