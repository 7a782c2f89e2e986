import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SetAsideReasonCode } from './set-aside.ts';

/**
 * One record file: "KRV" + format version byte, 12-byte IV, 16-byte GCM tag, ciphertext.
 * The associated data binds the ciphertext to its record id and the format version, so a file
 * copied over another id fails authentication.
 */
export const RECORD_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('KRV', 'ascii');
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const HEADER_LENGTH = MAGIC.length + 1 + IV_LENGTH + TAG_LENGTH;

export interface RecordPayload {
  kind: string;
  createdAt: number;
  updatedAt: number;
  data: unknown;
}

export type DecryptResult = { ok: true; payload: RecordPayload } | { ok: false; reason: SetAsideReasonCode };

function associatedData(id: string): Buffer {
  return Buffer.from(`kring-record.v${RECORD_FORMAT_VERSION}\u0000${id}`, 'utf8');
}

/** Encrypts a payload with a fresh random IV. The plaintext buffer is zeroed afterwards. */
export function encryptRecord(key: Buffer, id: string, payload: RecordPayload): Buffer {
  const plaintext = Buffer.from(JSON.stringify(payload), 'utf8');
  try {
    const iv = randomBytes(IV_LENGTH);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(associatedData(id));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([MAGIC, Buffer.of(RECORD_FORMAT_VERSION), iv, cipher.getAuthTag(), body]);
  } finally {
    plaintext.fill(0);
  }
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

/** Decrypts and validates one record file. Never throws for bad bytes: it says why instead. */
export function decryptRecord(key: Buffer, id: string, bytes: Buffer): DecryptResult {
  if (bytes.length < HEADER_LENGTH) return { ok: false, reason: 'truncated' };
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { ok: false, reason: 'unknown-format' };
  if (bytes[MAGIC.length] !== RECORD_FORMAT_VERSION) return { ok: false, reason: 'unknown-format' };
  let offset = MAGIC.length + 1;
  const iv = bytes.subarray(offset, (offset += IV_LENGTH));
  const tag = bytes.subarray(offset, (offset += TAG_LENGTH));
  const body = bytes.subarray(offset);
  let plaintext: Buffer;
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(associatedData(id));
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
