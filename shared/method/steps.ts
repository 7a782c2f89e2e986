import type { StepDefinition, StepId } from './types.ts';

// Our own wording of chapter 4 of the manual (Balint-based intervisie with connecting communication).
const t = (nl: string, en: string) => ({ nl, en });

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'inbreng',
    number: 1,
    name: t('Inbreng', 'Presenting the case'),
    purpose: t(
      'De inbrenger schetst de situatie kort en feitelijk: wat er gebeurde, wat er gezegd en gedaan werd.',
      'The presenter outlines the situation briefly and factually: what happened, what was said and what was done.',
    ),
    whoSpeaks: t('Alleen de inbrenger.', 'Only the presenter.'),
    allowed: [
      t('Vertellen wat er gebeurde, zoals een camera het zou opnemen.', 'Telling what happened, the way a camera would record it.'),
      t('Luisteren zonder te onderbreken.', 'Listening without interrupting.'),
    ],
    notAllowed: [
      t('Oordelen of interpretaties.', 'Judgements or interpretations.'),
      t('Uitweiden over gevoelens; die krijgen later hun plek.', 'Dwelling on feelings; they get their place later.'),
      t('Vragen vanuit de groep.', 'Questions from the group.'),
      t('Namen of details waaraan iemand herkend kan worden.', 'Names or details by which someone could be recognised.'),
    ],
    circleRule: t('Luisteren, nog geen vragen', 'Listen, no questions yet'),
    supervisorFocus: t(
      'Houd het kort en feitelijk, en let op namen of details die iemand herkenbaar maken.',
      'Keep it short and factual, and watch for names or details that make someone recognisable.',
    ),
    defaultMinutes: 5,
    warningMinutes: 1,
    silent: false,
  },
  {
    id: 'stille-inventaris',
    number: 2,
    name: t('Stille inventaris', 'Silent inventory'),
    purpose: t(
      'Iedereen gaat in stilte na wat de casus oproept: wat voel ik, en op welke behoefte wijst dat?',
      'Everyone silently notes what the case stirs up: what do I feel, and which need does that point to?',
    ),
    whoSpeaks: t('Niemand. Het is stil.', 'Nobody. It is quiet.'),
    allowed: [
      t('Opmerken wat je voelt, ook in je lichaam.', 'Noticing what you feel, in your body too.'),
      t('De woordenlijst gebruiken om een gevoel of behoefte te benoemen.', 'Using the word list to name a feeling or a need.'),
    ],
    notAllowed: [
      t('Praten of op elkaar reageren.', 'Talking or reacting to each other.'),
      t('Je inventaris delen met de groep.', 'Sharing your inventory with the group.'),
    ],
    circleRule: t('Stilte: wat voel ik, wat heb ik nodig?', 'Silence: what do I feel, what do I need?'),
    supervisorFocus: t(
      'Bewaak de stilte en reik de woorden voor gevoelens en behoeften aan wie ze zoekt.',
      'Guard the silence and offer the words for feelings and needs to whoever is looking for them.',
    ),
    defaultMinutes: 3,
    warningMinutes: 1,
    silent: true,
  },
  {
    id: 'vragen',
    number: 3,
    name: t('Informatieve vragen', 'Factual questions'),
    purpose: t(
      'De groep vult aan wat nog ontbreekt om de casus goed te begrijpen.',
      'The group fills in what is still missing to understand the case well.',
    ),
    whoSpeaks: t('De groep vraagt, de inbrenger antwoordt kort.', 'The group asks, the presenter answers briefly.'),
    allowed: [
      t('Feitelijke vragen: wie, wat, waar, hoe verliep het.', 'Factual questions: who, what, where, how did it go.'),
      t('Eén korte vraag per keer.', 'One short question at a time.'),
    ],
    notAllowed: [
      t('Tips die als vraag verpakt zijn.', 'Tips wrapped up as questions.'),
      t('Oordelen.', 'Judgements.'),
      t('Oplossingen.', 'Solutions.'),
    ],
    circleRule: t('Alleen feitelijke vragen', 'Factual questions only'),
    supervisorFocus: t(
      'Zeef de vragen: is het nieuwsgierigheid naar feiten, of een verkapt advies?',
      'Sift the questions: is it curiosity about facts, or advice in disguise?',
    ),
    defaultMinutes: 7,
    warningMinutes: 2,
    silent: false,
  },
  {
    id: 'uitwisseling',
    number: 4,
    name: t('Uitwisseling', 'Exchange'),
    purpose: t(
      'De collega’s praten onderling over wat de casus bij hen oproept, en kijken door de ogen van de cliënt en van de inbrenger.',
      'The colleagues talk among themselves about what the case stirs in them, and look through the eyes of the client and of the presenter.',
    ),
    whoSpeaks: t(
      'Alleen de groep. De inbrenger schuift wat achteruit en luistert.',
      'Only the group. The presenter moves back a little and listens.',
    ),
    allowed: [
      t('Gedachten, beelden en gevoelens die de casus oproept.', 'Thoughts, images and feelings the case evokes.'),
      t('Je inleven in de cliënt: wat voelt zij, wat wil zij?', 'Putting yourself in the client’s place: what does she feel, what does she want?'),
      t('Je verplaatsen in de inbrenger: hoe zou dit voor jou zijn?', 'Putting yourself in the presenter’s shoes: what would this be like for you?'),
      t('Twijfel en stilte laten bestaan.', 'Letting doubt and silence be.'),
    ],
    notAllowed: [
      t('Oordelen over wie dan ook.', 'Judgements about anyone.'),
      t('Oplossingen of adviezen.', 'Solutions or advice.'),
      t('Je eigen verhaal in plaats van deze casus.', 'Your own story instead of this case.'),
      t('De inbrenger aanspreken of laten reageren.', 'Addressing the presenter or asking them to respond.'),
    ],
    circleRule: t('Gedachten en gevoelens, geen oplossingen', 'Thoughts and feelings, no solutions'),
    supervisorFocus: t(
      'Stel open vragen aan de hele groep, blijf bij de emoties en bij deze casus, verdraag stilte en houd het veilig.',
      'Ask open questions to the whole group, stay with the emotions and with this case, tolerate silence and keep it safe.',
    ),
    defaultMinutes: 15,
    warningMinutes: 2,
    midpointMinutes: 10,
    silent: false,
  },
  {
    id: 'terugkoppeling',
    number: 5,
    name: t('Inbrenger terug', 'Presenter rejoins'),
    purpose: t(
      'De inbrenger vertelt welke gedachten en inzichten het gesprek van de groep heeft losgemaakt.',
      'The presenter shares which thoughts and insights the group’s conversation brought up.',
    ),
    whoSpeaks: t(
      'Eerst de inbrenger, daarna kan de groep kort aansluiten.',
      'First the presenter, then the group may briefly join in.',
    ),
    allowed: [
      t('Vertellen wat raakte, wat herkend werd en wat niet.', 'Telling what touched you, what you recognised and what you did not.'),
      t('Delen wat nieuw of verrassend was.', 'Sharing what was new or surprising.'),
    ],
    notAllowed: [
      t('Je verantwoorden of verdedigen.', 'Justifying or defending yourself.'),
      t('Een nieuwe discussieronde.', 'A new round of discussion.'),
      t('Alsnog advies geven.', 'Giving advice after all.'),
    ],
    circleRule: t('De inbrenger aan het woord', 'The presenter speaks'),
    supervisorFocus: t(
      'Bescherm de inbrenger: niemand hoeft zich te verdedigen en het gesprek begint niet opnieuw.',
      'Protect the presenter: nobody needs to defend themselves and the conversation does not start over.',
    ),
    defaultMinutes: 7,
    warningMinutes: 2,
    silent: false,
  },
  {
    id: 'samenvatting',
    number: 6,
    name: t('Samenvatting', 'Summary'),
    purpose: t(
      'De supervisor brengt de belangrijkste thema’s samen, zonder oplossing of advies. Daarna is er ruimte voor verzoeken aan elkaar.',
      'The supervisor draws together the main themes, without a solution or advice. Then there is room for requests to each other.',
    ),
    whoSpeaks: t('De supervisor, daarna wie een verzoek heeft.', 'The supervisor, then anyone with a request.'),
    allowed: [
      t('De rode draad en de thema’s benoemen.', 'Naming the common thread and the themes.'),
      t('Een verzoek of behoefte uitspreken naar iemand of naar de groep.', 'Voicing a request or need to someone or to the group.'),
    ],
    notAllowed: [
      t('Een oplossing of advies als besluit.', 'A solution or advice as the conclusion.'),
      t('Nieuwe inhoud aan de casus toevoegen.', 'Adding new content to the case.'),
    ],
    circleRule: t('Rode draad en verzoeken', 'Common thread and requests'),
    supervisorFocus: t(
      'Vat samen in thema’s, niet in adviezen, en herinner aan de vertrouwelijkheid.',
      'Summarise in themes, not in advice, and remind everyone of confidentiality.',
    ),
    defaultMinutes: 8,
    warningMinutes: 2,
    silent: false,
  },
];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function stepById(id: StepId): StepDefinition {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}
