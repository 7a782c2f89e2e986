import type { Localized } from '../method/types.ts';
import { FIRST_NAMES, NOT_NAMES } from './first-names.ts';
import { LABELS, MESSAGES } from './identifier-messages.ts';
import type { Candidate } from './identifier-types.ts';
import { CAPITALISED_WORD, isSentenceStart, normaliseName, NOT_AFTER_WORD, NOT_BEFORE_WORD, SURNAME_PARTICLES } from './text-scan.ts';

/**
 * Person names: a capitalised word after a cue ("mevrouw Jansen", "baby Noor", "dr. Peeters"),
 * a common first name ("Fatima zei…"), or two capitalised words in the middle of a sentence
 * ("…met Hermelien Verbruggen"). Participants' names (knownNames) are not flagged.
 */

interface Role {
  /** Replacement for cue + name, e.g. "de moeder". */
  label: Localized;
  /** The same without article, used when an article or possessive already precedes the cue. */
  bare: Localized;
}

function role(label: Localized, bare: Localized = label): Role {
  return { label, bare };
}

const CLIENT_FEMALE = role(LABELS.clientFemale);
const CLIENT_MALE = role(LABELS.clientMale);
const MOTHER = role(LABELS.mother, { nl: 'moeder', en: 'mother' });
const FATHER = role(LABELS.father, { nl: 'vader', en: 'father' });
const PARTNER = role(LABELS.partner, { nl: 'partner', en: 'partner' });
const BABY = role(LABELS.baby, { nl: 'baby', en: 'baby' });
const CHILD = role(LABELS.child, { nl: 'kind', en: 'child' });
const COLLEAGUE = role(LABELS.colleague, { nl: 'collega', en: 'colleague' });
const DOCTOR = role(LABELS.doctor, { nl: 'arts', en: 'doctor' });
const MIDWIFE = role(LABELS.midwife, { nl: 'vroedvrouw', en: 'midwife' });
const RELATIVE = role(LABELS.relative, { nl: 'familielid', en: 'relative' });

/** Cue words (lower case, as typed mid-sentence) and the role they give the person named after them. */
const CUES: ReadonlyArray<readonly [string, Role]> = [
  ['mevrouw', CLIENT_FEMALE], ['mevr.', CLIENT_FEMALE], ['mw.', CLIENT_FEMALE], ['mevr', CLIENT_FEMALE],
  ['meneer', CLIENT_MALE], ['mijnheer', CLIENT_MALE], ['dhr.', CLIENT_MALE], ['hr.', CLIENT_MALE], ['de heer', CLIENT_MALE],
  ['cliënte', CLIENT_FEMALE], ['cliente', CLIENT_FEMALE], ['patiënte', CLIENT_FEMALE], ['patiente', CLIENT_FEMALE],
  ['zwangere', CLIENT_FEMALE], ['kraamvrouw', CLIENT_FEMALE],
  ['cliënt', CLIENT_MALE], ['client', CLIENT_MALE], ['patiënt', CLIENT_MALE], ['patient', CLIENT_MALE],
  ['moeder', MOTHER], ['mama', MOTHER], ['vader', FATHER], ['papa', FATHER],
  ['partner', PARTNER], ['echtgenoot', PARTNER], ['echtgenote', PARTNER], ['vriend', PARTNER], ['vriendin', PARTNER], ['man', PARTNER],
  ['baby', BABY], ['baby’tje', BABY], ["baby'tje", BABY], ['pasgeborene', BABY], ['zoontje', BABY], ['dochtertje', BABY],
  ['zoon', CHILD], ['dochter', CHILD], ['kindje', CHILD], ['kind', CHILD],
  ['collega', COLLEAGUE], ['stagiair', COLLEAGUE], ['stagiaire', COLLEAGUE], ['teamleider', COLLEAGUE], ['leidinggevende', COLLEAGUE],
  ['verpleegkundige', COLLEAGUE], ['kraamverzorgster', COLLEAGUE],
  ['dokter', DOCTOR], ['dr.', DOCTOR], ['arts', DOCTOR], ['huisarts', DOCTOR], ['gynaecoloog', DOCTOR], ['gynaecologe', DOCTOR],
  ['pediater', DOCTOR], ['kinderarts', DOCTOR], ['psychiater', DOCTOR], ['psycholoog', DOCTOR],
  ['vroedvrouw', MIDWIFE], ['verloskundige', MIDWIFE],
  ['oma', RELATIVE], ['opa', RELATIVE], ['broer', RELATIVE], ['zus', RELATIVE], ['zuster', RELATIVE], ['tante', RELATIVE],
  ['oom', RELATIVE], ['schoonmoeder', RELATIVE], ['schoonvader', RELATIVE],
  // English
  ['mrs.', CLIENT_FEMALE], ['mrs', CLIENT_FEMALE], ['ms.', CLIENT_FEMALE], ['miss', CLIENT_FEMALE], ['mr.', CLIENT_MALE], ['mr', CLIENT_MALE],
  ['mother', MOTHER], ['father', FATHER], ['husband', PARTNER], ['wife', PARTNER], ['colleague', COLLEAGUE], ['nurse', COLLEAGUE],
  ['midwife', MIDWIFE], ['doctor', DOCTOR],
];

const ROLE_BY_CUE = new Map(CUES.map(([cue, r]) => [cue, r]));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "mevrouw" → "[mM]evrouw": the first letter in either case, the rest as written. */
function cuePattern(cue: string): string {
  const first = cue[0] ?? '';
  const rest = escapeRegExp(cue.slice(1)).replace(/ /g, '\\s+');
  return `[${first}${first.toLocaleUpperCase('nl')}]${rest}`;
}

/** Capitalised cue words ("Vroedvrouw", "Moeder") are roles, not names. */
const ROLE_WORDS = new Set(CUES.map(([cue]) => cue.replace(/\.$/, '')).map((c) => (c[0] ?? '').toLocaleUpperCase('nl') + c.slice(1)));

function isNotAName(word: string): boolean {
  // A single capital ("cliënte A") is a label, not a name; initials with a dot are found separately.
  return [...word].length < 2 || NOT_NAMES.has(word) || ROLE_WORDS.has(word);
}

const CUE_ALTERNATION = [...CUES]
  .map(([cue]) => cue)
  .sort((a, b) => b.length - a.length)
  .map(cuePattern)
  .join('|');

const INITIALS = '(?:\\p{Lu}\\.\\s?){1,3}(?!\\p{L})|\\p{Lu}{2,3}' + NOT_BEFORE_WORD;
const NAME_SEQUENCE = `${SURNAME_PARTICLES}*${CAPITALISED_WORD}(?:\\s+${SURNAME_PARTICLES}*${CAPITALISED_WORD}){0,2}`;

const CUE_THEN_NAME = new RegExp(
  `${NOT_AFTER_WORD}(?<cue>${CUE_ALTERNATION})\\s+(?:(?<initials>${INITIALS})\\s*)?(?<name>${NAME_SEQUENCE})?`,
  'gdu',
);
const CAPITALISED_RUN = new RegExp(`${NOT_AFTER_WORD}${NAME_SEQUENCE}${NOT_BEFORE_WORD}`, 'gdu');
const DOTTED_INITIALS = new RegExp(`${NOT_AFTER_WORD}(?:\\p{Lu}\\.\\s?){2,3}(?!\\p{L})`, 'gdu');
const COMMON_ABBREVIATIONS = new Set(['N.B.', 'P.S.', 'A.U.B.', 'V.S.', 'B.V.', 'N.V.', 'E.D.', 'O.A.', 'D.W.Z.', 'T.A.V.', 'I.P.V.', 'M.B.T.', 'Z.S.M.']);

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:de|het|een|haar|zijn|hun|mijn|onze|ons|jouw|uw|die|deze)\s+$/iu;

interface NameToken {
  text: string;
  start: number;
  end: number;
  /** "Van", "De", "Ter" … : part of a surname, but not a name on its own. */
  particle: boolean;
}

const PARTICLE_WORDS = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'von', 'le', 'la', 'di', "d'", 'vande', 'vander', 'vanden', 'in', 'op']);
const TOKEN = new RegExp(`${CAPITALISED_WORD}|\\S+`, 'gu');

/** The capitalised words of a matched run, with surname particles marked. */
function capitalisedTokens(run: string, offset: number): NameToken[] {
  const tokens: NameToken[] = [];
  for (const m of run.matchAll(TOKEN)) {
    const text = m[0];
    if (!/^\p{Lu}/u.test(text)) continue;
    const start = offset + (m.index ?? 0);
    tokens.push({ text, start, end: start + text.length, particle: PARTICLE_WORDS.has(text.toLocaleLowerCase('nl')) });
  }
  return tokens;
}

function realTokens(tokens: NameToken[]): NameToken[] {
  return tokens.filter((t) => !t.particle);
}

/** Removes particles at the end ("Noor De" → "Noor"). */
function withoutTrailingParticles(tokens: NameToken[]): NameToken[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]?.particle) end--;
  return tokens.slice(0, end);
}

/** Splits at words that are not names ("Op Maandag", "Noor Vroedvrouw"); particles stay inside. */
function nameStretches(tokens: NameToken[]): NameToken[][] {
  const stretches: NameToken[][] = [];
  let stretch: NameToken[] = [];
  for (const t of tokens) {
    if (!t.particle && isNotAName(t.text)) {
      stretches.push(stretch);
      stretch = [];
    } else stretch.push(t);
  }
  stretches.push(stretch);
  return stretches.map(withoutTrailingParticles).filter((st) => realTokens(st).length > 0);
}

class KnownNames {
  readonly #full: Set<string>;
  readonly #tokens: Set<string>;
  constructor(names: readonly string[]) {
    this.#full = new Set(names.map(normaliseName).filter(Boolean));
    this.#tokens = new Set(names.flatMap((n) => normaliseName(n).split(/\s+/)).filter(Boolean));
  }
  /** Known when the whole name is known, or every capitalised part of it is. */
  covers(match: string, tokens: NameToken[]): boolean {
    if (this.#full.has(normaliseName(match))) return true;
    const real = realTokens(tokens);
    return real.length > 0 && real.every((t) => this.#tokens.has(normaliseName(t.text)));
  }
}

function nameCandidate(text: string, start: number, end: number, suggestion: Localized, kind: 'name' | 'initials' = 'name'): Candidate {
  return { kind, start, end, match: text.slice(start, end), message: MESSAGES[kind], suggestion };
}

/** Index of the first capital letter at or after `from`. */
function firstCapitalAfter(text: string, from: number): number {
  const m = /\p{Lu}/u.exec(text.slice(from));
  return m ? from + m.index : -1;
}

function findAfterCues(text: string, known: KnownNames, out: Candidate[]): void {
  for (const m of text.matchAll(CUE_THEN_NAME)) {
    const cueSpan = m.indices?.groups?.cue;
    const cue = m.groups?.cue;
    if (!cueSpan || cue === undefined) continue;
    const r = ROLE_BY_CUE.get(cue.toLocaleLowerCase('nl').replace(/\s+/g, ' ')) ?? CLIENT_FEMALE;
    const articleBefore = ARTICLE_BEFORE.test(text.slice(Math.max(0, cueSpan[0] - 12), cueSpan[0]));
    const suggestion = articleBefore ? r.bare : r.label;

    const nameSpan = m.indices?.groups?.name;
    const initialsSpan = m.indices?.groups?.initials;
    let end = cueSpan[1];
    let tokens: NameToken[] = [];
    if (nameSpan) {
      // The name right after the cue, up to the first word that is not a name.
      tokens = nameStretches(capitalisedTokens(text.slice(nameSpan[0], nameSpan[1]), nameSpan[0]))[0] ?? [];
      if (tokens[0] && tokens[0].start !== firstCapitalAfter(text, nameSpan[0])) tokens = [];
      const last = tokens.at(-1);
      if (last) end = last.end;
    }
    if (tokens.length > 0) {
      if (!initialsSpan && known.covers(text.slice(tokens[0]?.start ?? 0, end), tokens)) continue;
      out.push(nameCandidate(text, cueSpan[0], end, suggestion, 'name'));
    } else if (initialsSpan) {
      const initials = text.slice(initialsSpan[0], initialsSpan[1]).trimEnd();
      if (COMMON_ABBREVIATIONS.has(initials.replace(/\s/g, '').toUpperCase())) continue;
      out.push(nameCandidate(text, cueSpan[0], initialsSpan[0] + initials.length, suggestion, 'initials'));
    }
  }
}

const AMBIGUOUS_AT_SENTENCE_START = new Set(['Sterre', 'Floor', 'Iris', 'Max']);

function findNameRuns(text: string, known: KnownNames, out: Candidate[]): void {
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const runStart = m.index ?? 0;
    let tokens = capitalisedTokens(m[0], runStart);
    // A capital at the start of a sentence says nothing, unless it is a known first name.
    const first = tokens[0];
    if (first && isSentenceStart(text, first.start) && !(FIRST_NAMES.has(first.text) && !AMBIGUOUS_AT_SENTENCE_START.has(first.text))) {
      tokens = tokens.slice(1);
    }
    for (const st of nameStretches(tokens)) {
      const real = realTokens(st);
      const firstToken = st[0];
      const lastToken = st.at(-1);
      const firstReal = real[0];
      if (!firstToken || !lastToken || !firstReal) continue;
      // A first name we know, a first name + surname, or a capitalised particle + surname ("… De Smet").
      const flagged = FIRST_NAMES.has(firstReal.text) || real.length >= 2 || firstToken.particle;
      if (!flagged) continue;
      const match = text.slice(firstToken.start, lastToken.end);
      if (known.covers(match, st)) continue;
      out.push(nameCandidate(text, firstToken.start, lastToken.end, LABELS.name));
    }
  }
}

function findDottedInitials(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(DOTTED_INITIALS)) {
    const initials = m[0].trimEnd();
    if (COMMON_ABBREVIATIONS.has(initials.replace(/\s/g, '').toUpperCase())) continue;
    const start = m.index ?? 0;
    out.push(nameCandidate(text, start, start + initials.length, LABELS.initials, 'initials'));
  }
}

/** Name and initials candidates, cue-based ones first (they carry the better suggestion). */
export function findNames(text: string, knownNames: readonly string[] = []): Candidate[] {
  const known = new KnownNames(knownNames);
  const out: Candidate[] = [];
  findAfterCues(text, known, out);
  findNameRuns(text, known, out);
  findDottedInitials(text, out);
  return out;
}
