import type { Localized } from '../method/types.ts';

export type IdentifierKind = 'name' | 'date' | 'postcode' | 'phone' | 'email' | 'national-number' | 'initials' | 'age' | 'room' | 'place';

/** A stretch of text that may identify a person. Advice only: the writer decides. */
export interface IdentifierFinding {
  kind: IdentifierKind;
  /** UTF-16 offsets into the text, end exclusive (text.slice(start, end) === match). */
  start: number;
  end: number;
  match: string;
  /** What this looks like and why it matters. */
  message: Localized;
  /** A neutral replacement, e.g. "cliënte A" or "[datum]". */
  suggestion: Localized;
}

export interface FindIdentifiersOptions {
  /** Names of participants of the circle: they may appear in notes, so they are not flagged. */
  knownNames?: string[];
}

/** What a finder proposes, before overlapping proposals are resolved. */
export type Candidate = IdentifierFinding;
