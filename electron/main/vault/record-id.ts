import { randomBytes } from 'node:crypto';

/**
 * Record ids appear in file names, so they must say nothing about the content: use
 * `newRecordId()` (128 random bits). The pattern also keeps ids from escaping the records folder.
 */
const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function newRecordId(): string {
  return randomBytes(16).toString('base64url');
}

export function isValidRecordId(id: string): boolean {
  return RECORD_ID_PATTERN.test(id);
}

export function assertValidRecordId(id: string): void {
  if (typeof id !== 'string' || !isValidRecordId(id)) {
    throw new TypeError('record id must be 1-64 characters of A-Z, a-z, 0-9, _ or -');
  }
}

export function assertValidKind(kind: string): void {
  if (typeof kind !== 'string' || kind.length === 0 || kind.length > 64) {
    throw new TypeError('record kind must be a non-empty string of at most 64 characters');
  }
}
