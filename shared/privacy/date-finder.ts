import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate } from './identifier-types.ts';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, sentenceAround } from './text-scan.ts';

/**
 * Dates, in Dutch and English, in numbers and in words. A full date (day, month and year:
 * "12/03/2024", "3 maart 2024", "March 3, 2024", "2024-03-12") is always flagged. A day with a
 * month ("12 maart", "maandag 3 juni", "3/6", "March 12", "12th of March") or a month with a year
 * is flagged unless the sentence is about the circle's own meetings ("op 12 maart is de volgende
 * intervisie") and not about a birth, delivery or admission. A year on its own ("1987") and a
 * relative day ("vorige dinsdag", "last Tuesday") only count next to such an event.
 * Day names and month names on their own are never flagged.
 */

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|' +
  'jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
const WEEKDAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const ORDINAL = '(?:e|ste|de|st|nd|rd|th)?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const YEAR = "(?:19\\d{2}|20\\d{2}|'\\d{2})";

const FULL_DATE_PATTERNS: RegExp[] = [
  // 12/03/2024, 12-3-24, 12.03.2024 (same separator twice)
  new RegExp(`${NOT_AFTER_WORD}${DAY}([-/.])${MONTH_NUMBER}\\1(?:\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[-/.]\\d)`, 'gu'),
  // 2024-03-12
  new RegExp(`${NOT_AFTER_WORD}(?:19|20)\\d{2}-${MONTH_NUMBER}-${DAY}${NOT_BEFORE_WORD}`, 'gu'),
  // 3 maart 2024, 3 mrt. '24, 1e april 2023, 3rd of March 2024
  new RegExp(`${NOT_AFTER_WORD}${DAY}${ORDINAL}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+${YEAR}${NOT_BEFORE_WORD}`, 'giu'),
  // March 3, 2024; March 3rd 2024
  new RegExp(`${NOT_AFTER_WORD}(?:${MONTHS})\\.?\\s+${DAY}${ORDINAL},?\\s+${YEAR}${NOT_BEFORE_WORD}`, 'giu'),
];

/** "maandag 3 juni": the weekday belongs to the date. */
const WEEKDAY_BEFORE = `(?:(?:${WEEKDAYS}),?\\s+)?`;
/** Numbers followed by these are amounts or times, not dates ("10-12 uur", "1/2 uur"). */
const NOT_A_UNIT = '(?!\\s*(?:uur|u\\b|h\\b|minuten|min\\b|jaar|weken|keer|kilo|kg|%|procent|hours|minutes|times))';

/** Day with month, or month with year: personal unless about the circle's own meetings. */
const PARTIAL_DATE_PATTERNS: RegExp[] = [
  // 12 maart, 1e april, maandag 3 juni, 12th of March, Monday 3 June
  new RegExp(`${NOT_AFTER_WORD}${WEEKDAY_BEFORE}${DAY}${ORDINAL}\\s+(?:of\\s+)?(?:${MONTHS})${NOT_BEFORE_WORD}\\.?`, 'giu'),
  // March 12, Monday March 12th (English order; "may" only before a day number)
  new RegExp(`${NOT_AFTER_WORD}${WEEKDAY_BEFORE}(?:${MONTHS})\\s+${DAY}${ORDINAL}${NOT_BEFORE_WORD}${NOT_A_UNIT}`, 'giu'),
  // 12/3, 12-03, maandag 3/6
  new RegExp(`${NOT_AFTER_WORD}${WEEKDAY_BEFORE}${DAY}[-/]${MONTH_NUMBER}(?![\\p{L}\\p{N}]|[-/.]\\d)${NOT_A_UNIT}`, 'giu'),
  // maart 2023
  new RegExp(`${NOT_AFTER_WORD}(?:${MONTHS})\\s+${YEAR}${NOT_BEFORE_WORD}`, 'giu'),
];

/** Only next to a life or care event: a year on its own, a relative day. */
const EVENT_DATE_PATTERNS: RegExp[] = [
  // 1987
  new RegExp(`${NOT_AFTER_WORD}(?:19|20)\\d{2}(?![\\p{L}\\p{N}]|[-/.:,]\\d)`, 'gu'),
  // vorige dinsdag, afgelopen vrijdag, verleden week maandag, last Tuesday
  new RegExp(`${NOT_AFTER_WORD}(?:vorige|afgelopen|verleden|last|this past)\\s+(?:week\\s+)?(?:${WEEKDAYS})${NOT_BEFORE_WORD}`, 'giu'),
  // gisteren, eergisteren, yesterday
  new RegExp(`${NOT_AFTER_WORD}(?:eergisteren|gisteren|yesterday)${NOT_BEFORE_WORD}`, 'giu'),
];

/** Words that make a date personal: birth, delivery, due date, death, admission, discharge (nl, en). */
const LIFE_EVENT =
  /(?:^|[^\p{L}])(?:geboren|geboorte\p{L}*|geb\.|bevall\p{L}*|beviel\p{L}*|uitgerekend\p{L}*|overle\p{L}*|gestorven|opgenomen|opname|ontslagen|verjaardag|jarig|binnengebracht|spoedopname|born|birth|birthday|gave birth|delivered|due date|died|passed away|admitted|admission|discharged)(?![\p{L}])/iu;

/** The circle's own calendar: a date here is about the group, not about a client. */
const CIRCLE_CALENDAR =
  /(?:^|[^\p{L}])(?:intervisie\p{L}*|intervision|kring|supervisie|supervision|sessie|session|bijeenkomst|meeting|vergader\p{L}*|teamoverleg|overleg|volgende keer|next time|vakantie|holiday|verlof|opleiding|training|deadline)(?![\p{L}])/iu;

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
      const words = text.slice(sentence.start, sentence.end);
      if (LIFE_EVENT.test(words) || !CIRCLE_CALENDAR.test(words)) push(out, text, start, m[0]);
    }
  }
  for (const pattern of EVENT_DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const sentence = sentenceAround(text, start);
      if (LIFE_EVENT.test(text.slice(sentence.start, sentence.end))) push(out, text, start, m[0]);
    }
  }
  return out;
}
