import { randomBytes, scrypt } from 'node:crypto';

/** scrypt cost parameters. */
export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

/** What the header stores: cost, key length and salt. */
export interface KdfParams extends KdfCost {
  name: 'scrypt';
  keyLen: 32;
  /** 16 random bytes, base64. */
  salt: string;
}

/** The real cost (design.md): N=2^17, r=8, p=1 — about 128 MiB and a few hundred ms per derivation. */
export const DEFAULT_KDF_COST: KdfCost = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

export const KEY_LENGTH = 32;
export const SALT_LENGTH = 16;

/** Bounds for a header read from disk, so a tampered header cannot make us allocate gigabytes. */
const MIN_LOG2_N = 10;
const MAX_LOG2_N = 20;

export function isAcceptableKdfCost(cost: KdfCost): boolean {
  const { N, r, p } = cost;
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p)) return false;
  if (N < 2 ** MIN_LOG2_N || N > 2 ** MAX_LOG2_N || (N & (N - 1)) !== 0) return false;
  if (r < 1 || r > 32 || p < 1 || p > 16) return false;
  return 128 * N * r <= 1024 * 1024 * 1024;
}

export function newKdfParams(cost: KdfCost): KdfParams {
  if (!isAcceptableKdfCost(cost)) throw new RangeError('scrypt cost out of range');
  return { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, keyLen: KEY_LENGTH, salt: randomBytes(SALT_LENGTH).toString('base64') };
}

/**
 * Derives the key-encryption key from the passphrase bytes. Runs on the libuv thread pool,
 * so the main process stays responsive. The caller wipes the result after use.
 */
export function deriveKeyEncryptionKey(passphrase: Buffer, params: KdfParams): Promise<Buffer> {
  const salt = Buffer.from(params.salt, 'base64');
  // scrypt needs about 128 * N * r bytes; Node refuses above `maxmem` (default 32 MiB).
  const maxmem = 2 * 128 * params.r * (params.N + params.p + 2);
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, params.keyLen, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}
