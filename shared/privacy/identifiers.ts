import { findDates } from './date-finder.ts';
import type { Candidate, FindIdentifiersOptions, IdentifierFinding, IdentifierKind } from './identifier-types.ts';
import { findNames } from './name-finder.ts';
import { findEmails, findNationalNumbers, findPhones, findPostcodes } from './number-finders.ts';
import { findAges, findRooms } from './detail-finders.ts';
import { findPlaces } from './place-finder.ts';

export type { FindIdentifiersOptions, IdentifierFinding, IdentifierKind } from './identifier-types.ts';

/**
 * Finds stretches of a note that may identify a client, family member or colleague: names,
 * initials, dates (in numbers and in words, Dutch and English), ages, room and bed numbers,
 * hospitals and towns from a small list, postcodes, phone numbers, e-mail addresses and national
 * numbers (Belgian rijksregisternummer, Dutch BSN). Advice, not a block: the writer decides.
 *
 * Pure: no Node or DOM APIs, runs in the renderer as well as in main. Tuned to flag few ordinary
 * sentences, so it also misses things (a single unknown surname, a village not on the list).
 */

/** When two findings overlap, the more specific one wins. */
const PRIORITY: Record<IdentifierKind, number> = {
  email: 10,
  'national-number': 9,
  phone: 8,
  date: 7,
  postcode: 6,
  age: 5,
  room: 4,
  place: 3,
  name: 2,
  initials: 1,
};

function resolveOverlaps(candidates: Candidate[]): IdentifierFinding[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => PRIORITY[b.c.kind] - PRIORITY[a.c.kind] || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order)
    .map(({ c }) => c);
  const accepted: IdentifierFinding[] = [];
  for (const c of ranked) {
    if (accepted.some((a) => c.start < a.end && a.start < c.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export function findIdentifiers(text: string, options: FindIdentifiersOptions = {}): IdentifierFinding[] {
  if (text.length === 0) return [];
  return resolveOverlaps([
    ...findEmails(text),
    ...findNationalNumbers(text),
    ...findPhones(text),
    ...findDates(text),
    ...findPostcodes(text),
    ...findAges(text),
    ...findRooms(text),
    ...findPlaces(text),
    ...findNames(text, options.knownNames ?? []),
  ]);
}
