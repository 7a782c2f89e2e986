import { VaultError } from './vault-error.ts';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase/strength.ts';
import { judgePassphrase } from './passphrase-policy.ts';

export { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase/strength.ts';
export type { PassphraseVerdict } from '../../../shared/passphrase/strength.ts';
export { judgePassphrase } from './passphrase-policy.ts';

/** Same passphrase, same bytes: "ë" typed as one or two code points must unlock the same vault. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function lengthInCharacters(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

/** Any passphrase used to open: must not be empty. */
export function assertPassphraseGiven(passphrase: string): void {
  if (passphrase.length === 0) throw new VaultError('empty-passphrase');
}

/** A passphrase that is being chosen: not empty, at least 8 characters, and not easy to guess. */
export async function assertNewPassphraseAcceptable(passphrase: string): Promise<void> {
  assertPassphraseGiven(passphrase);
  if (passphrase.trim().length === 0) throw new VaultError('empty-passphrase');
  if (lengthInCharacters(passphrase) < MIN_PASSPHRASE_LENGTH) throw new VaultError('passphrase-too-short');
  const verdict = await judgePassphrase(passphrase);
  if (!verdict.acceptable) throw new VaultError('passphrase-weak', { message: verdict.advice });
}

