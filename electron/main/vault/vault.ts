import { randomFillSync, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTempFileName, readFileIfExists, removeFile, writeFileAtomic } from '../storage/atomic-file.ts';
import { hasSystemCode, toStorageError } from '../storage/storage-error.ts';
import { DataKey } from './data-key.ts';
import { parseHeader, serializeHeader, unwrapDataKey, VAULT_FORMAT, VAULT_FORMAT_VERSION, wrapDataKey, type VaultHeader } from './header.ts';
import { DEFAULT_KDF_COST, deriveKeyEncryptionKey, KEY_LENGTH, newKdfParams, type KdfCost, type KdfParams } from './kdf.ts';
import { assertNewPassphraseAcceptable, assertPassphraseGiven, passphraseBytes } from './passphrase.ts';
import { decryptRecord, encryptRecord, type RecordPayload } from './record-cipher.ts';
import { assertValidKind, assertValidRecordId, isValidRecordId } from './record-id.ts';
import { listSetAside, moveToSetAside, type SetAsideRecord } from './set-aside.ts';
import { delayAfterFailures, msUntilNextAttempt, readAttempts, recordFailure, resetAttempts } from './unlock-attempts.ts';
import { VaultError, VaultLockedError } from './vault-error.ts';

/**
 * The vault folder:
 *   vault.json             header (plain): scrypt parameters + wrapped data key
 *   unlock-attempts.json   failure counter (plain, no secrets)
 *   records/<id>.kv        one AES-256-GCM encrypted record per file; the name shows the id only
 *   set-aside/             record files that could not be opened, kept for inspection
 */
export const HEADER_FILE = 'vault.json';
export const RECORDS_DIR = 'records';
const RECORD_EXTENSION = '.kv';
const DIR_MODE = 0o700;
/** Parallel file reads in `list()`. */
const READ_CONCURRENCY = 16;
/** Temp files older than this, found at unlock, are leftovers of a crash. */
const STALE_TEMP_AGE_MS = 60_000;

export interface VaultOptions {
  /**
   * scrypt cost for a header written now (create, change of passphrase). FOR TESTS ONLY, to keep
   * them fast; the default is the real cost (N=2^17, r=8, p=1). Opening always uses the cost
   * stored in the header.
   */
  kdf?: KdfCost;
  /** Clock in epoch ms (timestamps, attempt delays). Default `Date.now`. */
  now?: () => number;
}

export interface VaultRecord<T = unknown> {
  id: string;
  kind: string;
  createdAt: number;
  updatedAt: number;
  data: T;
}

export type { SetAsideRecord } from './set-aside.ts';

function headerPath(dir: string): string {
  return join(dir, HEADER_FILE);
}

async function hasRecordFiles(dir: string): Promise<boolean> {
  try {
    const names = await readdir(join(dir, RECORDS_DIR));
    return names.some((n) => n.endsWith(RECORD_EXTENSION) && !isTempFileName(n));
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT') || hasSystemCode(err, 'ENOTDIR')) return false;
    throw toStorageError(err);
  }
}

/**
 * True when there is a vault in `dir`: a header, or record files without one (a damaged vault
 * that must not be overwritten by a new one).
 */
export async function vaultExists(dir: string): Promise<boolean> {
  try {
    await stat(headerPath(dir));
    return true;
  } catch (err) {
    if (!hasSystemCode(err, 'ENOENT') && !hasSystemCode(err, 'ENOTDIR')) throw toStorageError(err);
  }
  return hasRecordFiles(dir);
}

/** Unlock attempts for one folder run one after the other, so the delay cannot be raced. */
const unlockQueues = new Map<string, Promise<unknown>>();

function serialPerDir<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(dir);
  const previous = unlockQueues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  unlockQueues.set(key, settled);
  void settled.then(() => {
    if (unlockQueues.get(key) === settled) unlockQueues.delete(key);
  });
  return run;
}

/**
 * Derives the key-encryption key from `passphrase` and unwraps the data key. Returns undefined
 * for a wrong passphrase. Intermediate secrets are zeroed.
 */
async function unwrapWithPassphrase(header: VaultHeader, passphrase: string): Promise<Buffer | undefined> {
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deriveKeyEncryptionKey(secret, header.kdf);
    return unwrapDataKey(header.wrappedKey, kek);
  } finally {
    secret.fill(0);
    kek?.fill(0);
  }
}

async function newHeaderFor(dataKey: Buffer, passphrase: string, cost: KdfCost, createdAt: string): Promise<VaultHeader> {
  const kdf: KdfParams = newKdfParams(cost);
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deriveKeyEncryptionKey(secret, kdf);
    return { format: VAULT_FORMAT, version: VAULT_FORMAT_VERSION, createdAt, kdf, wrappedKey: wrapDataKey(dataKey, kek) };
  } finally {
    secret.fill(0);
    kek?.fill(0);
  }
}

/** Fails when the waiting time after earlier wrong passphrases has not passed yet. */
async function assertMayAttempt(dir: string, now: number): Promise<void> {
  const wait = msUntilNextAttempt(await readAttempts(dir), now);
  if (wait > 0) throw new VaultError('too-many-attempts', { retryAfterMs: wait });
}

async function failAttempt(dir: string, now: number): Promise<never> {
  const state = await recordFailure(dir, now);
  const wait = delayAfterFailures(state.failures);
  throw new VaultError('wrong-passphrase', wait > 0 ? { retryAfterMs: wait } : undefined);
}

async function removeStaleTempFiles(dir: string, now: number): Promise<void> {
  for (const folder of [dir, join(dir, RECORDS_DIR)]) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.filter(isTempFileName)) {
      const path = join(folder, name);
      try {
        const info = await stat(path);
        if (now - info.mtimeMs > STALE_TEMP_AGE_MS) await unlink(path);
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  }
}

/**
 * Creates a new vault in `dir` (made if needed) with a random 256-bit data key wrapped under the
 * passphrase. Throws VaultError 'empty-passphrase' / 'passphrase-too-short' / 'already-exists',
 * or a StorageError.
 */
export async function createVault(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
  assertNewPassphraseAcceptable(passphrase);
  const now = options.now ?? Date.now;
  return serialPerDir(dir, async () => {
    if (await vaultExists(dir)) throw new VaultError('already-exists');
    try {
      await mkdir(join(dir, RECORDS_DIR), { recursive: true, mode: DIR_MODE });
    } catch (err) {
      throw toStorageError(err);
    }
    const dataKey = Buffer.alloc(KEY_LENGTH);
    randomFillSync(dataKey);
    try {
      const header = await newHeaderFor(dataKey, passphrase, options.kdf ?? DEFAULT_KDF_COST, new Date(now()).toISOString());
      await writeFileAtomic(headerPath(dir), serializeHeader(header));
      return new Vault({ dir, dataKey: new DataKey(dataKey), header, options, setAside: [] });
    } catch (err) {
      dataKey.fill(0);
      throw err;
    }
  });
}

/**
 * Opens the vault in `dir`. Throws VaultError 'empty-passphrase', 'no-vault', 'corrupt-header',
 * 'unsupported-version', 'too-many-attempts' (with retryAfterMs) or 'wrong-passphrase'
 * (with retryAfterMs once a wait starts), or a StorageError.
 */
export async function unlockVault(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
  assertPassphraseGiven(passphrase);
  const now = options.now ?? Date.now;
  return serialPerDir(dir, async () => {
    const bytes = await readFileIfExists(headerPath(dir));
    if (!bytes) throw new VaultError((await hasRecordFiles(dir)) ? 'corrupt-header' : 'no-vault');
    const header = parseHeader(bytes);
    await assertMayAttempt(dir, now());
    const dataKey = await unwrapWithPassphrase(header, passphrase);
    if (!dataKey) return failAttempt(dir, now());
    try {
      await resetAttempts(dir);
      await removeStaleTempFiles(dir, now());
      const setAside = await listSetAside(dir);
      return new Vault({ dir, dataKey: new DataKey(dataKey), header, options, setAside });
    } catch (err) {
      dataKey.fill(0);
      throw err;
    }
  });
}

interface VaultInit {
  dir: string;
  dataKey: DataKey;
  header: VaultHeader;
  options: VaultOptions;
  setAside: SetAsideRecord[];
}

/** A live view for tests: was the data key dropped, and are its bytes zero? Gives no access to the key. */
export interface DataKeyInspection {
  readonly wiped: boolean;
  readonly bytesAreZero: boolean;
}

const dataKeys = new WeakMap<Vault, DataKey>();

/** Not part of the public API (not re-exported from index.ts): lets a test see that lock() zeroes the key. */
export function inspectDataKey(vault: Vault): DataKeyInspection {
  const key = dataKeys.get(vault);
  if (!key) throw new Error('not a vault');
  return {
    get wiped() {
      return key.wiped;
    },
    get bytesAreZero() {
      return key.originalBytesAreZero;
    },
  };
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * An unlocked vault. Get one from `createVault` or `unlockVault`. Record data goes through
 * JSON (a Date comes back as a string); `get<T>` does not check that data matches T.
 */
export class Vault {
  readonly #dir: string;
  readonly #now: () => number;
  readonly #kdfCost: KdfCost;
  #key: DataKey | undefined;
  #header: VaultHeader;
  readonly #setAside: SetAsideRecord[];
  /** Writes (put, delete, changePassphrase) run one at a time. */
  #writes: Promise<unknown> = Promise.resolve();

  /** Use `createVault` or `unlockVault`. */
  constructor(init: VaultInit) {
    this.#dir = init.dir;
    this.#now = init.options.now ?? Date.now;
    this.#kdfCost = init.options.kdf ?? DEFAULT_KDF_COST;
    this.#key = init.dataKey;
    this.#header = init.header;
    this.#setAside = [...init.setAside];
    dataKeys.set(this, init.dataKey);
  }

  get locked(): boolean {
    return this.#key === undefined;
  }

  /** Record files that could not be opened and were moved to `set-aside/` (this and earlier sessions). */
  get setAside(): SetAsideRecord[] {
    return [...this.#setAside];
  }

  /** Zeroes and drops the data key. Every later call throws VaultLockedError. Safe to call twice. */
  lock(): void {
    this.#key?.wipe();
    this.#key = undefined;
  }

  /** Adds or replaces a record. `createdAt` is kept on replace; `updatedAt` is now. */
  async put(id: string, kind: string, data: unknown): Promise<void> {
    this.#assertUnlocked();
    assertValidRecordId(id);
    assertValidKind(kind);
    if (data === undefined || JSON.stringify(data) === undefined) throw new TypeError('record data must be JSON-serialisable');
    await this.#serialWrite(async () => {
      const existing = await this.#read(id);
      const now = this.#now();
      const payload: RecordPayload = { kind, createdAt: existing?.createdAt ?? now, updatedAt: now, data };
      const bytes = this.#withKey((key) => encryptRecord(key, id, payload));
      await writeFileAtomic(this.#recordPath(id), bytes);
    });
  }

  /** The record, or undefined when there is none — or when its file was damaged and has just been set aside. */
  async get<T = unknown>(id: string): Promise<VaultRecord<T> | undefined> {
    this.#assertUnlocked();
    assertValidRecordId(id);
    return (await this.#read(id)) as VaultRecord<T> | undefined;
  }

  /** All records (of one kind, if given), most recently updated first. Damaged files are set aside and skipped. */
  async list(kind?: string): Promise<VaultRecord[]> {
    this.#assertUnlocked();
    let names: string[];
    try {
      names = await readdir(join(this.#dir, RECORDS_DIR));
    } catch (err) {
      if (hasSystemCode(err, 'ENOENT')) return [];
      throw toStorageError(err);
    }
    const ids = names
      .filter((n) => n.endsWith(RECORD_EXTENSION) && !isTempFileName(n))
      .map((n) => n.slice(0, -RECORD_EXTENSION.length))
      .filter(isValidRecordId);
    const records = await mapWithConcurrency(ids, READ_CONCURRENCY, (id) => this.#read(id));
    return records
      .filter((r): r is VaultRecord => r !== undefined && (kind === undefined || r.kind === kind))
      .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
  }

  /** Removes the record file (unlink). A record that does not exist is fine. */
  async delete(id: string): Promise<void> {
    this.#assertUnlocked();
    assertValidRecordId(id);
    await this.#serialWrite(async () => {
      this.#assertUnlocked();
      await removeFile(this.#recordPath(id));
    });
  }

  /**
   * Re-wraps the data key under a new passphrase (new salt, new IV). Records are not touched.
   * Wrong old passphrase → 'wrong-passphrase' (counted like a failed unlock); a new one that is
   * too short → 'passphrase-too-short'.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    this.#assertUnlocked();
    assertPassphraseGiven(oldPassphrase);
    assertNewPassphraseAcceptable(newPassphrase);
    await this.#serialWrite(async () => {
      await assertMayAttempt(this.#dir, this.#now());
      const oldKey = await unwrapWithPassphrase(this.#header, oldPassphrase);
      if (!oldKey) return failAttempt(this.#dir, this.#now());
      try {
        const same = this.#withKey((key) => timingSafeEqual(key, oldKey));
        // The header on disk no longer belongs to this vault's key (replaced from outside): refuse.
        if (!same) throw new VaultError('corrupt-header');
      } finally {
        oldKey.fill(0);
      }
      // Copy the key for the async derivation; a lock() meanwhile must not leave us wrapping zeros.
      const keyCopy = this.#withKey((key) => Buffer.from(key));
      try {
        const header = await newHeaderFor(keyCopy, newPassphrase, this.#kdfCost, this.#header.createdAt);
        this.#assertUnlocked();
        await writeFileAtomic(headerPath(this.#dir), serializeHeader(header));
        this.#header = header;
      } finally {
        keyCopy.fill(0);
      }
      await resetAttempts(this.#dir);
    });
  }

  #assertUnlocked(): void {
    if (this.#key === undefined) throw new VaultLockedError();
  }

  /** Runs `fn` with the key synchronously, so a lock() cannot happen halfway. */
  #withKey<T>(fn: (key: Buffer) => T): T {
    const key = this.#key;
    if (key === undefined) throw new VaultLockedError();
    return key.use(fn, () => new VaultLockedError());
  }

  #recordPath(id: string): string {
    return join(this.#dir, RECORDS_DIR, `${id}${RECORD_EXTENSION}`);
  }

  #serialWrite<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#writes.then(task, task);
    this.#writes = run.catch(() => undefined);
    return run;
  }

  /** Reads and decrypts one record; sets a damaged file aside and returns undefined. */
  async #read(id: string): Promise<VaultRecord | undefined> {
    const path = this.#recordPath(id);
    const bytes = await readFileIfExists(path);
    if (!bytes) return undefined;
    const result = this.#withKey((key) => decryptRecord(key, id, bytes));
    if (result.ok) {
      const { kind, createdAt, updatedAt, data } = result.payload;
      return { id, kind, createdAt, updatedAt, data };
    }
    const moved = await moveToSetAside(this.#dir, id, path, result.reason, this.#now());
    if (moved) this.#setAside.push(moved);
    return undefined;
  }
}
