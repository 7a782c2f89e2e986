/**
 * Where Flemish and Netherlands Dutch part ways. The catalog's `nl` text is written so that readers
 * in both countries read it naturally ("de afspraken doornemen", "eerder dan gepland"). Only where
 * a word is truly regional does one of these tables replace the whole message for that region.
 * Keep them small: a sentence here is a sentence that exists twice.
 *
 * The same rule for method content and messages from main: a `Localized` ({ nl, en }) may carry an
 * optional `'nl-BE'` or `'nl-NL'` text next to `nl`, used instead of `nl` in that region (see
 * `localize`). Example: the manual's "vroedvrouw" and "consultatie" are "verloskundige" and
 * "spreekuur" in the Netherlands.
 */
import type { MessageKey } from './messages.ts';

export type RegionalOverlay = Partial<Record<MessageKey, string>>;

/** Flemish wording, as the method's manual writes it: "de afspraken overlopen". */
export const NL_BE: RegionalOverlay = {
  'start.newText': 'Plan datum en deelnemers, overloop de afspraken en kies samen een casus.',
  'circle.openingText': 'We nemen de tijd om aan te komen en overlopen samen de afspraken.',
  'opening.agreementsFirst': 'Overloop de afspraken samen en vink ze een voor een af.',
};

/** Netherlands wording, where the shared Dutch would read as Flemish. */
export const NL_NL: RegionalOverlay = {};

export const REGIONAL = { 'nl-BE': NL_BE, 'nl-NL': NL_NL } as const;
