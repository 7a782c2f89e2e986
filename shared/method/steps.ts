import type { StepDefinition, StepId } from './types.ts';

// Placeholder texts; the method module fills these in from chapter 4 of the manual.
const t = (nl: string, en: string) => ({ nl, en });

export const STEPS: readonly StepDefinition[] = [
  { id: 'inbreng', number: 1, name: t('Inbreng', 'Presenting the case'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 5, warningMinutes: 1, silent: false },
  { id: 'stille-inventaris', number: 2, name: t('Stille inventaris', 'Silent inventory'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 3, warningMinutes: 1, silent: true },
  { id: 'vragen', number: 3, name: t('Informatieve vragen', 'Factual questions'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 7, warningMinutes: 2, silent: false },
  { id: 'uitwisseling', number: 4, name: t('Uitwisseling', 'Exchange'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 15, warningMinutes: 2, midpointMinutes: 10, silent: false },
  { id: 'terugkoppeling', number: 5, name: t('Inbrenger terug', 'Presenter rejoins'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 7, warningMinutes: 2, silent: false },
  { id: 'samenvatting', number: 6, name: t('Samenvatting', 'Summary'), purpose: t('', ''), whoSpeaks: t('', ''), allowed: [], notAllowed: [], circleRule: t('', ''), supervisorFocus: t('', ''), defaultMinutes: 8, warningMinutes: 2, silent: false },
];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function stepById(id: StepId): StepDefinition {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}
