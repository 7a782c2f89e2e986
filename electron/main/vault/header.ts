import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isAcceptableKdfCost, KEY_LENGTH, SALT_LENGTH, type KdfParams } from './kdf.ts';
import { VaultError } from './vault-error.ts';

/**
 * vault.json — plain JSON, no secrets in the clear: the scrypt parameters and the data key
 * wrapped (AES-256-GCM) under the passphrase-derived key.
 */
export const VAULT_FORMAT = 'kring-vault';
export const VAULT_FORMAT_VERSION = 1;

export interface WrappedKey {
  cipher: 'aes-256-gcm';
  /** 12 bytes, base64 */
  iv: string;
  /** 16 bytes, base64 */
  tag: string;
  /** 32 bytes, base64 */
  ciphertext: string;
}

export interface VaultHeader {
  format: typeof VAULT_FORMAT;
  version: typeof VAULT_FORMAT_VERSION;
  /** ISO 8601 */
  createdAt: string;
  kdf: KdfParams;
  wrappedKey: WrappedKey;
}

const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const WRAP_AAD = Buffer.from(`${VAULT_FORMAT}.data-key.v${VAULT_FORMAT_VERSION}`, 'utf8');

export function wrapDataKey(dataKey: Buffer, keyEncryptionKey: Buffer): WrappedKey {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(WRAP_AAD);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/**
 * Unwraps the data key into a fresh, unpooled buffer that the caller owns (and wipes).
 * Returns undefined when the key-encryption key is wrong (GCM tag fails).
 */
export function unwrapDataKey(wrapped: WrappedKey, keyEncryptionKey: Buffer): Buffer | undefined {
  const decipher = createDecipheriv('aes-256-gcm', keyEncryptionKey, Buffer.from(wrapped.iv, 'base64'), {
    authTagLength: TAG_LENGTH,
  });
  decipher.setAAD(WRAP_AAD);
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

export function serializeHeader(header: VaultHeader): string {
  return `${JSON.stringify(header, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBase64OfLength(value: unknown, bytes: number): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === bytes;
}

/** Validates the bytes of vault.json. Throws VaultError 'corrupt-header' or 'unsupported-version'. */
export function parseHeader(bytes: Buffer): VaultHeader {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new VaultError('corrupt-header', { cause: err });
  }
  if (!isRecord(value) || value.format !== VAULT_FORMAT) throw new VaultError('corrupt-header');
  if (typeof value.version !== 'number' || !Number.isInteger(value.version)) throw new VaultError('corrupt-header');
  if (value.version !== VAULT_FORMAT_VERSION) {
    throw new VaultError(value.version > VAULT_FORMAT_VERSION ? 'unsupported-version' : 'corrupt-header');
  }
  const { kdf, wrappedKey, createdAt } = value;
  if (typeof createdAt !== 'string') throw new VaultError('corrupt-header');
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
  if (
    !isRecord(wrappedKey) ||
    wrappedKey.cipher !== 'aes-256-gcm' ||
    !isBase64OfLength(wrappedKey.iv, IV_LENGTH) ||
    !isBase64OfLength(wrappedKey.tag, TAG_LENGTH) ||
    !isBase64OfLength(wrappedKey.ciphertext, KEY_LENGTH)
  ) {
    throw new VaultError('corrupt-header');
  }
  return {
    format: VAULT_FORMAT,
    version: VAULT_FORMAT_VERSION,
    createdAt,
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, keyLen: KEY_LENGTH, salt: kdf.salt },
    wrappedKey: {
      cipher: 'aes-256-gcm',
      iv: wrappedKey.iv,
      tag: wrappedKey.tag,
      ciphertext: wrappedKey.ciphertext,
    },
  };
}
