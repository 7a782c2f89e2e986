import type { Localized } from '../method/index.ts';
import type { ApiError } from './contract.ts';

/** Errors the contract layer itself gives, before any service runs. */
export const CONTRACT_ERRORS = {
  'unknown-channel': { nl: 'Onbekende opdracht; er is niets gewijzigd.', en: 'Unknown command; nothing was changed.' },
  'not-allowed': {
    nl: 'Dit venster mag deze opdracht niet geven; er is niets gewijzigd.',
    en: 'This window may not give this command; nothing was changed.',
  },
  'invalid-request': {
    nl: 'Deze opdracht is onvolledig of ongeldig; er is niets gewijzigd.',
    en: 'This command is incomplete or invalid; nothing was changed.',
  },
  internal: {
    nl: 'Er ging iets mis. Er is niets verloren; probeer het opnieuw.',
    en: 'Something went wrong. Nothing was lost; please try again.',
  },
  'not-connected': {
    nl: 'Geen verbinding met Kring. Even geduld, we proberen opnieuw te verbinden.',
    en: 'Not connected to Kring. Please wait, reconnecting.',
  },
} satisfies Record<string, Localized>;

export type ContractErrorCode = keyof typeof CONTRACT_ERRORS;

export function contractError(code: ContractErrorCode): ApiError {
  return { code, message: CONTRACT_ERRORS[code] };
}
