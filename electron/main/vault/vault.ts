import { randomFillSync, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTempFileName, readFileIfExists, removeFile, writeFileAtomic } from '../storage/atomic-file.ts';
import { hasSystemCode, toStorageError } from '../storage/storage-error.ts';
import { DataKey } from './data-key.ts';
import {
  newKeyId,
  parseHeader,
  serializeHeader,
  unwrapGroupKey,
  unwrapLegacyKey,
  unwrapV1DataKey,
  unwrapVaultKey,
  VAULT_FORMAT,
  VAULT_FORMAT_VERSION,
  wrapGroupKey,
  wrapLegacyKey,
  wrapVaultKey,
  type GroupKeyEntry,
  type VaultHeader,
  type VaultHeaderV1,
} from './header.ts';
import { DEFAULT_KDF_COST, deriveKeyEncryptionKey, KEY_LENGTH, newKdfParams, type KdfCost, type KdfParams } from './kdf.ts';
import { assertNewPassphraseAcceptable, assertPassphraseGiven, passphraseBytes } from './passphrase.ts';
import { decryptRecord, encryptRecord, recordKeyRef, type RecordPayload } from './record-cipher.ts';
import { assertValidKind, assertValidRecordId, isValidRecordId } from './record-id.ts';
import { listSetAside, moveToSetAside, removeSetAsideBefore, type SetAsideRecord } from './set-aside.ts';
import { delayAfterFailures, msUntilNextAttempt, readAttempts, recordFailure, resetAttempts } from './unlock-attempts.ts';
import { VaultError, VaultLockedError } from './vault-error.ts';

/**
 * The vault folder:
 *   vault.json             header (plain): scrypt parameters, the wrapped vault key and the
 *                          group keys it wraps (one per session; see header.ts)
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
 * Derives the key-encryption key from `passphrase` and unwraps the key it protects: the vault
 * key (version 2) or the one data key (version 1). Returns undefined for a wrong passphrase.
 * Intermediate secrets are zeroed.
 */
async function unwrapWithPassphrase(header: VaultHeader | VaultHeaderV1, passphrase: string): Promise<Buffer | undefined> {
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deriveKeyEncryptionKey(secret, header.kdf);
    return header.version === 1 ? unwrapV1DataKey(header.wrappedKey, kek) : unwrapVaultKey(header.wrappedKey, kek);
  } finally {
    secret.fill(0);
    kek?.fill(0);
  }
}

/** A fresh random 256-bit key in an unpooled buffer. */
function randomKey(): Buffer {
  const key = Buffer.alloc(KEY_LENGTH);
  randomFillSync(key);
  return key;
}

/** The passphrase part of a header: new salt, the vault key wrapped under the new derived key. */
async function passphrasePartFor(vaultKey: Buffer, passphrase: string, cost: KdfCost): Promise<Pick<VaultHeader, 'kdf' | 'wrappedKey'>> {
  const kdf: KdfParams = newKdfParams(cost);
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deriveKeyEncryptionKey(secret, kdf);
    return { kdf, wrappedKey: wrapVaultKey(vaultKey, kek) };
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
  await assertNewPassphraseAcceptable(passphrase);
  const now = options.now ?? Date.now;
  return serialPerDir(dir, async () => {
    if (await vaultExists(dir)) throw new VaultError('already-exists');
    try {
      await mkdir(join(dir, RECORDS_DIR), { recursive: true, mode: DIR_MODE });
    } catch (err) {
      throw toStorageError(err);
    }
    const vaultKey = randomKey();
    try {
      const header: VaultHeader = {
        format: VAULT_FORMAT,
        version: VAULT_FORMAT_VERSION,
        createdAt: new Date(now()).toISOString(),
        ...(await passphrasePartFor(vaultKey, passphrase, options.kdf ?? DEFAULT_KDF_COST)),
        keys: [],
        shredded: [],
        legacy: null,
      };
      await writeFileAtomic(headerPath(dir), serializeHeader(header));
      return new Vault({ dir, dataKey: new DataKey(vaultKey), header, options, setAside: [] });
    } catch (err) {
      vaultKey.fill(0);
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
    const parsed = parseHeader(bytes);
    await assertMayAttempt(dir, now());
    const unwrapped = await unwrapWithPassphrase(parsed, passphrase);
    if (!unwrapped) return failAttempt(dir, now());
    let vaultKey = unwrapped;
    try {
      await resetAttempts(dir);
      let header: VaultHeader;
      if (parsed.version === 1) {
        // Version 1 → 2: a new vault key; the old data key is kept (wrapped by it) until every
        // old record has been rewritten under its session's key (Vault.migrateLegacy).
        const legacyKey = unwrapped;
        vaultKey = randomKey();
        try {
          header = {
            format: VAULT_FORMAT,
            version: VAULT_FORMAT_VERSION,
            createdAt: parsed.createdAt,
            ...(await passphrasePartFor(vaultKey, passphrase, parsed.kdf)),
            keys: [],
            shredded: [],
            legacy: wrapLegacyKey(legacyKey, vaultKey),
          };
        } finally {
          legacyKey.fill(0);
        }
        await writeFileAtomic(headerPath(dir), serializeHeader(header));
      } else {
        header = parsed;
      }
      await removeStaleTempFiles(dir, now());
      const setAside = await listSetAside(dir);
      return new Vault({ dir, dataKey: new DataKey(vaultKey), header, options, setAside });
    } catch (err) {
      vaultKey.fill(0);
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

/** The cache name of a version-1 data key (never a valid key id: those are 22 characters). */
const LEGACY = 'legacy';

const GROUP_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
const isValidGroup = (group: string) => typeof group === 'string' && GROUP_PATTERN.test(group);
function assertValidGroup(group: string): void {
  if (!isValidGroup(group)) throw new TypeError('record group must be 1-100 characters of A-Z, a-z, 0-9, _ . : or -');
}

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

/** What one group (session) holds in the key file: for tests and the migration. */
export interface GroupKeys {
  group: string;
  keyIds: string[];
}

/**
 * An unlocked vault. Get one from `createVault` or `unlockVault`. Record data goes through
 * JSON (a Date comes back as a string); `get<T>` does not check that data matches T.
 *
 * Every record belongs to a group (a session id, or "vault" for the vault's own records) and is
 * encrypted under that group's key; `deleteGroup` destroys the keys (see header.ts).
 */
export class Vault {
  readonly #dir: string;
  readonly #now: () => number;
  readonly #kdfCost: KdfCost;
  /** The vault key. */
  #key: DataKey | undefined;
  #header: VaultHeader;
  /** Unwrapped group keys (and the legacy key under "legacy") while unlocked; zeroed at lock. */
  readonly #open = new Map<string, Buffer>();
  readonly #setAside: SetAsideRecord[];
  /** Writes (put, delete, changePassphrase, key changes) run one at a time. */
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

  /** True while records written by a version-1 vault still wait to be rewritten under their group keys. */
  get hasLegacyRecords(): boolean {
    return this.#header.legacy !== null;
  }

  /** The groups that have keys, with their key ids (no key material). */
  get groups(): GroupKeys[] {
    const byGroup = Map.groupBy(this.#header.keys, (k) => k.group);
    return [...byGroup].map(([group, keys]) => ({ group, keyIds: keys.map((k) => k.id) }));
  }

  /** Zeroes and drops the vault key and every unwrapped group key. Every later call throws VaultLockedError. Safe to call twice. */
  lock(): void {
    this.#key?.wipe();
    this.#key = undefined;
    for (const key of this.#open.values()) key.fill(0);
    this.#open.clear();
  }

  /**
   * Adds or replaces a record in `group` (default "vault"). `createdAt` is kept on replace;
   * `updatedAt` is now. A record put in another group than before moves to that group's key.
   */
  async put(id: string, kind: string, data: unknown, group = 'vault'): Promise<void> {
    this.#assertUnlocked();
    assertValidRecordId(id);
    assertValidKind(kind);
    assertValidGroup(group);
    if (data === undefined || JSON.stringify(data) === undefined) throw new TypeError('record data must be JSON-serialisable');
    await this.#serialWrite(async () => {
      const existing = await this.#read(id);
      const now = this.#now();
      await this.#write(id, { kind, createdAt: existing?.createdAt ?? now, updatedAt: now, data }, group);
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
    const ids = await this.#recordIds();
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
   * Destroys every key of `group` (crypto-shredding), then removes the group's record files.
   * The key file is rewritten first: from then on, no copy of those record files — a leftover
   * after a crash, a disk remnant, a file copied elsewhere — opens with this vault and passphrase.
   */
  async deleteGroup(group: string): Promise<{ files: number }> {
    this.#assertUnlocked();
    assertValidGroup(group);
    return this.#serialWrite(async () => {
      this.#assertUnlocked();
      const doomed = this.#header.keys.filter((k) => k.group === group).map((k) => k.id);
      if (doomed.length > 0) {
        await this.#saveHeader({
          ...this.#header,
          keys: this.#header.keys.filter((k) => k.group !== group),
          shredded: [...this.#header.shredded, ...doomed],
        });
        for (const keyId of doomed) {
          this.#open.get(keyId)?.fill(0);
          this.#open.delete(keyId);
        }
      }
      const gone = new Set([...doomed, ...this.#header.shredded]);
      let files = 0;
      for (const id of await this.#recordIds()) {
        const ref = await this.#peekKeyRef(id);
        if (ref?.version === 2 && gone.has(ref.keyId)) {
          await removeFile(this.#recordPath(id));
          files++;
        }
      }
      return { files };
    });
  }

  /**
   * Destroys the keys of every group that no record file uses any more (its records were deleted
   * one by one, e.g. by the retention sweep), except the groups `keep` names. Returns the groups.
   */
  async shredUnusedGroups(keep: (group: string) => boolean): Promise<string[]> {
    this.#assertUnlocked();
    return this.#serialWrite(async () => {
      this.#assertUnlocked();
      const used = new Set<string>();
      for (const id of await this.#recordIds()) {
        const ref = await this.#peekKeyRef(id);
        if (ref?.version === 2) used.add(ref.keyId);
      }
      const groups = new Set(this.#header.keys.map((k) => k.group));
      const unused = [...groups].filter((g) => !keep(g) && !this.#header.keys.some((k) => k.group === g && used.has(k.id)));
      if (unused.length === 0) return [];
      const doomed = this.#header.keys.filter((k) => unused.includes(k.group)).map((k) => k.id);
      await this.#saveHeader({
        ...this.#header,
        keys: this.#header.keys.filter((k) => !unused.includes(k.group)),
        shredded: [...this.#header.shredded, ...doomed],
      });
      for (const keyId of doomed) {
        this.#open.get(keyId)?.fill(0);
        this.#open.delete(keyId);
      }
      return unused;
    });
  }

  /**
   * Rewrites every record still under a version-1 data key under the key of its group (as
   * `groupOf` says), keeping its timestamps; then forgets the old key. Safe to stop halfway:
   * each file is replaced atomically and the old key stays until none needs it.
   */
  async migrateLegacy(groupOf: (record: VaultRecord) => string): Promise<{ rewritten: number }> {
    this.#assertUnlocked();
    if (this.#header.legacy === null) return { rewritten: 0 };
    return this.#serialWrite(async () => {
      let rewritten = 0;
      let left = 0;
      for (const id of await this.#recordIds()) {
        if ((await this.#peekKeyRef(id))?.version !== 1) continue;
        const record = await this.#read(id);
        if (!record) continue; // damaged: set aside by #read, nothing to carry over
        const group = groupOf(record);
        if (!isValidGroup(group)) {
          left++;
          continue;
        }
        await this.#write(id, { kind: record.kind, createdAt: record.createdAt, updatedAt: record.updatedAt, data: record.data }, group);
        rewritten++;
      }
      if (left === 0) {
        await this.#saveHeader({ ...this.#header, legacy: null });
        this.#open.get(LEGACY)?.fill(0);
        this.#open.delete(LEGACY);
      }
      return { rewritten };
    });
  }

  /** Deletes files in `set-aside/` that were set aside before `cutoff` (epoch ms): retention applies there too. */
  async purgeSetAside(cutoff: number): Promise<{ deleted: number }> {
    this.#assertUnlocked();
    const removed = await removeSetAsideBefore(this.#dir, cutoff);
    const files = new Set(removed);
    for (let i = this.#setAside.length - 1; i >= 0; i--) if (files.has(this.#setAside[i]!.file)) this.#setAside.splice(i, 1);
    return { deleted: removed.length };
  }

  /**
   * A new passphrase, and a new vault key with it: every group key is re-wrapped under the new
   * vault key and retired for writing, so what is written from now on uses fresh keys that the
   * old vault.json never held. Wrong old passphrase → 'wrong-passphrase' (counted like a failed
   * unlock); a new one that is too short or too easy to guess → 'passphrase-too-short' / 'passphrase-weak'.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    this.#assertUnlocked();
    assertPassphraseGiven(oldPassphrase);
    await assertNewPassphraseAcceptable(newPassphrase);
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
      const newVaultKey = randomKey();
      try {
        // Re-wrap synchronously with the current key, so a lock() meanwhile cannot leave half a key file.
        const rewrapped = this.#withKey((current) => {
          const keys: GroupKeyEntry[] = this.#header.keys.map((entry) => {
            const groupKey = unwrapGroupKey(entry, current);
            if (!groupKey) throw new VaultError('corrupt-header');
            try {
              return { id: entry.id, group: entry.group, writable: false, wrapped: wrapGroupKey(groupKey, newVaultKey, entry.id, entry.group) };
            } finally {
              groupKey.fill(0);
            }
          });
          let legacy = null;
          if (this.#header.legacy) {
            const legacyKey = unwrapLegacyKey(this.#header.legacy, current);
            if (!legacyKey) throw new VaultError('corrupt-header');
            legacy = wrapLegacyKey(legacyKey, newVaultKey);
            legacyKey.fill(0);
          }
          return { keys, legacy };
        });
        const header: VaultHeader = { ...this.#header, ...(await passphrasePartFor(newVaultKey, newPassphrase, this.#kdfCost)), ...rewrapped };
        this.#assertUnlocked();
        await writeFileAtomic(headerPath(this.#dir), serializeHeader(header));
        this.#header = header;
        this.#key?.wipe();
        const next = new DataKey(newVaultKey);
        this.#key = next;
        dataKeys.set(this, next);
      } catch (err) {
        newVaultKey.fill(0);
        throw err;
      }
      await resetAttempts(this.#dir);
    });
  }

  #assertUnlocked(): void {
    if (this.#key === undefined) throw new VaultLockedError();
  }

  /** Runs `fn` with the vault key synchronously, so a lock() cannot happen halfway. */
  #withKey<T>(fn: (key: Buffer) => T): T {
    const key = this.#key;
    if (key === undefined) throw new VaultLockedError();
    return key.use(fn, () => new VaultLockedError());
  }

  async #saveHeader(header: VaultHeader): Promise<void> {
    this.#assertUnlocked();
    await writeFileAtomic(headerPath(this.#dir), serializeHeader(header));
    this.#header = header;
  }

  /** The unwrapped key with this id ("legacy" for the version-1 data key), or undefined when this vault has none. */
  #keyById(keyId: string): Buffer | undefined {
    const cached = this.#open.get(keyId);
    if (cached) return cached;
    const key = this.#withKey((vaultKey) => {
      if (keyId === LEGACY) return this.#header.legacy ? unwrapLegacyKey(this.#header.legacy, vaultKey) : undefined;
      const entry = this.#header.keys.find((k) => k.id === keyId);
      return entry ? unwrapGroupKey(entry, vaultKey) : undefined;
    });
    if (key) this.#open.set(keyId, key);
    return key;
  }

  /** The key new records of `group` are written with; made (and the key file saved) when there is none. */
  async #writableKey(group: string): Promise<{ keyId: string; key: Buffer }> {
    const entry = this.#header.keys.find((k) => k.group === group && k.writable);
    if (entry) {
      const key = this.#keyById(entry.id);
      if (key) return { keyId: entry.id, key };
    }
    const keyId = newKeyId();
    const key = randomKey();
    const wrapped = this.#withKey((vaultKey) => wrapGroupKey(key, vaultKey, keyId, group));
    try {
      await this.#saveHeader({ ...this.#header, keys: [...this.#header.keys, { id: keyId, group, writable: true, wrapped }] });
    } catch (err) {
      key.fill(0);
      throw err;
    }
    this.#open.set(keyId, key);
    return { keyId, key };
  }

  async #write(id: string, payload: RecordPayload, group: string): Promise<void> {
    const { keyId, key } = await this.#writableKey(group);
    this.#assertUnlocked();
    await writeFileAtomic(this.#recordPath(id), encryptRecord(key, keyId, id, payload));
  }

  #recordPath(id: string): string {
    return join(this.#dir, RECORDS_DIR, `${id}${RECORD_EXTENSION}`);
  }

  async #recordIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(join(this.#dir, RECORDS_DIR));
    } catch (err) {
      if (hasSystemCode(err, 'ENOENT')) return [];
      throw toStorageError(err);
    }
    return names
      .filter((n) => n.endsWith(RECORD_EXTENSION) && !isTempFileName(n))
      .map((n) => n.slice(0, -RECORD_EXTENSION.length))
      .filter(isValidRecordId);
  }

  /** Which key a record file needs, read from its first bytes only. */
  async #peekKeyRef(id: string) {
    let handle;
    try {
      handle = await open(this.#recordPath(id), 'r');
    } catch (err) {
      if (hasSystemCode(err, 'ENOENT')) return undefined;
      throw toStorageError(err);
    }
    try {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(64), position: 0 });
      return recordKeyRef(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }

  #serialWrite<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#writes.then(task, task);
    this.#writes = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads and decrypts one record. A file whose key was destroyed is removed (it was deleted on
   * purpose); a damaged file, or one whose key this vault never had, is set aside. Both give undefined.
   */
  async #read(id: string): Promise<VaultRecord | undefined> {
    const path = this.#recordPath(id);
    const bytes = await readFileIfExists(path);
    if (!bytes) return undefined;
    const ref = recordKeyRef(bytes);
    let result: ReturnType<typeof decryptRecord>;
    if (ref.version === null) {
      result = { ok: false, reason: ref.reason };
    } else if (ref.version === 2 && this.#header.shredded.includes(ref.keyId)) {
      await removeFile(path);
      return undefined;
    } else {
      const key = this.#keyById(ref.version === 1 ? LEGACY : ref.keyId);
      result = key ? decryptRecord(key, id, bytes) : { ok: false, reason: 'unknown-key' };
    }
    if (result.ok) {
      const { kind, createdAt, updatedAt, data } = result.payload;
      return { id, kind, createdAt, updatedAt, data };
    }
    const moved = await moveToSetAside(this.#dir, id, path, result.reason, this.#now());
    if (moved) this.#setAside.push(moved);
    return undefined;
  }
}
