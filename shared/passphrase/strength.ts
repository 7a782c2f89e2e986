/**
 * What windows and main share about passphrases. The verdict itself is made in main
 * (`electron/main/vault/passphrase-policy.ts`, zxcvbn-ts with Dutch and English dictionaries);
 * windows ask for it over the contract and show it, so their bundles carry no dictionaries.
 */
import type { Localized } from '../method/types.ts';

export const MIN_PASSPHRASE_LENGTH = 8;

export interface PassphraseVerdict {
  /** False: main refuses this passphrase for a new vault or a change. */
  acceptable: boolean;
  /** For the meter: 0 (guessed at once) … 4 (strong enough). */
  score: 0 | 1 | 2 | 3 | 4;
  advice: Localized;
}
