import type { Localized } from '../../../shared/method/types.ts';

export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'too-many-attempts'
  | 'corrupt-header'
  | 'unsupported-version'
  | 'locked'
  | 'empty-passphrase'
  | 'passphrase-too-short'
  | 'passphrase-weak'
  | 'no-vault'
  | 'already-exists';

function secondsText(ms: number): { nl: string; en: string } {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s >= 120) {
    const m = Math.ceil(s / 60);
    return { nl: `${m} minuten`, en: `${m} minutes` };
  }
  return { nl: s === 1 ? '1 seconde' : `${s} seconden`, en: s === 1 ? '1 second' : `${s} seconds` };
}

function messageFor(code: VaultErrorCode, retryAfterMs: number | undefined): Localized {
  switch (code) {
    case 'wrong-passphrase': {
      if (retryAfterMs !== undefined && retryAfterMs > 0) {
        const t = secondsText(retryAfterMs);
        return {
          nl: `Dit wachtwoord klopt niet. Wacht ${t.nl} en probeer het dan opnieuw; let op hoofdletters.`,
          en: `This passphrase is not correct. Wait ${t.en}, then try again; mind capital letters.`,
        };
      }
      return {
        nl: 'Dit wachtwoord klopt niet. Probeer het opnieuw; let op hoofdletters.',
        en: 'This passphrase is not correct. Try again; mind capital letters.',
      };
    }
    case 'too-many-attempts': {
      const t = secondsText(retryAfterMs ?? 1000);
      return {
        nl: `Er is een paar keer na elkaar een verkeerd wachtwoord ingevuld. Wacht ${t.nl} en probeer het dan opnieuw. Je notities zijn veilig.`,
        en: `A wrong passphrase was entered several times in a row. Wait ${t.en}, then try again. Your notes are safe.`,
      };
    }
    case 'corrupt-header':
      return {
        nl: 'Het sleutelbestand van je kluis (vault.json) is beschadigd, daardoor kan Kring je notities niet openen. Er is niets gewist. Zet een reservekopie van de kluismap terug of vraag hulp aan wie Kring voor je beheert.',
        en: "Your vault's key file (vault.json) is damaged, so Kring cannot open your notes. Nothing was deleted. Restore a backup of the vault folder or ask whoever manages Kring for you for help.",
      };
    case 'unsupported-version':
      return {
        nl: 'Deze kluis is gemaakt met een nieuwere versie van Kring. Er is niets gewijzigd. Installeer de nieuwste versie van Kring en open de kluis dan opnieuw.',
        en: 'This vault was made with a newer version of Kring. Nothing was changed. Install the latest version of Kring, then open the vault again.',
      };
    case 'locked':
      return {
        nl: 'De kluis is vergrendeld. Vul je wachtwoord in om verder te gaan.',
        en: 'The vault is locked. Enter your passphrase to continue.',
      };
    case 'empty-passphrase':
      return {
        nl: 'Vul een wachtwoord in.',
        en: 'Please enter a passphrase.',
      };
    case 'passphrase-too-short':
      return {
        nl: 'Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
        en: 'Choose a passphrase of at least 8 characters. A sentence of a few words is strong and easy to remember.',
      };
    case 'passphrase-weak':
      return {
        nl: 'Dit wachtwoord is te makkelijk te raden. Vier losse woorden werken goed, bijvoorbeeld "fiets regen tafel koffie" (maar kies je eigen).',
        en: 'This passphrase is too easy to guess. Four unrelated words work well, for example "bicycle rain table coffee" (but choose your own).',
      };
    case 'no-vault':
      return {
        nl: 'Er is hier nog geen kluis. Maak eerst een kluis aan met een wachtwoord.',
        en: 'There is no vault here yet. First create a vault with a passphrase.',
      };
    case 'already-exists':
      return {
        nl: 'Hier staat al een kluis. Er is niets overschreven. Open de bestaande kluis met je wachtwoord.',
        en: 'A vault already exists here. Nothing was overwritten. Open the existing vault with your passphrase.',
      };
  }
}

/** A vault problem the person can act on. `message` never contains note content or the passphrase. */
export class VaultError extends Error {
  readonly code: VaultErrorCode;
  readonly userMessage: Localized;
  /** For 'too-many-attempts' (and a 'wrong-passphrase' that starts a wait): ms until the next try is allowed. */
  readonly retryAfterMs: number | undefined;

  /** `message` replaces the standard text for the code (the passphrase policy's own advice). */
  constructor(code: VaultErrorCode, options?: { retryAfterMs?: number; cause?: unknown; message?: Localized }) {
    super(`vault error: ${code}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VaultError';
    this.code = code;
    this.retryAfterMs = options?.retryAfterMs;
    this.userMessage = options?.message ?? messageFor(code, options?.retryAfterMs);
  }
}

/** Thrown by every vault call after `lock()`. */
export class VaultLockedError extends VaultError {
  constructor() {
    super('locked');
    this.name = 'VaultLockedError';
  }
}
