import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate } from './identifier-types.ts';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, sentenceAround } from './text-scan.ts';

/**
 * Dates. A full date (day, month and year: "12/03/2024", "12-3-24", "3 maart 2024", "2024-03-12")
 * is always flagged. A partial one ("12 maart", "12/3", "maart 2023", "1987") only when the same
 * sentence speaks of a birth, delivery, death or admission ("geboren op 12 maart").
 * Day names and month names on their own are never flagged.
 */

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const YEAR = "(?:19\\d{2}|20\\d{2}|'\\d{2})";

const FULL_DATE_PATTERNS: RegExp[] = [
  // 12/03/2024, 12-3-24, 12.03.2024 (same separator twice)
  new RegExp(`${NOT_AFTER_WORD}${DAY}([-/.])${MONTH_NUMBER}\\1(?:\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[-/.]\\d)`, 'gu'),
  // 2024-03-12
  new RegExp(`${NOT_AFTER_WORD}(?:19|20)\\d{2}-${MONTH_NUMBER}-${DAY}${NOT_BEFORE_WORD}`, 'gu'),
  // 3 maart 2024, 3 mrt. '24, 1e april 2023
  new RegExp(`${NOT_AFTER_WORD}${DAY}(?:e|ste|de)?\\s+(?:${MONTHS})\\.?\\s+${YEAR}${NOT_BEFORE_WORD}`, 'giu'),
];

const PARTIAL_DATE_PATTERNS: RegExp[] = [
  // 12 maart, 1e april
  new RegExp(`${NOT_AFTER_WORD}${DAY}(?:e|ste|de)?\\s+(?:${MONTHS})${NOT_BEFORE_WORD}\\.?`, 'giu'),
  // 12/3, 12-03
  new RegExp(`${NOT_AFTER_WORD}${DAY}[-/]${MONTH_NUMBER}(?![\\p{L}\\p{N}]|[-/.]\\d)`, 'gu'),
  // maart 2023
  new RegExp(`${NOT_AFTER_WORD}(?:${MONTHS})\\s+${YEAR}${NOT_BEFORE_WORD}`, 'giu'),
  // 1987 (a year on its own)
  new RegExp(`${NOT_AFTER_WORD}(?:19|20)\\d{2}(?![\\p{L}\\p{N}]|[-/.:,]\\d)`, 'gu'),
];

/** Words that make a date personal: birth, delivery, due date, death, admission, discharge. */
const LIFE_EVENT = /(?:^|[^\p{L}])(?:geboren|geboorte\p{L}*|geb\.|bevall\p{L}*|beviel\p{L}*|uitgerekend\p{L}*|overle\p{L}*|gestorven|opgenomen|opname|ontslagen|verjaardag|jarig)(?![\p{L}])/iu;

function push(out: Candidate[], text: string, start: number, match: string): void {
  const trimmed = match.replace(/\.$/, '');
  out.push({ kind: 'date', start, end: start + trimmed.length, match: trimmed, message: MESSAGES.date, suggestion: LABELS.date });
}

export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of FULL_DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) push(out, text, m.index ?? 0, m[0]);
  }
  for (const pattern of PARTIAL_DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const sentence = sentenceAround(text, start);
      if (LIFE_EVENT.test(text.slice(sentence.start, sentence.end))) push(out, text, start, m[0]);
    }
  }
  return out;
}
