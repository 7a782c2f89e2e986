import type { Localized } from './types.ts';
import type { CriterionId } from './criteria.ts';

/** Dutch (as in Flanders, the manual's), English, and the Netherlands' Dutch where a word differs. */
const t = (nl: string, en: string, nlNL?: string): Localized => (nlNL ? { nl, en, 'nl-NL': nlNL } : { nl, en });

export interface ExampleCase {
  id: string;
  field: 'geboortezorg' | 'jeugdzorg';
  title: Localized;
  /** Two to four sentences, fictional and fully anonymous. */
  summary: Localized;
  criteria: CriterionId[];
}

/** Fictional cases to fall back on when nobody comes up with one. */
export const EXAMPLE_CASES: readonly ExampleCase[] = [
  {
    id: 'gz-silent-partner',
    field: 'geboortezorg',
    title: t('De partner die antwoordt', 'The partner who answers'),
    summary: t(
      'Cliënte A komt naar elke controle met haar partner. Als de vroedvrouw haar iets vraagt, antwoordt hij in haar plaats. De vroedvrouw merkt dat ze gespannen wordt voor die afspraken en weet niet goed wat ze ermee moet.',
      'Client A comes to every check-up with her partner. When the midwife asks her something, he answers for her. The midwife notices she gets tense before these appointments and does not quite know what to do with it.',
      'Cliënte A komt naar elke controle met haar partner. Als de verloskundige haar iets vraagt, antwoordt hij in haar plaats. De verloskundige merkt dat ze gespannen wordt voor die afspraken en weet niet goed wat ze ermee moet.',
    ),
    criteria: ['worried', 'difficult-contact'],
  },
  {
    id: 'gz-not-heard',
    field: 'geboortezorg',
    title: t('Zich niet gehoord voelen', 'Not feeling heard'),
    summary: t(
      'Cliënte A had een duidelijk beeld van hoe ze wilde bevallen, en het liep anders. Bij het nagesprek zegt ze dat niemand echt naar haar luisterde. De vroedvrouw denkt er nog vaak aan terug.',
      'Client A had a clear picture of how she wanted to give birth, and it went differently. At the follow-up talk she says nobody really listened to her. The midwife still often thinks back to it.',
      'Cliënte A had een duidelijk beeld van hoe ze wilde bevallen, en het liep anders. Bij het nagesprek zegt ze dat niemand echt naar haar luisterde. De verloskundige denkt er nog vaak aan terug.',
    ),
    criteria: ['could-not-give-care'],
  },
  {
    id: 'gz-many-calls',
    field: 'geboortezorg',
    title: t('Elke dag nieuwe vragen', 'New questions every day'),
    summary: t(
      'In de kraamweek belt cliënte A meerdere keren per dag met vragen. De kraamverzorgende wil haar geruststellen, maar voelt haar geduld opraken. Daarna voelt ze zich schuldig.',
      'During the maternity week client A calls several times a day with questions. The maternity nurse wants to reassure her, but feels her patience running out. Afterwards she feels guilty.',
    ),
    criteria: ['difficult-contact', 'uncomfortable'],
  },
  {
    id: 'gz-after-loss',
    field: 'geboortezorg',
    title: t('Opnieuw zwanger na een verlies', 'Pregnant again after a loss'),
    summary: t(
      'Cliënte A verloor eerder een kindje en is opnieuw zwanger. Ze is vriendelijk en dankbaar bij elke consultatie. Toch voelt de gynaecoloog zich telkens onhandig en weet niet goed wat te zeggen.',
      'Client A lost a baby before and is pregnant again. She is friendly and grateful at every consultation. Still, the gynaecologist feels awkward each time and is not sure what to say.',
      'Cliënte A verloor eerder een kindje en is opnieuw zwanger. Ze is vriendelijk en dankbaar bij elk spreekuur. Toch voelt de gynaecoloog zich telkens onhandig en weet niet goed wat te zeggen.',
    ),
    criteria: ['uncomfortable', 'worried'],
  },
  {
    id: 'jz-closed-door',
    field: 'jeugdzorg',
    title: t('Een moeder die alles afwijst', 'A mother who turns everything down'),
    summary: t(
      'De moeder van jongere B reageert boos op elk voorstel van de hulpverlener. Gesprekken eindigen vaak abrupt. De hulpverlener begint op te zien tegen elk huisbezoek.',
      'The mother of young person B reacts angrily to every suggestion the care worker makes. Conversations often end abruptly. The care worker has started to dread every home visit.',
    ),
    criteria: ['difficult-contact'],
  },
  {
    id: 'jz-quiet-teen',
    field: 'jeugdzorg',
    title: t('Een jongere die zwijgt', 'A young person who stays silent'),
    summary: t(
      'Jongere C komt trouw naar elke afspraak, maar zegt bijna niets. De psycholoog twijfelt of de begeleiding iets betekent. Ze vraagt zich af wat er thuis gebeurt.',
      'Young person C comes faithfully to every appointment, but says almost nothing. The psychologist doubts whether the support means anything. She wonders what is happening at home.',
    ),
    criteria: ['worried', 'uncomfortable'],
  },
  {
    id: 'jz-waiting',
    field: 'jeugdzorg',
    title: t('Wachten op passende hulp', 'Waiting for the right help'),
    summary: t(
      'Het gezin van kind D wacht al lang op passende hulp. De begeleider ziet het thuis moeilijker worden, maar kan weinig meer doen dan contact houden.',
      'The family of child D has been waiting a long time for the right help. The support worker sees things at home getting harder, but can do little more than stay in touch.',
    ),
    criteria: ['could-not-give-care', 'worried'],
  },
];
