/**
 * The debriefing after a scenario exercise (manual ch. 3.5), in our own words: five steps after
 * ORID and connecting communication — reconstruction (inchecken, observatie), analysis (gevoel,
 * behoeften) and application (praktijk). Experiences and choices, never "what went right or wrong";
 * the supervisor guards safety.
 */
import type { DurationTemplate } from './templates.ts';
import type { Localized, StepDefinition, StepId } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

export const DEBRIEFING_STEPS: readonly StepDefinition[] = [
  {
    id: 'inchecken',
    number: 1,
    name: t('Inchecken', 'Check in'),
    purpose: t(
      'Iedereen staat even stil bij hoe hij of zij erbij zit en wat het scenario nu oproept. Aangename en onaangename gevoelens mogen er allebei zijn.',
      'Everyone pauses to notice how they are sitting here and what the scenario stirs up now. Pleasant and unpleasant feelings are both welcome.',
    ),
    whoSpeaks: t('Wie wil, in één woord of zin. Niemand moet iets uitleggen.', 'Whoever wishes, in a word or a sentence. Nobody has to explain.'),
    allowed: [
      t('Een gevoelswoord noemen, eventueel uit de woordenlijst.', 'Naming a feeling word, from the word list if you like.'),
      t('Kort toelichten als je dat wilt.', 'Saying a little more if you wish.'),
    ],
    notAllowed: [
      t('Het scenario al bespreken.', 'Discussing the scenario already.'),
      t('Reageren op wat een ander voelt.', 'Reacting to what someone else feels.'),
    ],
    circleRule: t('Hoe zit je erbij? Elk gevoel mag er zijn', 'How are you? Every feeling is welcome'),
    supervisorFocus: t(
      'Zeg dat alle gevoelens normaal zijn en dat niemand iets hoeft toe te lichten.',
      'Say that all feelings are normal and that nobody needs to explain anything.',
    ),
    defaultMinutes: 5,
    warningMinutes: 1,
    silent: false,
  },
  {
    id: 'observatie',
    number: 2,
    name: t('Observatie', 'Observation'),
    purpose: t(
      'De groep brengt samen in kaart wat er gebeurde en wat de belangrijkste momenten waren, zoals je een film navertelt.',
      'Together the group maps what happened and what the key moments were, the way you would retell a film.',
    ),
    whoSpeaks: t('Eén deelnemer vertelt, de anderen vullen aan.', 'One participant tells, the others fill in.'),
    allowed: [
      t('Feiten en keuzemomenten, in volgorde.', 'Facts and moments of choice, in order.'),
      t('Aanvullen tot het verhaal voor iedereen klopt.', 'Filling in until the story is clear to everyone.'),
    ],
    notAllowed: [
      t('Ervaringen en gevoelens; die komen in de volgende stap.', 'Experiences and feelings; they come in the next step.'),
      t('Beoordelen wat goed of fout ging.', 'Judging what went right or wrong.'),
    ],
    circleRule: t('Wat gebeurde er? Alleen de feiten', 'What happened? Facts only'),
    supervisorFocus: t(
      'Houd het neutraal en feitelijk; zoek samen gemeenschappelijke woorden voor wat er gebeurde.',
      'Keep it neutral and factual; look together for shared words for what happened.',
    ),
    defaultMinutes: 10,
    warningMinutes: 2,
    silent: false,
  },
  {
    id: 'gevoel',
    number: 3,
    name: t('Gevoel', 'Feeling'),
    purpose: t(
      'Eerst ieder voor zich, dan samen: welke emoties kwamen er op doorheen het scenario? De groep erkent ze.',
      'First each on your own, then together: which emotions came up during the scenario? The group acknowledges them.',
    ),
    whoSpeaks: t('Iedereen over zichzelf, in de ik-vorm.', 'Everyone about themselves, speaking as “I”.'),
    allowed: [
      t('“Als dit gebeurt, voel ik me …”', '“When this happens, I feel …”'),
      t('Verschillende gevoelens naast elkaar laten bestaan.', 'Letting different feelings exist side by side.'),
    ],
    notAllowed: [
      t('Uitspraken over wat een ander voelt of deed.', 'Statements about what someone else felt or did.'),
      t('Gevoelens wegpraten of oplossen.', 'Talking feelings away or fixing them.'),
    ],
    circleRule: t('Spreek vanuit jezelf: ik voel …', 'Speak for yourself: I feel …'),
    supervisorFocus: t(
      'Erken elk gevoel, normaliseer verschillen en help de groep zich in elkaar in te leven.',
      'Acknowledge every feeling, normalise differences and help the group empathise with each other.',
    ),
    defaultMinutes: 20,
    warningMinutes: 2,
    silent: false,
  },
  {
    id: 'behoeften',
    number: 4,
    name: t('Behoeften', 'Needs'),
    purpose: t(
      'Welk moment bleef hangen en wat vond je daar belangrijk? De groep verbindt keuzes met gevoelens en waarden.',
      'Which moment stayed with you and what did you find important there? The group links choices to feelings and values.',
    ),
    whoSpeaks: t('De groep in gesprek, de supervisor vraagt door.', 'The group in conversation, the supervisor asks further.'),
    allowed: [
      t('Een sleutelmoment kiezen en zeggen wat je nodig had.', 'Choosing a key moment and saying what you needed.'),
      t('Verschillen en wat we delen benoemen.', 'Naming differences and what we share.'),
    ],
    notAllowed: [
      t('Keuzes van anderen afkeuren.', 'Condemning other people’s choices.'),
      t('Meteen naar oplossingen springen.', 'Jumping straight to solutions.'),
    ],
    circleRule: t('Wat vond je belangrijk? Welke behoefte?', 'What mattered to you? Which need?'),
    supervisorFocus: t(
      'Vraag door van keuze naar behoefte; benoem wat de groep gemeen heeft en waar ze verschilt.',
      'Ask from choice to need; name what the group has in common and where it differs.',
    ),
    defaultMinutes: 15,
    warningMinutes: 2,
    silent: false,
  },
  {
    id: 'praktijk',
    number: 5,
    name: t('Praktijk', 'Practice'),
    purpose: t(
      'Wat betekent dit voor ons team en voor mij? Een herkenbare situatie, de uitdagingen en behoeften, actiepunten, één prioriteit, en voor ieder één eigen actiepunt.',
      'What does this mean for our team and for me? A recognisable situation, its challenges and needs, action points, one priority, and one personal action point each.',
    ),
    whoSpeaks: t('Eerst in kleine groepjes, dan samen; ieder schrijft één eigen actiepunt.', 'First in small groups, then together; everyone writes one personal action point.'),
    allowed: [
      t('Een situatie uit je eigen werk die je herkent.', 'A situation from your own work that you recognise.'),
      t('Concrete, haalbare actiepunten.', 'Concrete, feasible action points.'),
    ],
    notAllowed: [
      t('Herkenbare details over cliënten of collega’s.', 'Recognisable details about clients or colleagues.'),
      t('Een lange lijst zonder prioriteit.', 'A long list without a priority.'),
    ],
    circleRule: t('Wat neem ik mee naar mijn praktijk?', 'What do I take back to my practice?'),
    supervisorFocus: t(
      'Help kiezen: één prioriteit voor het team, één actiepunt per persoon. Herinner aan de vertrouwelijkheid.',
      'Help choose: one priority for the team, one action point per person. Remind everyone of confidentiality.',
    ),
    defaultMinutes: 25,
    warningMinutes: 3,
    silent: false,
  },
];

const minutes = (a: number, b: number, c: number, d: number, e: number): Partial<Record<StepId, number>> => ({
  inchecken: a,
  observatie: b,
  gevoel: c,
  behoeften: d,
  praktijk: e,
});

export const DEBRIEFING_TEMPLATES: readonly DurationTemplate[] = [
  {
    id: 'debriefing-75',
    name: t('Standaard, 75 minuten', 'Standard, 75 minutes'),
    description: t('Genoeg tijd voor gevoel en voor de vertaalslag naar de praktijk.', 'Enough time for feelings and for the step back to practice.'),
    minutes: minutes(5, 10, 20, 15, 25),
  },
  {
    id: 'debriefing-60',
    name: t('Kort, 60 minuten', 'Short, 60 minutes'),
    description: t('Voor een kleine groep. Elke stap wordt wat krapper.', 'For a small group. Every step gets a little tighter.'),
    minutes: minutes(5, 8, 15, 12, 20),
  },
  {
    id: 'debriefing-90',
    name: t('Ruim, 90 minuten', 'Spacious, 90 minutes'),
    description: t('Voor een grote groep of een scenario dat veel losmaakte.', 'For a large group or a scenario that stirred up a lot.'),
    minutes: minutes(5, 12, 25, 18, 30),
  },
];
