import type { Localized } from '../method/types.ts';
import type { IdentifierKind } from './identifier-types.ts';

const WHY_NL = 'Een intervisienotitie is een leerverslag en blijft anoniem.';
const WHY_EN = 'An intervisie note is a learning record and stays anonymous.';

export const MESSAGES: Record<IdentifierKind, Localized> = {
  name: {
    nl: `Dit lijkt een naam. ${WHY_NL} Gebruik liever een neutrale omschrijving.`,
    en: `This looks like a name. ${WHY_EN} Prefer a neutral description.`,
  },
  initials: {
    nl: `Dit lijken initialen. Ook initialen maken iemand herkenbaar. ${WHY_NL}`,
    en: `These look like initials. Initials, too, can identify someone. ${WHY_EN}`,
  },
  date: {
    nl: `Dit lijkt een datum. Een geboorte-, bevallings- of opnamedatum maakt iemand herkenbaar; laat hem weg of schrijf iets algemeens.`,
    en: `This looks like a date. A birth, delivery or admission date can identify someone; leave it out or write something general.`,
  },
  postcode: {
    nl: `Dit lijkt een postcode. Een woonplaats maakt iemand herkenbaar; laat hem weg.`,
    en: `This looks like a postcode. Where someone lives can identify them; leave it out.`,
  },
  phone: {
    nl: `Dit lijkt een telefoonnummer. Dat hoort niet in een intervisienotitie; laat het weg.`,
    en: `This looks like a phone number. It does not belong in an intervisie note; leave it out.`,
  },
  email: {
    nl: `Dit lijkt een e-mailadres. Dat hoort niet in een intervisienotitie; laat het weg.`,
    en: `This looks like an e-mail address. It does not belong in an intervisie note; leave it out.`,
  },
  age: {
    nl: `Dit lijkt een leeftijd. Samen met andere details maakt een precieze leeftijd iemand herkenbaar; schrijf liever iets algemeens ("een jonge moeder").`,
    en: `This looks like an age. Together with other details an exact age can identify someone; prefer something general ("a young mother").`,
  },
  room: {
    nl: `Dit lijkt een kamer- of bednummer. Daarmee is te achterhalen wie er lag; laat het weg.`,
    en: `This looks like a room or bed number. It tells who was lying there; leave it out.`,
  },
  place: {
    nl: `Dit lijkt een ziekenhuis of een woonplaats. Een plaats maakt een casus snel herkenbaar; schrijf liever "het ziekenhuis" of "een kleine gemeente".`,
    en: `This looks like a hospital or a town. A place quickly makes a case recognisable; prefer "the hospital" or "a small town".`,
  },
  'national-number': {
    nl: `Dit lijkt een rijksregisternummer of BSN. Zo'n nummer hoort nooit in een notitie; laat het weg.`,
    en: `This looks like a national register number or BSN. Such a number never belongs in a note; leave it out.`,
  },
};

export const LABELS = {
  name: { nl: '[naam]', en: '[name]' },
  clientFemale: { nl: 'cliënte A', en: 'client A' },
  clientMale: { nl: 'cliënt B', en: 'client B' },
  mother: { nl: 'de moeder', en: 'the mother' },
  father: { nl: 'de vader', en: 'the father' },
  partner: { nl: 'de partner', en: 'the partner' },
  baby: { nl: 'de baby', en: 'the baby' },
  child: { nl: 'het kind', en: 'the child' },
  colleague: { nl: 'een collega', en: 'a colleague' },
  doctor: { nl: 'de arts', en: 'the doctor' },
  midwife: { nl: 'de vroedvrouw', en: 'the midwife' },
  relative: { nl: 'een familielid', en: 'a relative' },
  date: { nl: '[datum]', en: '[date]' },
  postcode: { nl: '[woonplaats]', en: '[place]' },
  phone: { nl: '[telefoonnummer weglaten]', en: '[leave out phone number]' },
  email: { nl: '[e-mailadres weglaten]', en: '[leave out e-mail address]' },
  nationalNumber: { nl: '[nummer weglaten]', en: '[leave out number]' },
  initials: { nl: 'cliënt(e) A', en: 'client A' },
  age: { nl: '[leeftijd]', en: '[age]' },
  room: { nl: '[kamer weglaten]', en: '[leave out room]' },
  place: { nl: '[plaats]', en: '[place]' },
} satisfies Record<string, Localized>;
