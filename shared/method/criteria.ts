import type { Localized } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

export type CriterionId = 'could-not-give-care' | 'worried' | 'difficult-contact' | 'uncomfortable';

export interface CaseCriterion {
  id: CriterionId;
  /** Short, fits on a chip. */
  label: Localized;
  description: Localized;
}

/** What kind of case fits this method (manual 4.1 "Casus kiezen"). */
export const CASE_CRITERIA: readonly CaseCriterion[] = [
  {
    id: 'could-not-give-care',
    label: t('Niet de zorg kunnen geven', 'Could not give the care'),
    description: t(
      'Een situatie waarin de zorg die je wilde geven er niet van kwam.',
      'A situation in which the care you wanted to give did not happen.',
    ),
  },
  {
    id: 'worried',
    label: t('Zorgen', 'Worried'),
    description: t(
      'Een situatie die je bezighoudt en waar je ongerust over bent.',
      'A situation that stays on your mind and that you are worried about.',
    ),
  },
  {
    id: 'difficult-contact',
    label: t('Moeilijk contact', 'Difficult contact'),
    description: t(
      'Het contact met de cliënt of het gezin loopt stroef of botst.',
      'The contact with the client or the family is strained or keeps clashing.',
    ),
  },
  {
    id: 'uncomfortable',
    label: t('Ongemakkelijk', 'Uncomfortable'),
    description: t(
      'Iets voelt niet goed. Of het klikt wel, maar je zoekt nog hoe je echt kunt helpen.',
      'Something does not feel right. Or you get on well, but you are still looking for how to really help.',
    ),
  },
];

/** Shown while people think of a case. */
export const CASE_GUIDANCE: Localized[] = [
  t('Kies een situatie die echt gebeurd is, lang geleden of nu nog bezig.', 'Choose a situation that really happened, long ago or still going on.'),
  t(
    'Het gaat om het contact en wat het met je doet, niet om een medisch-technisch probleem.',
    'It is about the contact and what it does to you, not about a medical or technical problem.',
  ),
  t(
    'Vertel zonder namen of herkenbare details. Zeg bijvoorbeeld “cliënte A”.',
    'Tell it without names or identifying details. Say, for example, “client A”.',
  ),
  t('Laat ook data, plaatsen en zeldzame kenmerken weg.', 'Leave out dates, places and rare features as well.'),
  t('Een schets van een minuut volstaat om je casus voor te stellen.', 'A one-minute sketch is enough to put your case forward.'),
  t('De supervisor en de groep beslissen samen welke casus aan bod komt.', 'The supervisor and the group decide together which case is discussed.'),
];
