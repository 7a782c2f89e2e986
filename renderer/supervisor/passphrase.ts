/**
 * The strength hint while choosing a passphrase. One estimate for the whole app: the vault's own
 * (pure, no Node APIs in this function), so the hint and the vault never disagree.
 */
export { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/passphrase/strength.ts';
export type { PassphraseStrength } from '../../shared/passphrase/strength.ts';
