/** The statements game's statements (supervisor only: the other windows never show them). */
import type { Localized } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

/** For the statements game, from light to deeper. Read one by one, never discussed. */
export const WARMUP_STATEMENTS: Localized[] = [
  t('Ik ben vandaag met de fiets gekomen.', 'I cycled here today.'),
  t('Ik werk al meer dan tien jaar in dit vak.', 'I have worked in this field for more than ten years.'),
  t('Ik was nieuwsgierig naar deze sessie.', 'I was curious about this session.'),
  t('Mijn hoofd is nog half bij iets anders.', 'Part of my mind is still somewhere else.'),
  t('Deze week had ik op het werk een moment waar ik blij van werd.', 'This week I had a moment at work that made me happy.'),
  t('Om hulp vragen gaat me makkelijk af.', 'Asking for help comes easily to me.'),
  t('Na een dienst neem ik het werk soms mee naar huis, in mijn hoofd.', 'After a shift I sometimes take work home with me, in my head.'),
  t('Ik ben trots op het werk dat ik doe.', 'I am proud of the work I do.'),
  t('Er is een cliënt of gezin aan wie ik nog vaak terugdenk.', 'There is a client or family I still often think back to.'),
  t('Soms schiet de tijd tekort voor de zorg die ik wil geven.', 'Sometimes there is not enough time for the care I want to give.'),
  t('Ik vind het een beetje spannend om straks een casus te horen of te brengen.', 'I find it a little nerve-racking to hear or bring a case in a moment.'),
];
