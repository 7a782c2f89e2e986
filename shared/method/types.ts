/** A text the app shows, Dutch first. Every user-facing sentence is one of these. */
export interface Localized {
  nl: string;
  en: string;
  /** Only where a word differs by region (see shared/i18n/regional.ts): replaces `nl` there. */
  'nl-BE'?: string;
  'nl-NL'?: string;
}

export type StepId =
  | 'inbreng'
  | 'stille-inventaris'
  | 'vragen'
  | 'uitwisseling'
  | 'terugkoppeling'
  | 'samenvatting'
  // the debriefing after a scenario exercise (debriefing.ts)
  | 'inchecken'
  | 'observatie'
  | 'gevoel'
  | 'behoeften'
  | 'praktijk';

export interface StepDefinition {
  id: StepId;
  /** 1-based place in its method. */
  number: number;
  name: Localized;
  purpose: Localized;
  whoSpeaks: Localized;
  /** What is asked of the group now. */
  allowed: Localized[];
  /** What is not asked now. */
  notAllowed: Localized[];
  /** The one rule the circle display shows. */
  circleRule: Localized;
  /** What the supervisor guards in this step. */
  supervisorFocus: Localized;
  defaultMinutes: number;
  /** Minutes before the end at which the warning colour/signal comes. */
  warningMinutes: number;
  /** Minutes after the start of a mid-point signal (step 4), if any. */
  midpointMinutes?: number;
  /** A silent step gets a visual cue only, never a sound. */
  silent: boolean;
}
