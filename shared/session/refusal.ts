import type { Localized } from '../method/index.ts';

/** Why a command was not carried out. The session is unchanged whenever a refusal is returned. */
export type RefusalCode =
  | 'invalid-payload'
  | 'not-now'
  | 'stale'
  | 'already-done'
  | 'unknown-step'
  | 'empty-name'
  | 'name-too-long'
  | 'duplicate-name'
  | 'unknown-participant'
  | 'presenter-in-case'
  | 'empty-title'
  | 'title-too-long'
  | 'unknown-proposal'
  | 'proposal-not-open'
  | 'duplicate-id'
  | 'minutes-out-of-range'
  | 'step-already-done'
  | 'adjust-out-of-range'
  | 'nothing-to-shorten';

export interface Refusal {
  code: RefusalCode;
  message: Localized;
}

const MESSAGES: Record<RefusalCode, Localized> = {
  'invalid-payload': {
    nl: 'Deze opdracht is onvolledig of ongeldig en is niet uitgevoerd.',
    en: 'This command is incomplete or invalid and was not carried out.',
  },
  'not-now': {
    nl: 'Dat kan op dit moment van de sessie niet.',
    en: 'That is not possible at this point in the session.',
  },
  stale: {
    nl: 'Dat is al gebeurd, misschien in het andere venster. Je ziet nu waar de sessie staat.',
    en: 'That already happened, perhaps in the other window. You now see where the session is.',
  },
  'already-done': {
    nl: 'Dat was al gebeurd, misschien in het andere venster; er is niets veranderd.',
    en: 'That had already happened, perhaps in the other window; nothing changed.',
  },
  'unknown-step': {
    nl: 'Deze stap hoort niet bij deze casus; er is niets veranderd.',
    en: 'This step is not part of this case; nothing changed.',
  },
  'empty-name': { nl: 'Vul een naam in.', en: 'Please enter a name.' },
  'name-too-long': {
    nl: 'Deze naam is te lang. Houd het kort, bijvoorbeeld een voornaam.',
    en: 'This name is too long. Keep it short, a first name for example.',
  },
  'duplicate-name': {
    nl: 'Deze naam staat al op de lijst. Voeg bijvoorbeeld een initiaal toe.',
    en: 'This name is already on the list. Add an initial, for example.',
  },
  'unknown-participant': {
    nl: 'Deze deelnemer staat niet (meer) op de lijst.',
    en: 'This participant is not (or no longer) on the list.',
  },
  'presenter-in-case': {
    nl: 'Deze deelnemer brengt een casus in die al besproken wordt of werd, en kan niet verwijderd worden.',
    en: 'This participant presents a case that is or was discussed, and cannot be removed.',
  },
  'empty-title': {
    nl: 'Geef de casus een korte titel, zonder namen.',
    en: 'Give the case a short title, without names.',
  },
  'title-too-long': {
    nl: 'Deze titel is te lang. Een paar woorden volstaan; de casus vertel je in de kring.',
    en: 'This title is too long. A few words will do; the case itself is told in the circle.',
  },
  'unknown-proposal': {
    nl: 'Deze casus staat niet (meer) op de lijst.',
    en: 'This case is not (or no longer) on the list.',
  },
  'proposal-not-open': {
    nl: 'Deze casus is al gekozen of ingetrokken.',
    en: 'This case has already been chosen or withdrawn.',
  },
  'duplicate-id': {
    nl: 'Dit item bestaat al; er is niets gewijzigd.',
    en: 'This item already exists; nothing was changed.',
  },
  'minutes-out-of-range': {
    nl: 'Dit aantal minuten kan niet. Kies een heel getal binnen de grenzen.',
    en: 'That number of minutes is not possible. Choose a whole number within the limits.',
  },
  'step-already-done': {
    nl: 'Deze stap is al voorbij; de duur ervan kan niet meer veranderen.',
    en: 'This step is already over; its length can no longer change.',
  },
  'adjust-out-of-range': {
    nl: 'Verlengen of inkorten kan per keer met minstens 1 seconde en hoogstens 60 minuten.',
    en: 'Extend or shorten by at least 1 second and at most 60 minutes at a time.',
  },
  'nothing-to-shorten': {
    nl: 'Er is geen tijd meer over om in te korten.',
    en: 'There is no time left to shorten.',
  },
};

export function refusal(code: RefusalCode): Refusal {
  return { code, message: MESSAGES[code] };
}

export function refusalMessage(code: RefusalCode): Localized {
  return MESSAGES[code];
}
