import type { Localized } from './types.ts';
import type { SituationId } from './prompts.ts';

export type ObservationTagId =
  | 'advice'
  | 'judgement'
  | 'own-story'
  | 'disguised-advice'
  | 'long-silence'
  | 'presenter-interrupts'
  | 'emotion'
  | 'off-case';

export interface ObservationTag {
  id: ObservationTagId;
  label: Localized;
  /** Which situation's prompts the tag brings forward for the supervisor. */
  situation?: SituationId;
}

/** One-tap tags for the second facilitator. */
export const OBSERVATION_TAGS: readonly ObservationTag[] = [
  { id: 'advice', label: { nl: 'Advies', en: 'Advice' }, situation: 'drift-to-solutions' },
  { id: 'disguised-advice', label: { nl: 'Verkapt advies', en: 'Disguised advice' }, situation: 'question-is-advice' },
  { id: 'judgement', label: { nl: 'Oordeel', en: 'Judgement' } },
  { id: 'own-story', label: { nl: 'Eigen verhaal', en: 'Own story' }, situation: 'own-story' },
  { id: 'off-case', label: { nl: 'Weg van de casus', en: 'Off the case' }, situation: 'own-story' },
  { id: 'long-silence', label: { nl: 'Lange stilte', en: 'Long silence' }, situation: 'long-silence' },
  { id: 'presenter-interrupts', label: { nl: 'Inbrenger onderbreekt', en: 'Presenter interrupts' }, situation: 'presenter-interrupts' },
  { id: 'emotion', label: { nl: 'Emotie', en: 'Emotion' }, situation: 'emotions-high' },
];
