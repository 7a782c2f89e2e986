import { join } from 'node:path';
import { readFileIfExists, removeFile, writeFileAtomic } from '../storage/atomic-file.ts';

/**
 * Growing waits after wrong passphrases. The count lives in a small plain file beside the vault
 * (no secrets in it), so restarting the app does not reset it; a correct passphrase does.
 *
 * This slows down someone guessing at the keyboard. It is not the real protection against an
 * attacker who copies the folder — that is scrypt and the passphrase itself.
 */
export const ATTEMPTS_FILE = 'unlock-attempts.json';

/** Failures allowed without any wait (typos happen). */
export const FREE_ATTEMPTS = 3;
/** The waits after the 3rd, 4th, 5th … failure; the last one repeats. */
const DELAYS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000] as const;
export const MAX_DELAY_MS = DELAYS_MS[DELAYS_MS.length - 1]!;

export interface AttemptState {
  failures: number;
  /** Epoch ms of the last failure. */
  lastFailureAt: number;
}

/**
 * The wait that follows the given number of consecutive failures: none for the first two, then
 * 5 s, 15 s, 30 s, 1 min, 2 min, 5 min, 10 min and 15 min from then on. Ten wrong guesses take
 * over half an hour; a person who mistyped three times waits five seconds.
 */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return DELAYS_MS[Math.min(failures - FREE_ATTEMPTS, DELAYS_MS.length - 1)]!;
}

/**
 * Milliseconds until another attempt is allowed (0 = now). A clock that was set back never makes
 * the wait longer than the delay itself.
 */
export function msUntilNextAttempt(state: AttemptState, now: number): number {
  const delay = delayAfterFailures(state.failures);
  if (delay === 0) return 0;
  const remaining = state.lastFailureAt + delay - now;
  return Math.max(0, Math.min(remaining, delay));
}

export async function readAttempts(vaultDir: string): Promise<AttemptState> {
  const bytes = await readFileIfExists(join(vaultDir, ATTEMPTS_FILE));
  if (!bytes) return { failures: 0, lastFailureAt: 0 };
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof value === 'object' && value !== null) {
      const { failures, lastFailureAt } = value as Record<string, unknown>;
      if (
        typeof failures === 'number' &&
        Number.isInteger(failures) &&
        failures >= 0 &&
        typeof lastFailureAt === 'number' &&
        Number.isFinite(lastFailureAt)
      ) {
        return { failures, lastFailureAt };
      }
    }
  } catch {
    // fall through
  }
  // A damaged counter file: be careful rather than generous — act as if the free tries are used up.
  return { failures: FREE_ATTEMPTS, lastFailureAt: 0 };
}

export async function recordFailure(vaultDir: string, now: number): Promise<AttemptState> {
  const previous = await readAttempts(vaultDir);
  const next: AttemptState = { failures: previous.failures + 1, lastFailureAt: now };
  await writeFileAtomic(join(vaultDir, ATTEMPTS_FILE), `${JSON.stringify({ version: 1, ...next })}\n`);
  return next;
}

export async function resetAttempts(vaultDir: string): Promise<void> {
  await removeFile(join(vaultDir, ATTEMPTS_FILE));
}
