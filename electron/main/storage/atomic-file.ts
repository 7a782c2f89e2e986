import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { hasSystemCode, toStorageError } from './storage-error.ts';

/**
 * Safe file writes: the target holds either the complete old content or the complete new
 * content, never a mix, even if the process or machine dies halfway.
 *
 * The steps are exported on their own so a test can stop between them (a "crash" after the
 * temp file is written but before it replaces the target).
 */

/** Files are private to the person's account: owner read/write only. */
const FILE_MODE = 0o600;

/** The temp name sits next to the target (same directory = same file system, so rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True for names made by `tempPathFor`, so leftovers of a crash can be recognised and removed. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    // Already gone or never created: nothing to clean up.
  }
}

/** Step 1: write `data` to a new temp file beside `target` and flush it to the disk. Returns the temp path. */
export async function writeTempFile(target: string, data: string | Uint8Array): Promise<string> {
  const tempPath = tempPathFor(target);
  let created = false;
  try {
    const handle = await open(tempPath, 'wx', FILE_MODE);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return tempPath;
  } catch (err) {
    if (created) await removeQuietly(tempPath);
    throw toStorageError(err);
  }
}

/** Flushes a directory entry change (a rename or unlink) to disk where the platform allows it. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals the rename.
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
    if (hasSystemCode(err, 'EINVAL') || hasSystemCode(err, 'EISDIR') || hasSystemCode(err, 'EBADF')) return;
    throw toStorageError(err);
  } finally {
    await handle?.close();
  }
}

const WINDOWS_RENAME_RETRIES = 5;

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      // On Windows a virus scanner or indexer can hold the target open for a moment.
      const transient =
        process.platform === 'win32' &&
        (hasSystemCode(err, 'EPERM') || hasSystemCode(err, 'EACCES') || hasSystemCode(err, 'EBUSY'));
      if (!transient || attempt >= WINDOWS_RENAME_RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Step 2: replace `target` by the temp file in one rename, then flush the directory. */
export async function commitTempFile(tempPath: string, target: string): Promise<void> {
  try {
    await renameWithRetry(tempPath, target);
  } catch (err) {
    await removeQuietly(tempPath);
    throw toStorageError(err);
  }
  await fsyncDirectory(dirname(target));
}

/**
 * Writes `data` to `path` atomically: temp file in the same directory, fsync, rename over the
 * target, fsync the directory. On any failure the temp file is removed and the old content of
 * `path` stays as it was. Throws a StorageError.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tempPath = await writeTempFile(path, data);
  await commitTempFile(tempPath, path);
}

/** Reads a whole file, or returns undefined when it does not exist. Other problems throw a StorageError. */
export async function readFileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT')) return undefined;
    throw toStorageError(err);
  }
}

/** Removes a file and flushes the directory; a file that is already gone is fine. Throws a StorageError. */
export async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT')) return;
    throw toStorageError(err);
  }
  await fsyncDirectory(dirname(path));
}
