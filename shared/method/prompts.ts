import { DEBRIEFING_PROMPTS } from './debriefing-prompts.ts';
import type { Localized, StepId } from './types.ts';

export interface Prompt {
  id: string;
  text: Localized;
  /** Who the supervisor says it to. */
  to: 'group' | 'presenter' | 'all';
}

const p = (id: string, to: Prompt['to'], nl: string, en: string): Prompt => ({ id, to, text: { nl, en } });

/** Sentences the supervisor can use per step (manual 4.1 and 4.2, in our own words). */
export const STEP_PROMPTS: Record<StepId, readonly Prompt[]> = {
  inbreng: [
    p('s1-camera', 'presenter', 'Beschrijf het zoals een camera het zou opnemen.', 'Describe it the way a camera would record it.'),
    p('s1-literal', 'presenter', 'Wat werd er precies gezegd, en wat werd er gedaan?', 'What exactly was said, and what was done?'),
    p('s1-anonymous', 'presenter', 'Vertel zonder namen of details waaraan iemand herkend kan worden.', 'Tell it without names or details by which someone could be recognised.'),
    p('s1-brief', 'presenter', 'Houd het kort; de groep vraagt straks wat ze nog mist.', 'Keep it short; the group will ask later what it is still missing.'),
    p('s1-feelings-later', 'presenter', 'Wat het met je deed, krijgt straks nog een plek.', 'What it did to you will get its place later.'),
    p('s1-listen', 'group', 'We luisteren nu alleen. Vragen komen straks.', 'For now we only listen. Questions come later.'),
  ],
  'stille-inventaris': [
    p('s2-silence', 'all', 'We nemen nu even stilte, ieder voor zich.', 'We now take a moment of silence, each on our own.'),
    p('s2-body', 'all', 'Wat voel je op dit moment, ook in je lichaam?', 'What do you feel right now, in your body too?'),
    p('s2-need', 'all', 'Op welke behoefte wijst dat gevoel?', 'Which need does that feeling point to?'),
    p('s2-words', 'all', 'Zoek je een woord? De lijst met gevoelens en behoeften kan helpen.', 'Looking for a word? The list of feelings and needs can help.'),
    p('s2-private', 'all', 'Wat je opmerkt, houd je voor jezelf.', 'Whatever you notice, you keep to yourself.'),
  ],
  vragen: [
    p('s3-missing', 'group', 'Welke feiten heb je nog nodig om de situatie te begrijpen?', 'Which facts do you still need to understand the situation?'),
    p('s3-one', 'group', 'Eén korte vraag per keer, zodat iedereen aan bod komt.', 'One short question at a time, so everyone gets a turn.'),
    p('s3-examples', 'group', 'Denk aan wie er nog bij was, wat eraan voorafging, hoe het thuis loopt.', 'Think of who else was there, what came before, how things are at home.'),
    p('s3-tip', 'group', 'Vraag je iets, of geef je eigenlijk een tip?', 'Are you asking something, or actually giving a tip?'),
    p('s3-short-answer', 'presenter', 'Een kort antwoord volstaat. Je hoeft niets uit te leggen.', 'A short answer is enough. You do not need to explain anything.'),
  ],
  uitwisseling: [
    p('s4-left', 'group', 'Ik vraag me af wat er in haar omging toen ze de deur uitging.', 'I wonder what was going on inside her as she walked out of the door.'),
    p('s4-contact', 'group', 'Ik vraag me af hoe het is om met deze cliënte in contact te zijn. Warm, geërgerd, onverschillig?', 'I wonder what it is like to be in contact with this client. Warm, irritated, indifferent?'),
    p('s4-wants', 'group', 'Ik vraag me af wat zij van haar zorgverlener verwacht, en wat voor zorgverlener ze zoekt.', 'I wonder what she expects from her caregiver, and what kind of caregiver she is looking for.'),
    p('s4-shoes', 'group', 'Stel je voor dat jij op de plek van je collega zat. Wat zou dat met je doen?', 'Imagine you were in your colleague’s place. What would that do to you?'),
    p('s4-room', 'group', 'Ik vraag me af wie er nog meespeelt in dit verhaal, ook al was die er niet bij.', 'I wonder who else plays a part in this story, even if they were not there.'),
    p('s4-parallel', 'group', 'Wat gebeurt er nu in deze groep? Lijkt het op wat er in de casus gebeurde?', 'What is happening in this group right now? Does it resemble what happened in the case?'),
    p('s4-no-fix', 'group', 'We hoeven het niet op te lossen. Laten we er even bij blijven.', 'We do not have to solve it. Let’s stay with it for a moment.'),
  ],
  terugkoppeling: [
    p('s5-touched', 'presenter', 'Wat heeft je geraakt in wat je hoorde?', 'What touched you in what you heard?'),
    p('s5-recognised', 'presenter', 'Wat herkende je, en wat paste niet bij jou?', 'What did you recognise, and what did not fit for you?'),
    p('s5-different', 'presenter', 'Kijk je nu anders naar de situatie dan bij het begin?', 'Do you see the situation differently now than at the start?'),
    p('s5-no-defence', 'presenter', 'Je hoeft je niet te verantwoorden. Neem mee wat je kunt gebruiken.', 'You do not need to justify yourself. Take what you can use.'),
    p('s5-group-listens', 'group', 'We luisteren nu naar de inbrenger en beginnen geen nieuwe ronde.', 'We now listen to the presenter and do not start a new round.'),
  ],
  samenvatting: [
    p('s6-thread', 'all', 'Wat ik als rode draad hoor, is…', 'What I hear as the common thread is…'),
    p('s6-themes', 'all', 'Ik zet de thema’s op een rij, zonder advies.', 'I will list the themes, without advice.'),
    p('s6-request', 'all', 'Is er iets wat je nog nodig hebt, van iemand in de kring of van de groep?', 'Is there anything you still need, from someone in the circle or from the group?'),
    p('s6-request-no', 'all', 'Op een verzoek mag altijd nee gezegd worden.', 'A request may always be answered with no.'),
    p('s6-confidential', 'all', 'Wat hier verteld is, nemen we niet mee naar buiten.', 'What was told here, we do not take outside.'),
  ],
  ...DEBRIEFING_PROMPTS,
};

export type SituationId =
  | 'drift-to-solutions'
  | 'question-is-advice'
  | 'own-story'
  | 'long-silence'
  | 'presenter-interrupts'
  | 'emotions-high'
  | 'time-running-out';

export interface Situation {
  id: SituationId;
  label: Localized;
  prompts: readonly Prompt[];
}

/** Moments that can come up in any step, with something to say. */
export const SITUATIONS: readonly Situation[] = [
  {
    id: 'drift-to-solutions',
    label: { nl: 'Groep zoekt oplossingen', en: 'Group drifts to solutions' },
    prompts: [
      p('sit-solutions-notice', 'group', 'Ik merk dat we naar oplossingen gaan. Laten we nog even bij het verhaal blijven.', 'I notice we are moving towards solutions. Let’s stay with the story a little longer.'),
      p('sit-solutions-why', 'group', 'Ik vraag me af wat maakt dat we dit zo snel willen oplossen.', 'I wonder what makes us want to solve this so quickly.'),
      p('sit-solutions-feel', 'group', 'Wat voel je zelf als je dit hoort?', 'What do you feel yourself when you hear this?'),
    ],
  },
  {
    id: 'question-is-advice',
    label: { nl: 'Vraag is eigenlijk advies', en: 'Question is really advice' },
    prompts: [
      p('sit-advice-rephrase', 'group', 'Ik hoor een tip in die vraag. Kun je hem als feitelijke vraag stellen?', 'I hear a tip in that question. Can you put it as a factual question?'),
      p('sit-advice-what', 'group', 'Welke informatie wil je precies weten?', 'What information exactly do you want to know?'),
      p('sit-advice-hold', 'group', 'Houd die gedachte even vast. Straks is er ruimte voor wat het bij je oproept.', 'Hold on to that thought for now. Later there is room for what it stirs in you.'),
    ],
  },
  {
    id: 'own-story',
    label: { nl: 'Eigen verhaal', en: 'Own story' },
    prompts: [
      p('sit-own-back', 'group', 'Dank je. Laten we teruggaan naar het verhaal van onze collega.', 'Thank you. Let’s go back to our colleague’s story.'),
      p('sit-own-link', 'group', 'Wat zegt jouw ervaring over deze casus?', 'What does your experience tell you about this case?'),
      p('sit-own-later', 'all', 'Heb je daar zelf iets nodig? Dan kijken we er na de sessie samen naar.', 'Do you need something yourself around that? Then we will look at it together after the session.'),
    ],
  },
  {
    id: 'long-silence',
    label: { nl: 'Lange stilte', en: 'Long silence' },
    prompts: [
      p('sit-silence-ok', 'all', 'Stilte mag. We nemen de tijd.', 'Silence is fine. We take our time.'),
      p('sit-silence-wonder', 'group', 'Ik vraag me af wat er in deze stilte leeft.', 'I wonder what is alive in this silence.'),
      p('sit-silence-hard', 'group', 'Wat is er moeilijk om hardop te zeggen?', 'What is hard to say out loud?'),
    ],
  },
  {
    id: 'presenter-interrupts',
    label: { nl: 'Inbrenger onderbreekt', en: 'Presenter interrupts' },
    prompts: [
      p('sit-interrupt-note', 'presenter', 'Schrijf het even op. Straks ben jij aan de beurt.', 'Jot it down for now. Your turn comes soon.'),
      p('sit-interrupt-listen', 'presenter', 'Probeer nu alleen te luisteren, ook als iets voor jou niet klopt.', 'Try to only listen for now, even if something does not feel right to you.'),
    ],
  },
  {
    id: 'emotions-high',
    label: { nl: 'Emoties lopen hoog op', en: 'Emotions run high' },
    prompts: [
      p('sit-emotion-pause', 'all', 'Laten we even pauzeren.', 'Let’s pause for a moment.'),
      p('sit-emotion-need', 'all', 'Wat heb je nu nodig?', 'What do you need right now?'),
      p('sit-emotion-allowed', 'all', 'Wat je voelt, mag er zijn. Neem de tijd.', 'What you feel is welcome here. Take your time.'),
    ],
  },
  {
    id: 'time-running-out',
    label: { nl: 'Tijd loopt af', en: 'Time is running out' },
    prompts: [
      p('sit-time-two', 'all', 'We komen aan het einde van deze stap. Wat moet er nog gezegd worden?', 'We are coming to the end of this step. What still needs to be said?'),
      p('sit-time-last', 'group', 'Wie heeft nog één korte gedachte voor we afronden?', 'Who has one last short thought before we round off?'),
    ],
  },
];

/** For the start of the session, before the first case. */
export const OPENING_PROMPTS: readonly Prompt[] = [
  p('open-welcome', 'all', 'Welkom. We nemen even de tijd om hier echt aan te komen.', 'Welcome. Let’s take a moment to really arrive here.'),
  // Flemish "overlopen" reads as "defect" in the Netherlands: the shared Dutch says "doornemen".
  { id: 'open-agreements', to: 'all', text: { nl: 'We nemen samen de afspraken door die deze kring veilig maken.', 'nl-BE': 'We overlopen samen de afspraken die deze kring veilig maken.', en: 'Together we go over the agreements that make this circle safe.' } },
  p('open-purpose', 'all', 'We zoeken vandaag geen oplossingen. We proberen samen te begrijpen wat er gebeurt.', 'Today we are not looking for solutions. Together we try to understand what is going on.'),
  p('open-steps', 'all', 'We gaan in zes stappen door één casus. Ik bewaak de stappen, jullie hoeven alleen mee te gaan.', 'We go through one case in six steps. I keep track of the steps; you only need to come along.'),
  p('open-case', 'all', 'Neem even de tijd om een casus te bedenken die je bezighoudt.', 'Take a moment to think of a case that is on your mind.'),
];

/** For the end of the session. */
export const CLOSING_PROMPTS: readonly Prompt[] = [
  p('close-take-away', 'all', 'Wat neem je mee van vandaag?', 'What do you take with you from today?'),
  p('close-thanks', 'all', 'Dank aan wie een casus bracht voor het vertrouwen, en aan iedereen voor het luisteren.', 'Thanks to those who brought a case for their trust, and to everyone for listening.'),
  p('close-self-care', 'all', 'Hoe zorg je vandaag nog goed voor jezelf?', 'How will you take good care of yourself for the rest of today?'),
  p('close-confidential', 'all', 'Nog één keer: wat hier gedeeld werd, blijft in deze kring.', 'One last time: what was shared here stays in this circle.'),
];
