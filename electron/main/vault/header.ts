import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isAcceptableKdfCost, KEY_LENGTH, SALT_LENGTH, type KdfParams } from './kdf.ts';
import { VaultError } from './vault-error.ts';

/**
 * vault.json — plain JSON, no secrets in the clear.
 *
 * Version 2 (keys you can destroy):
 *   - the scrypt parameters; the passphrase-derived key wraps the **vault key**;
 *   - the vault key wraps one **group key** per session (and one for the vault's own index);
 *     record files are encrypted under a group key. Deleting a session removes its keys from
 *     this file ("crypto-shredding"): copies of its record files can no longer be opened with
 *     this vault and passphrase. A change of passphrase makes a new vault key and retires the
 *     group keys for writing, so an old vault.json with the old passphrase opens nothing written
 *     after the change;
 *   - `legacy`: the single data key of a version-1 vault, wrapped by the vault key, only until
 *     every version-1 record has been rewritten under its group key.
 * Version 1 (until issue 14): the passphrase-derived key wrapped the one data key of every record.
 */
export const VAULT_FORMAT = 'kring-vault';
export const VAULT_FORMAT_VERSION = 2;

export interface WrappedKey {
  cipher: 'aes-256-gcm';
  /** 12 bytes, base64 */
  iv: string;
  /** 16 bytes, base64 */
  tag: string;
  /** 32 bytes, base64 */
  ciphertext: string;
}

export interface GroupKeyEntry {
  /** 16 random bytes, base64url: also written in the clear at the start of each record file. */
  id: string;
  /** What the key is for: a session id, or "vault" for the vault's own records. */
  group: string;
  /** False once retired by a re-key: still opens what it encrypted, never used to write again. */
  writable: boolean;
  wrapped: WrappedKey;
}

export interface VaultHeaderV1 {
  format: typeof VAULT_FORMAT;
  version: 1;
  createdAt: string;
  kdf: KdfParams;
  wrappedKey: WrappedKey;
}

export interface VaultHeader {
  format: typeof VAULT_FORMAT;
  version: typeof VAULT_FORMAT_VERSION;
  /** ISO 8601 */
  createdAt: string;
  kdf: KdfParams;
  /** The vault key, under the passphrase-derived key. */
  wrappedKey: WrappedKey;
  keys: GroupKeyEntry[];
  /** Ids of destroyed keys, so their leftover record files are recognised and removed, not set aside. */
  shredded: string[];
  /** A version-1 data key still needed for records not yet rewritten (under the vault key). */
  legacy: WrappedKey | null;
}

const IV_LENGTH = 12;
const TAG_LENGTH = 16;
export const KEY_ID_BYTES = 16;
const V1_WRAP_AAD = Buffer.from(`${VAULT_FORMAT}.data-key.v1`, 'utf8');
const VAULT_KEY_AAD = Buffer.from(`${VAULT_FORMAT}.vault-key.v2`, 'utf8');
const LEGACY_AAD = Buffer.from(`${VAULT_FORMAT}.legacy-key.v2`, 'utf8');
const groupAad = (id: string, group: string) => Buffer.from(`${VAULT_FORMAT}.group-key.v2\u0000${id}\u0000${group}`, 'utf8');

function wrap(key: Buffer, wrappingKey: Buffer, aad: Buffer): WrappedKey {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return { cipher: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Unwraps into a fresh, unpooled buffer the caller owns (and wipes); undefined when the wrapping key is wrong. */
function unwrap(wrapped: WrappedKey, wrappingKey: Buffer, aad: Buffer): Buffer | undefined {
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'), { authTagLength: TAG_LENGTH });
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  const parts: Buffer[] = [];
  try {
    parts.push(decipher.update(Buffer.from(wrapped.ciphertext, 'base64')));
    parts.push(decipher.final());
  } catch {
    for (const part of parts) part.fill(0);
    return undefined;
  }
  const key = Buffer.alloc(KEY_LENGTH);
  let offset = 0;
  for (const part of parts) {
    offset += part.copy(key, offset);
    part.fill(0);
  }
  return key;
}

export const wrapVaultKey = (vaultKey: Buffer, kek: Buffer) => wrap(vaultKey, kek, VAULT_KEY_AAD);
export const unwrapVaultKey = (wrapped: WrappedKey, kek: Buffer) => unwrap(wrapped, kek, VAULT_KEY_AAD);
/** Version 1: the data key under the passphrase-derived key. */
export const unwrapV1DataKey = (wrapped: WrappedKey, kek: Buffer) => unwrap(wrapped, kek, V1_WRAP_AAD);
/** Only to write the version-1 fixtures and tests of the migration. */
export const wrapV1DataKey = (dataKey: Buffer, kek: Buffer) => wrap(dataKey, kek, V1_WRAP_AAD);
export const wrapLegacyKey = (key: Buffer, vaultKey: Buffer) => wrap(key, vaultKey, LEGACY_AAD);
export const unwrapLegacyKey = (wrapped: WrappedKey, vaultKey: Buffer) => unwrap(wrapped, vaultKey, LEGACY_AAD);
export const wrapGroupKey = (key: Buffer, vaultKey: Buffer, id: string, group: string) => wrap(key, vaultKey, groupAad(id, group));
export const unwrapGroupKey = (entry: GroupKeyEntry, vaultKey: Buffer) => unwrap(entry.wrapped, vaultKey, groupAad(entry.id, entry.group));

export function newKeyId(): string {
  return randomBytes(KEY_ID_BYTES).toString('base64url');
}

export function serializeHeader(header: VaultHeader | VaultHeaderV1): string {
  return `${JSON.stringify(header, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBase64OfLength(value: unknown, bytes: number): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === bytes;
}

const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const GROUP_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

function parseWrapped(value: unknown): WrappedKey {
  if (
    !isRecord(value) ||
    value.cipher !== 'aes-256-gcm' ||
    !isBase64OfLength(value.iv, IV_LENGTH) ||
    !isBase64OfLength(value.tag, TAG_LENGTH) ||
    !isBase64OfLength(value.ciphertext, KEY_LENGTH)
  ) {
    throw new VaultError('corrupt-header');
  }
  return { cipher: 'aes-256-gcm', iv: value.iv, tag: value.tag, ciphertext: value.ciphertext };
}

function parseKdf(kdf: unknown): KdfParams {
  if (
    !isRecord(kdf) ||
    kdf.name !== 'scrypt' ||
    kdf.keyLen !== KEY_LENGTH ||
    typeof kdf.N !== 'number' ||
    typeof kdf.r !== 'number' ||
    typeof kdf.p !== 'number' ||
    !isAcceptableKdfCost({ N: kdf.N, r: kdf.r, p: kdf.p }) ||
    !isBase64OfLength(kdf.salt, SALT_LENGTH)
  ) {
    throw new VaultError('corrupt-header');
  }
  return { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, keyLen: KEY_LENGTH, salt: kdf.salt };
}

function parseGroupKey(value: unknown): GroupKeyEntry {
  if (!isRecord(value) || typeof value.id !== 'string' || !KEY_ID_PATTERN.test(value.id)) throw new VaultError('corrupt-header');
  if (typeof value.group !== 'string' || !GROUP_PATTERN.test(value.group) || typeof value.writable !== 'boolean') throw new VaultError('corrupt-header');
  return { id: value.id, group: value.group, writable: value.writable, wrapped: parseWrapped(value.wrapped) };
}

/** Validates the bytes of vault.json (version 1 or 2). Throws VaultError 'corrupt-header' or 'unsupported-version'. */
export function parseHeader(bytes: Buffer): VaultHeader | VaultHeaderV1 {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new VaultError('corrupt-header', { cause: err });
  }
  if (!isRecord(value) || value.format !== VAULT_FORMAT) throw new VaultError('corrupt-header');
  if (typeof value.version !== 'number' || !Number.isInteger(value.version)) throw new VaultError('corrupt-header');
  if (value.version > VAULT_FORMAT_VERSION) throw new VaultError('unsupported-version');
  if (value.version < 1) throw new VaultError('corrupt-header');
  const { createdAt } = value;
  if (typeof createdAt !== 'string') throw new VaultError('corrupt-header');
  const kdf = parseKdf(value.kdf);
  const wrappedKey = parseWrapped(value.wrappedKey);
  if (value.version === 1) return { format: VAULT_FORMAT, version: 1, createdAt, kdf, wrappedKey };
  if (!Array.isArray(value.keys) || !Array.isArray(value.shredded)) throw new VaultError('corrupt-header');
  const keys = value.keys.map(parseGroupKey);
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new VaultError('corrupt-header');
  const shredded = value.shredded.map((id) => {
    if (typeof id !== 'string' || !KEY_ID_PATTERN.test(id)) throw new VaultError('corrupt-header');
    return id;
  });
  const legacy = value.legacy === null || value.legacy === undefined ? null : parseWrapped(value.legacy);
  return { format: VAULT_FORMAT, version: VAULT_FORMAT_VERSION, createdAt, kdf, wrappedKey, keys, shredded, legacy };
}
