import { subMonths } from 'date-fns/subMonths';
import type { Vault } from './vault.ts';

export interface RetentionOptions {
  /** Epoch ms. */
  now: number;
  /** Whole months, at least 1. ("Forever" is not a retention policy.) */
  retentionMonths: number;
  /** Only records of these kinds are considered. */
  kinds: string[];
}

/**
 * Deletes (unlinks) the records of the given kinds whose last change is longer ago than the
 * retention period. A record changed exactly at the cut-off is kept.
 */
export async function purgeExpired(
  vault: Pick<Vault, 'list' | 'delete'>,
  options: RetentionOptions,
): Promise<{ deleted: number }> {
  const { now, retentionMonths } = options;
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1) {
    throw new RangeError('retentionMonths must be a whole number of at least 1');
  }
  if (!Number.isFinite(now)) throw new RangeError('now must be a time in epoch ms');
  const kinds = new Set(options.kinds);
  if (kinds.size === 0) return { deleted: 0 };
  const cutoff = subMonths(now, retentionMonths).getTime();
  const expired = (await vault.list()).filter((r) => kinds.has(r.kind) && r.updatedAt < cutoff);
  for (const record of expired) await vault.delete(record.id);
  return { deleted: expired.length };
}
