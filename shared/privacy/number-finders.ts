import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate, IdentifierKind } from './identifier-types.ts';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './text-scan.ts';

/** E-mail addresses, phone numbers, postcodes, Belgian rijksregisternummers and Dutch BSNs. */

function candidate(kind: IdentifierKind, start: number, match: string, suggestion: { nl: string; en: string }): Candidate {
  return { kind, start, end: start + match.length, match, message: MESSAGES[kind], suggestion };
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) => candidate('email', m.index ?? 0, m[0], LABELS.email));
}

/**
 * Dutch and Belgian phone numbers: national ("06-12345678", "020 123 4567", "0470 12 34 56",
 * "09/123.45.67") and international ("+31 6 12345678", "+32 (0)470 12 34 56", "0032 …").
 */
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)3[12][\\s.-]?(?:\\(0\\)[\\s.-]?)?\\d(?:[\\s./-]?\\d){7,8}|0\\d(?:[\\s./-]?\\d){7,8})(?![\\p{N}])`,
  'gu',
);

export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHONE)) {
    const match = m[0];
    const digits = match.replace(/\D/g, '');
    const international = /^(?:\+|00)/.test(match);
    const national = international ? digits.replace(/^(?:00)?3[12]0?/, '') : digits.slice(1);
    // Without the leading 0 / country code: NL has 9 digits, BE 8 (fixed) or 9 (mobile).
    if (national.length < 8 || national.length > 9) continue;
    out.push(candidate('phone', m.index ?? 0, match, LABELS.phone));
  }
  return out;
}

/** Dutch postcode: "1234 AB" (capitals; SA, SD and SS are never issued). */
const DUTCH_POSTCODE = new RegExp(`${NOT_AFTER_WORD}[1-9]\\d{3}\\s?(?!SA|SD|SS)\\p{Lu}{2}${NOT_BEFORE_WORD}`, 'gu');
/** Belgian postcode: 4 digits after a place cue and before a place name ("in 9000 Gent", "B-2800 Mechelen"). */
const BELGIAN_POSTCODE = new RegExp(
  `(?:${NOT_AFTER_WORD}(?:postcode|in|te|uit|naar|van|nabij|woont in|wonend te)\\s+(?:B-)?|${NOT_AFTER_WORD}B-)([1-9]\\d{3})\\s+\\p{Lu}[\\p{Ll}\\p{M}]+`,
  'gdiu',
);
const YEARS_THAT_LOOK_LIKE_POSTCODES = /^(?:19|20)\d{2}$/;
const BELGIAN_CITIES = new Set(['antwerpen', 'brussel', 'gent', 'brugge', 'leuven', 'mechelen', 'hasselt', 'genk', 'kortrijk', 'oostende', 'aalst', 'sint-niklaas', 'roeselare', 'turnhout', 'lier', 'ieper', 'geel', 'mol', 'dendermonde', 'vilvoorde', 'halle', 'tienen', 'diest', 'brasschaat', 'schoten', 'edegem', 'wilrijk', 'deurne', 'merksem', 'berchem', 'hoboken', 'zaventem', 'luik', 'namen', 'bergen', 'charleroi']);

export function findPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DUTCH_POSTCODE)) out.push(candidate('postcode', m.index ?? 0, m[0], LABELS.postcode));
  for (const m of text.matchAll(BELGIAN_POSTCODE)) {
    const span = m.indices?.[1];
    const digits = m[1];
    if (!span || digits === undefined) continue;
    // "in 2019 Sofie…" is a year; "in 2000 Antwerpen" a postcode: for year-like numbers, insist on a known city.
    if (YEARS_THAT_LOOK_LIKE_POSTCODES.test(digits)) {
      const place = m[0].slice(span[1] - (m.index ?? 0)).trim().toLocaleLowerCase('nl');
      if (!BELGIAN_CITIES.has(place)) continue;
    }
    const end = (m.index ?? 0) + m[0].length;
    out.push(candidate('postcode', span[0], text.slice(span[0], end), LABELS.postcode));
  }
  return out;
}

/** Belgian rijksregisternummer: 11 digits, yy.mm.dd-xxx.cc, the last two a mod-97 check. */
const RIJKSREGISTER_FORMATTED = new RegExp(`${NOT_AFTER_WORD}\\d{2}\\.\\d{2}\\.\\d{2}[-\\s]\\d{3}[.\\s]\\d{2}(?!\\p{N})`, 'gu');
const ELEVEN_DIGITS = new RegExp(`${NOT_AFTER_WORD}\\d{6}[-\\s]?\\d{3}[.\\s]?\\d{2}(?!\\p{N})`, 'gu');

export function isValidRijksregisternummer(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** Dutch BSN: 9 digits passing the elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). */
const NINE_DIGITS = new RegExp(`${NOT_AFTER_WORD}(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .]\\d{3}[ .]\\d{3})(?![\\p{N}]|[.,-]\\d)`, 'gu');

export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function findNationalNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The formatted Belgian form is flagged even when the check digits are off (a typo is still a number).
  for (const m of text.matchAll(RIJKSREGISTER_FORMATTED)) out.push(candidate('national-number', m.index ?? 0, m[0], LABELS.nationalNumber));
  for (const m of text.matchAll(ELEVEN_DIGITS)) {
    if (isValidRijksregisternummer(m[0].replace(/\D/g, ''))) out.push(candidate('national-number', m.index ?? 0, m[0], LABELS.nationalNumber));
  }
  for (const m of text.matchAll(NINE_DIGITS)) {
    if (passesElfproef(m[0].replace(/\D/g, ''))) out.push(candidate('national-number', m.index ?? 0, m[0], LABELS.nationalNumber));
  }
  return out;
}
