import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate } from './identifier-types.ts';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './text-scan.ts';

/** Ages ("42-jarige", "een vrouw van 42", "ze is 17", "a 42-year-old") and room or bed numbers ("kamer 12", "bed 3B"). */

const AGE_PATTERNS: RegExp[] = [
  // 42-jarige, 42 jarige, 42-year-old, 42 year old
  new RegExp(`${NOT_AFTER_WORD}\\d{1,3}[-\\s]?(?:jarige?|year[-\\s]old)${NOT_BEFORE_WORD}`, 'giu'),
  // 42 jaar oud, 42 years old, 42 jaar jong
  new RegExp(`${NOT_AFTER_WORD}\\d{1,3}\\s+(?:jaar\\s+(?:oud|jong)|years?\\s+old)${NOT_BEFORE_WORD}`, 'giu'),
  // een vrouw van 42 (jaar), een moeder van 19, een meisje van 15 jaar
  new RegExp(
    `${NOT_AFTER_WORD}(?:vrouw|man|moeder|vader|meisje|jongen|dame|heer|cliënte?|client|patiënte?|zwangere|tiener|puber|kind|dochter|zoon|baby)\\s+van\\s+\\d{1,3}(?:\\s+(?:jaar|maanden|weken))?(?![\\p{L}\\p{N}]|\\s+(?:minuten|uur|keer|kilo|kg|cm))`,
    'giu',
  ),
  // ze is 42, hij was 17 (jaar), she is 42, aged 42
  new RegExp(`${NOT_AFTER_WORD}(?:ze|zij|hij|she|he)\\s+(?:is|was|wordt|werd|turned|turns)\\s+(?:pas\\s+|net\\s+|bijna\\s+|only\\s+|just\\s+)?\\d{1,3}(?=\\s*(?:jaar|years?)?\\s*(?:[.,;!?)]|$|\\s+(?:en|and|toen|when|maar|but)\\b))(?:\\s*(?:jaar|years?))?`, 'giu'),
  new RegExp(`${NOT_AFTER_WORD}aged\\s+\\d{1,3}${NOT_BEFORE_WORD}`, 'giu'),
];

const ROOM = new RegExp(
  `${NOT_AFTER_WORD}(?:kamer|kamernummer|kamernr\\.?|bed|bednummer|bedplaats|box|room|bay|couveuse|verloskamer)\\s*(?:nr\\.?\\s*|nummer\\s*|number\\s*|no\\.?\\s*)?\\d{1,4}[A-Za-z]?${NOT_BEFORE_WORD}`,
  'giu',
);

export function findAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of AGE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      out.push({ kind: 'age', start, end: start + m[0].length, match: m[0], message: MESSAGES.age, suggestion: LABELS.age });
    }
  }
  return out;
}

export function findRooms(text: string): Candidate[] {
  return [...text.matchAll(ROOM)].map((m) => {
    const start = m.index ?? 0;
    return { kind: 'room' as const, start, end: start + m[0].length, match: m[0], message: MESSAGES.room, suggestion: LABELS.room };
  });
}
