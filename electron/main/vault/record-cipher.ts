import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SetAsideReasonCode } from './set-aside.ts';

/**
 * One record file.
 *   Version 2: "KRV", 0x02, the 16-byte id of the group key it is encrypted under, 12-byte IV,
 *              16-byte GCM tag, ciphertext.
 *   Version 1: "KRV", 0x01, 12-byte IV, 16-byte GCM tag, ciphertext (the vault's one data key);
 *              read for the migration, never written.
 * The associated data binds the ciphertext to its record id, the format version and (v2) the key
 * id, so a file copied over another id, or relabelled with another key, fails authentication.
 */
export const RECORD_FORMAT_VERSION = 2;
const MAGIC = Buffer.from('KRV', 'ascii');
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const KEY_ID_LENGTH = 16;
const PREFIX_LENGTH = MAGIC.length + 1;

export interface RecordPayload {
  kind: string;
  createdAt: number;
  updatedAt: number;
  data: unknown;
}

export type DecryptResult = { ok: true; payload: RecordPayload } | { ok: false; reason: SetAsideReasonCode };

function associatedData(version: 1 | 2, id: string, keyId: string | null): Buffer {
  return Buffer.from(version === 1 ? `kring-record.v1\u0000${id}` : `kring-record.v2\u0000${id}\u0000${keyId}`, 'utf8');
}

/** Which key a record file needs: the v1 data key, a group key by id, or none (not a record file). */
export type RecordKeyRef = { version: 1 } | { version: 2; keyId: string } | { version: null; reason: SetAsideReasonCode };

export function recordKeyRef(bytes: Buffer): RecordKeyRef {
  if (bytes.length < PREFIX_LENGTH) return { version: null, reason: 'truncated' };
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { version: null, reason: 'unknown-format' };
  const version = bytes[MAGIC.length];
  if (version === 1) return bytes.length < PREFIX_LENGTH + IV_LENGTH + TAG_LENGTH ? { version: null, reason: 'truncated' } : { version: 1 };
  if (version !== 2) return { version: null, reason: 'unknown-format' };
  if (bytes.length < PREFIX_LENGTH + KEY_ID_LENGTH + IV_LENGTH + TAG_LENGTH) return { version: null, reason: 'truncated' };
  return { version: 2, keyId: bytes.subarray(PREFIX_LENGTH, PREFIX_LENGTH + KEY_ID_LENGTH).toString('base64url') };
}

/** Encrypts a payload under a group key with a fresh random IV. The plaintext buffer is zeroed afterwards. */
export function encryptRecord(key: Buffer, keyId: string, id: string, payload: RecordPayload): Buffer {
  const plaintext = Buffer.from(JSON.stringify(payload), 'utf8');
  try {
    const keyIdBytes = Buffer.from(keyId, 'base64url');
    if (keyIdBytes.length !== KEY_ID_LENGTH) throw new RangeError('key id must be 16 bytes');
    const iv = randomBytes(IV_LENGTH);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(associatedData(2, id, keyId));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([MAGIC, Buffer.of(RECORD_FORMAT_VERSION), keyIdBytes, iv, cipher.getAuthTag(), body]);
  } finally {
    plaintext.fill(0);
  }
}

/** Only for tests and fixtures: a record as version 1 wrote it. */
export function encryptRecordV1(key: Buffer, id: string, payload: RecordPayload): Buffer {
  const plaintext = Buffer.from(JSON.stringify(payload), 'utf8');
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(associatedData(1, id, null));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.of(1), iv, cipher.getAuthTag(), body]);
}

function isPayload(value: unknown): value is RecordPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    v.kind.length > 0 &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt) &&
    typeof v.updatedAt === 'number' &&
    Number.isFinite(v.updatedAt) &&
    'data' in v
  );
}

/**
 * Decrypts and validates one record file with the key its `recordKeyRef` asked for. Never throws
 * for bad bytes: it says why instead.
 */
export function decryptRecord(key: Buffer, id: string, bytes: Buffer): DecryptResult {
  const ref = recordKeyRef(bytes);
  if (ref.version === null) return { ok: false, reason: ref.reason };
  let offset = PREFIX_LENGTH + (ref.version === 2 ? KEY_ID_LENGTH : 0);
  const iv = bytes.subarray(offset, (offset += IV_LENGTH));
  const tag = bytes.subarray(offset, (offset += TAG_LENGTH));
  const body = bytes.subarray(offset);
  let plaintext: Buffer;
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(associatedData(ref.version, id, ref.version === 2 ? ref.keyId : null));
  decipher.setAuthTag(tag);
  // GCM only authenticates in final(): unverified bytes from update() are zeroed if it fails.
  const unverified = decipher.update(body);
  try {
    const rest = decipher.final();
    plaintext = rest.length === 0 ? unverified : Buffer.concat([unverified, rest]);
  } catch {
    unverified.fill(0);
    return { ok: false, reason: 'tampered' };
  }
  try {
    const value: unknown = JSON.parse(plaintext.toString('utf8'));
    return isPayload(value) ? { ok: true, payload: value } : { ok: false, reason: 'invalid-content' };
  } catch {
    return { ok: false, reason: 'invalid-content' };
  } finally {
    plaintext.fill(0);
  }
}
