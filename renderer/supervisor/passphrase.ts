/**
 * The strength hint while choosing a passphrase. One estimate for the whole app: the vault's own
 * (pure, no Node APIs in this function), so the hint and the vault never disagree.
 */
export { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../electron/main/vault/passphrase.ts';
export type { PassphraseStrength } from '../../electron/main/vault/passphrase.ts';
