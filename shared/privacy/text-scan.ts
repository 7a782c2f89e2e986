/** Small text helpers shared by the identifier finders. Pure; no Node or DOM APIs. */

/** A letter or digit (any script) — used instead of \b, which only knows ASCII. */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}\\p{M}])';
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}\\p{M}])';

/** One capitalised word: "Noor", "Anne-Marie", "D'Hondt", "Çelik". */
export const CAPITALISED_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";

/** Dutch/Flemish surname particles: "van", "de", "van der", "Van den", "ter", "'t" … */
export const SURNAME_PARTICLES = "(?:(?:[vV]an|[dD]e|[dD]er|[dD]en|[tT]er|[tT]en|[vV]on|[lL]e|[lL]a|[dD]i|[dD]'|'t|[iI]n|[oO]p|[vV]ande|[vV]ander|[vV]anden)\\s+)";

/** True when `index` starts a sentence: only whitespace, quotes or bullets since the start or since . ! ? : … or a line break. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”‘’(\[*•–—-]/u.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:…;]/u.test(text[i] ?? '');
}

/** Sentences longer than this are looked at in a window of this size on each side. */
const MAX_SENTENCE_REACH = 300;

/** The sentence around `index` (rough: split on . ! ? and line breaks). */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  const floor = Math.max(0, index - MAX_SENTENCE_REACH);
  const ceiling = Math.min(text.length, index + MAX_SENTENCE_REACH);
  let start = index;
  while (start > floor && !/[.!?\n]/u.test(text[start - 1] ?? '')) start--;
  let end = index;
  while (end < ceiling && !/[.!?\n]/u.test(text[end] ?? '')) end++;
  return { start, end };
}

export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nl').trim();
}
