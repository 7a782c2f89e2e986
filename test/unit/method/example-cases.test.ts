import { describe, expect, it } from 'vitest';
import { CASE_CRITERIA, EXAMPLE_CASES } from '../../../shared/method/index.ts';
import { duplicates } from './helpers.ts';

// A small sample of common Dutch/Flemish first names; a capitalised one in a case would be a slip.
const FIRST_NAMES = ['Anna', 'Emma', 'Julie', 'Sarah', 'Lotte', 'Marie', 'Fatima', 'Sofie', 'Eva', 'Lisa', 'Noor', 'Jan', 'Tom', 'Lucas', 'Mohamed', 'Daan', 'Pieter', 'Kevin', 'Liam', 'Noah'];
// Hospitals, cities and regions that would make a case recognisable.
const PLACE_HINTS = /\b(UZ|AZ|ziekenhuis [A-Z]|Gent|Antwerpen|Brussel|Leuven|Amsterdam|Rotterdam|Utrecht)\b/;
// Dates, years, ages in digits, times: no digits at all.
const DIGITS = /\d/;

const texts = (c: (typeof EXAMPLE_CASES)[number]) => [c.title.nl, c.title.en, c.summary.nl, c.summary.en];

/** Capitalised words that are neither the first word of a sentence nor a one-letter code like "A". */
function midSentenceCapitals(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const words = sentence.split(/\s+/).slice(1);
    for (const raw of words) {
      const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (/^\p{Lu}/u.test(word) && word.length > 1) found.push(word);
    }
  }
  return found;
}

describe('example cases', () => {
  it('are 4 for birth care and 3 for youth care, with unique ids and titles', () => {
    expect(EXAMPLE_CASES.filter((c) => c.field === 'geboortezorg')).toHaveLength(4);
    expect(EXAMPLE_CASES.filter((c) => c.field === 'jeugdzorg')).toHaveLength(3);
    expect(duplicates(EXAMPLE_CASES.map((c) => c.id))).toEqual([]);
    expect(duplicates(EXAMPLE_CASES.map((c) => c.title.nl))).toEqual([]);
  });

  it('each has one or more valid, distinct criteria', () => {
    const valid = new Set(CASE_CRITERIA.map((c) => c.id));
    for (const c of EXAMPLE_CASES) {
      expect(c.criteria.length, c.id).toBeGreaterThan(0);
      expect(duplicates(c.criteria), c.id).toEqual([]);
      for (const id of c.criteria) expect(valid.has(id), `${c.id}: ${id}`).toBe(true);
    }
  });

  it('summaries are two to four sentences', () => {
    for (const c of EXAMPLE_CASES) {
      for (const s of [c.summary.nl, c.summary.en]) {
        const n = s.split(/(?<=[.!?])\s+/).filter(Boolean).length;
        expect(n, `${c.id}: ${s}`).toBeGreaterThanOrEqual(2);
        expect(n, `${c.id}: ${s}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('contain no digits, first names or places', () => {
    for (const c of EXAMPLE_CASES) {
      for (const s of texts(c)) {
        expect(s, c.id).not.toMatch(DIGITS);
        expect(s, c.id).not.toMatch(PLACE_HINTS);
        for (const name of FIRST_NAMES) expect(s, `${c.id} names ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
      }
    }
  });

  it('use letter codes instead of names: no capitalised word mid-sentence', () => {
    for (const c of EXAMPLE_CASES) {
      for (const s of texts(c)) expect(midSentenceCapitals(s), `${c.id}: ${s}`).toEqual([]);
    }
  });

  it('the identity checks really catch slips', () => {
    expect(midSentenceCapitals('De vroedvrouw belde Sofie op.')).toEqual(['Sofie']);
    expect(midSentenceCapitals('Cliënte A belde. Daarna kwam B.')).toEqual([]);
    expect('bevallen op 12/03').toMatch(DIGITS);
    expect('in het UZ').toMatch(PLACE_HINTS);
  });
});
