import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate } from './identifier-types.ts';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './text-scan.ts';

/**
 * Hospitals and towns from a small list (Flanders, Brussels, the Netherlands): a ward in a named
 * hospital, or a village, narrows a case down to a handful of people. The list is short on
 * purpose; it is advice, and a long list of place names flags ordinary words.
 */

/** Hospital names and abbreviations as people write them. */
const HOSPITALS = [
  'UZ Gent', 'UZ Leuven', 'UZ Brussel', 'UZA', 'AZ Sint-Jan', 'AZ Groeninge', 'AZ Delta', 'AZ Sint-Lucas', 'AZ Maria Middelares',
  'AZ Monica', 'AZ Klina', 'AZ Turnhout', 'AZ Rivierenland', 'AZ Alma', 'AZ Damiaan', 'AZ Zeno', 'AZ Vesalius', 'AZ Herentals',
  'ZNA Middelheim', 'ZNA Jan Palfijn', 'ZNA', 'GZA', 'Jessa', 'Jan Yperman', 'Imelda', 'Heilig Hart', 'Sint-Trudo',
  'Erasmus MC', 'UMC Utrecht', 'Amsterdam UMC', 'Radboudumc', 'LUMC', 'UMCG', 'Maastricht UMC', 'MUMC', 'AMC', 'VUmc', 'OLVG',
  'Isala', 'Rijnstate', 'Gelre', 'Catharina', 'Máxima MC', 'Franciscus', 'Spaarne Gasthuis', 'Haga', 'Meander', 'Tergooi',
  'Wilhelmina Kinderziekenhuis', 'Sophia Kinderziekenhuis', 'Prinses Máxima Centrum',
];

/** Towns that are only ever a place. */
const TOWNS = [
  'Antwerpen', 'Brussel', 'Gent', 'Brugge', 'Leuven', 'Mechelen', 'Hasselt', 'Genk', 'Kortrijk', 'Oostende', 'Aalst',
  'Sint-Niklaas', 'Roeselare', 'Turnhout', 'Ieper', 'Dendermonde', 'Vilvoorde', 'Diest', 'Brasschaat', 'Schoten',
  'Edegem', 'Wilrijk', 'Deurne', 'Merksem', 'Berchem', 'Hoboken', 'Zaventem', 'Waregem', 'Lokeren', 'Beveren', 'Ninove',
  'Tongeren', 'Lommel', 'Herentals', 'Knokke', 'Blankenberge', 'Charleroi', 'Luik', 'Antwerp', 'Brussels', 'Ghent', 'Bruges',
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Apeldoorn', 'Haarlem', 'Arnhem', 'Enschede', 'Amersfoort', 'Zaandam', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht',
  'Zoetermeer', 'Delft', 'Deventer', 'Alkmaar', 'Venlo', 'Leeuwarden', 'Hilversum', 'Heerlen', 'Roosendaal', 'Emmen',
  'Zeist', 'Gouda', 'Schiedam', 'Vlaardingen', "'s-Hertogenbosch", 'Den Bosch', 'Middelburg', 'Assen', 'Lelystad',
];

/** Towns that are also Dutch words or names ("namen", "bergen", "mol"): only after "in", "uit", "te" … */
const AMBIGUOUS_TOWNS = ['Namen', 'Bergen', 'Mol', 'Geel', 'Lier', 'Halle', 'Tienen', 'Hoorn', 'Ede', 'Best', 'Soest', 'Oss', 'Weert', 'Doetinchem', 'Heusden', 'Boom', 'Hamme', 'As', 'Peer', 'Zele', 'Tielt', 'Eeklo'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join('|');

const HOSPITAL = new RegExp(`${NOT_AFTER_WORD}(?:(?:het|de)\\s+)?(?:ziekenhuis\\s+)?(?:${alternatives(HOSPITALS)})${NOT_BEFORE_WORD}`, 'gu');
const TOWN = new RegExp(`${NOT_AFTER_WORD}(?:${alternatives(TOWNS)})${NOT_BEFORE_WORD}`, 'gu');
const AMBIGUOUS_TOWN = new RegExp(`${NOT_AFTER_WORD}(?:in|uit|te|naar|van|bij|from|to|near)\\s+(${alternatives(AMBIGUOUS_TOWNS)})${NOT_BEFORE_WORD}`, 'gdu');

export function findPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, match: string) => out.push({ kind: 'place', start, end: start + match.length, match, message: MESSAGES.place, suggestion: LABELS.place });
  for (const m of text.matchAll(HOSPITAL)) add(m.index ?? 0, m[0]);
  for (const m of text.matchAll(TOWN)) add(m.index ?? 0, m[0]);
  for (const m of text.matchAll(AMBIGUOUS_TOWN)) {
    const span = m.indices?.[1];
    if (span) add(span[0], text.slice(span[0], span[1]));
  }
  return out;
}
