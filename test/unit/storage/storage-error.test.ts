import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../../electron/main/storage/storage-error.ts';

function nodeError(code: string): Error {
  return Object.assign(new Error(`${code}: something at /home/x/notes`), { code });
}

describe('toStorageError', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
    ['EPERM', 'read-only'],
    ['ENOENT', 'not-found'],
    ['EIO', 'io'],
    ['EBUSY', 'io'],
  ] as const)('maps %s to %s', (systemCode, code) => {
    const error = toStorageError(nodeError(systemCode));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe(code);
    expect(error.systemCode).toBe(systemCode);
  });

  it('maps something without a code to io and passes a StorageError through unchanged', () => {
    expect(toStorageError('weird').code).toBe('io');
    const original = new StorageError('disk-full');
    expect(toStorageError(original)).toBe(original);
  });

  it('gives a calm Dutch and English message that says nothing was half-written, and never the path', () => {
    const full = toStorageError(nodeError('ENOSPC'));
    expect(full.userMessage.nl).toContain('De schijf is vol');
    expect(full.userMessage.nl).toContain('vorige versie staat er nog');
    expect(full.userMessage.en).toContain('The disk is full');
    expect(full.message).not.toContain('/home/x');
    const readOnly = toStorageError(nodeError('EROFS'));
    expect(readOnly.userMessage.nl).toMatch(/niets gewijzigd/i);
    for (const code of ['disk-full', 'read-only', 'not-found', 'io'] as const) {
      const m = new StorageError(code).userMessage;
      expect(m.nl.length).toBeGreaterThan(20);
      expect(m.en.length).toBeGreaterThan(20);
    }
  });
});
