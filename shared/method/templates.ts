import type { Localized, StepId } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

export type TemplateId = 'standard-45' | 'short-30' | 'long-60' | 'debriefing-75' | 'debriefing-60' | 'debriefing-90';

export interface DurationTemplate {
  id: TemplateId;
  name: Localized;
  description: Localized;
  /** Minutes per step of its method; the sum is the total in the name. */
  minutes: Partial<Record<StepId, number>>;
}

export const DURATION_TEMPLATES: readonly DurationTemplate[] = [
  {
    id: 'standard-45',
    name: t('Standaard, 45 minuten', 'Standard, 45 minutes'),
    description: t(
      'De gewone duur voor één casus, met een kwartier uitwisseling.',
      'The usual length for one case, with a quarter of an hour of exchange.',
    ),
    minutes: { inbreng: 5, 'stille-inventaris': 3, vragen: 7, uitwisseling: 15, terugkoppeling: 7, samenvatting: 8 },
  },
  {
    id: 'short-30',
    name: t('Kort, 30 minuten', 'Short, 30 minutes'),
    description: t(
      'Voor een kleine groep of als er weinig tijd is. Elke stap wordt wat krapper.',
      'For a small group or when time is short. Every step gets a little tighter.',
    ),
    minutes: { inbreng: 3, 'stille-inventaris': 2, vragen: 5, uitwisseling: 10, terugkoppeling: 5, samenvatting: 5 },
  },
  {
    id: 'long-60',
    name: t('Ruim, 60 minuten', 'Spacious, 60 minutes'),
    description: t(
      'Voor een grote groep of een casus die veel losmaakt. Meer ruimte om stil te staan.',
      'For a large group or a case that stirs up a lot. More room to pause and reflect.',
    ),
    minutes: { inbreng: 6, 'stille-inventaris': 4, vragen: 10, uitwisseling: 20, terugkoppeling: 10, samenvatting: 10 },
  },
];

/** Every method's templates, for the one id schema. */
export const ALL_TEMPLATE_IDS: readonly TemplateId[] = ['standard-45', 'short-30', 'long-60', 'debriefing-75', 'debriefing-60', 'debriefing-90'];

export const DEFAULT_TEMPLATE_ID: TemplateId = 'standard-45';

export function templateById(id: TemplateId): DurationTemplate {
  const template = DURATION_TEMPLATES.find((x) => x.id === id);
  if (!template) throw new Error(`unknown duration template ${id}`);
  return template;
}
