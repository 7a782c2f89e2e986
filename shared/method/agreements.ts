import type { Localized } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

export type AgreementId = 'confidential' | 'everyone-heard' | 'no-personal-questions' | 'learn-together';

export interface Agreement {
  id: AgreementId;
  title: Localized;
  text: Localized;
}

/** Gone over at the start of every session; the supervisor ticks them off (manual 1.2 and 4.1). */
export const AGREEMENTS: readonly Agreement[] = [
  {
    id: 'confidential',
    title: t('Wat hier gedeeld wordt, blijft hier', 'What is shared here stays here'),
    text: t(
      'Buiten deze kring praten we niet over de cliënten, collega’s of groepsleden uit de verhalen van vandaag.',
      'Outside this circle we do not talk about the clients, colleagues or group members from today’s stories.',
    ),
  },
  {
    id: 'everyone-heard',
    title: t('Iedereen wordt gehoord', 'Everyone is heard'),
    text: t(
      'Elke bijdrage telt. We laten elkaar uitspreken en luisteren echt.',
      'Every contribution counts. We let each other finish and really listen.',
    ),
  },
  {
    id: 'no-personal-questions',
    title: t('Geen vragen naar het persoonlijke', 'No probing into personal matters'),
    text: t(
      'Je kiest zelf of je iets uit je eigen leven deelt. Collega’s vragen niet door naar wie je bent of wat je zelf meemaakte.',
      'You decide whether to share something from your own life. Colleagues do not probe into who you are or what you went through yourself.',
    ),
  },
  {
    id: 'learn-together',
    title: t('We leren samen', 'We learn together'),
    text: t(
      'Er is geen goed of fout. Elke moeilijkheid is een kans om te leren, en lachen mag.',
      'There is no right or wrong. Every difficulty is a chance to learn, and laughter is welcome.',
    ),
  },
];
