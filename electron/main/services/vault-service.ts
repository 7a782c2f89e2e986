/**
 * Holds the vault while it is open, and only then: create, unlock, lock (by hand, when idle,
 * on screen lock and on suspend, with a warning first), change the passphrase. Locking drops
 * the key; the session clock is not touched by any of this.
 */
import type { Reply, VaultState } from '../../../shared/ipc/index.ts';
import type { PassphraseVerdict } from '../../../shared/passphrase/strength.ts';
import { createAutoLock, createVault, judgePassphrase, unlockVault, vaultExists, VaultError } from '../vault/index.ts';
import type { KdfCost, LockReason, Vault } from '../vault/index.ts';
import { msUntilNextAttempt, readAttempts } from '../vault/unlock-attempts.ts';
import { StorageError } from '../storage/storage-error.ts';
import type { Clock } from './clock.ts';

export interface VaultServiceOptions {
  dir: string;
  clock: Clock;
  autoLockMinutes: number;
  /** Only for tests: a cheaper KDF. The app always uses the real cost. */
  kdf?: KdfCost;
}

const WARN_BEFORE_MS = 60_000;

function toReply(error: unknown, now: number): Reply<null> {
  if (error instanceof VaultError && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
    return { ok: false, error: { code: error.code, message: error.userMessage, retryAt: now + error.retryAfterMs } };
  }
  if (error instanceof VaultError || error instanceof StorageError) {
    return { ok: false, error: { code: error.code, message: error.userMessage } };
  }
  throw error;
}

export function createVaultService(options: VaultServiceOptions) {
  const { dir, clock } = options;
  let vault: Vault | null = null;
  let exists = false;
  let lockWarningAt: number | null = null;
  /** When unlocking is allowed again after wrong passphrases (from the counter on disk). */
  let unlockRetryAt: number | null = null;
  /** The open vault's passphrase is one the policy refuses now: the window asks to change it. */
  let passphraseWeak = false;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  const autoLock = createAutoLock({
    idleMs: options.autoLockMinutes * 60_000,
    warnBeforeMs: WARN_BEFORE_MS,
    onWarn: (msLeft) => {
      if (!vault) return;
      lockWarningAt = clock.now() + msLeft;
      emit();
    },
    onWarningCleared: () => {
      lockWarningAt = null;
      emit();
    },
    onLock: (reason) => lock(reason),
    now: () => clock.now(),
    setTimer: (fn, ms) => clock.setTimer(fn, ms),
    clearTimer: (handle) => clock.clearTimer(handle),
  });

  function lock(_reason: LockReason) {
    lockWarningAt = null;
    if (!vault) return;
    vault.lock();
    vault = null;
    emit();
  }

  async function opened(v: Vault): Promise<Reply<null>> {
    vault = v;
    exists = true;
    autoLock.activity();
    emit();
    return { ok: true, value: null };
  }

  async function refreshRetryAt() {
    try {
      const wait = msUntilNextAttempt(await readAttempts(dir), clock.now());
      unlockRetryAt = wait > 0 ? clock.now() + wait : null;
    } catch {
      unlockRetryAt = null; // the vault refuses by itself when it must
    }
  }

  const fail = async (error: unknown): Promise<Reply<null>> => {
    const reply = toReply(error, clock.now());
    if (error instanceof VaultError && (error.code === 'wrong-passphrase' || error.code === 'too-many-attempts')) {
      unlockRetryAt = reply.ok ? null : (reply.error.retryAt ?? null);
      emit();
    }
    return reply;
  };

  return {
    async init() {
      exists = await vaultExists(dir);
      if (exists) await refreshRetryAt();
    },
    state(): VaultState {
      if (vault) return 'unlocked';
      return exists ? 'locked' : 'absent';
    },
    /** The open vault, or null while locked. Never keep the result beyond one operation. */
    vault: (): Vault | null => vault,
    lockWarningAt: () => lockWarningAt,
    unlockRetryAt: () => (unlockRetryAt !== null && unlockRetryAt > clock.now() ? unlockRetryAt : null),
    passphraseWeak: () => vault !== null && passphraseWeak,
    /** Main's verdict on a passphrase someone is choosing (the window shows it while typing). */
    judge: (passphrase: string): Promise<PassphraseVerdict> => judgePassphrase(passphrase),
    async create(passphrase: string): Promise<Reply<null>> {
      try {
        // `now` is passed on as a bare function: bind it, a Clock need not be a plain object.
        const now = () => clock.now();
        const opts = options.kdf ? { kdf: options.kdf, now } : { now };
        passphraseWeak = false;
        return await opened(await createVault(dir, passphrase, opts));
      } catch (error) {
        return toReply(error, clock.now());
      }
    },
    async unlock(passphrase: string): Promise<Reply<null>> {
      if (vault) return { ok: true, value: null };
      try {
        const v = await unlockVault(dir, passphrase, { now: () => clock.now() });
        unlockRetryAt = null;
        passphraseWeak = false;
        // Vaults made before the policy are asked, not forced, to change. Judged after the vault
        // is open, so the unlock does not wait for the dictionaries to load.
        void judgePassphrase(passphrase).then(
          (verdict) => {
            if (vault !== v || verdict.acceptable) return;
            passphraseWeak = true;
            emit();
          },
          () => undefined,
        );
        return await opened(v);
      } catch (error) {
        return fail(error);
      }
    },
    lock: (reason: LockReason = 'manual') => autoLock.lockNow(reason),
    async changePassphrase(current: string, next: string): Promise<Reply<null>> {
      if (!vault) return toReply(new VaultError('locked'), clock.now());
      try {
        await vault.changePassphrase(current, next);
        passphraseWeak = false;
        emit();
        return { ok: true, value: null };
      } catch (error) {
        return toReply(error, clock.now());
      }
    },
    activity() {
      if (vault) autoLock.activity();
    },
    setAutoLockMinutes(minutes: number) {
      autoLock.setIdleMs(minutes * 60_000);
    },
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      autoLock.dispose();
      lock('manual');
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;
