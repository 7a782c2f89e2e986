import type { Localized } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

export type WarmupId = 'statements' | 'images' | 'grounding';

export interface WarmupStep {
  text: Localized;
  /** How long the supervisor lets this step last. */
  seconds: number;
}

export interface Warmup {
  id: WarmupId;
  name: Localized;
  description: Localized;
  suggestedMinutes: number;
  guide: WarmupStep[];
}

export const WARMUPS: readonly Warmup[] = [
  {
    id: 'statements',
    name: t('Stellingenspel', 'Statements game'),
    description: t(
      'De supervisor leest korte uitspraken voor. Klopt het voor jou, dan ga je staan. We praten er niet over na.',
      'The supervisor reads out short statements. If it is true for you, you stand up. We do not talk about them afterwards.',
    ),
    suggestedMinutes: 5,
    guide: [
      t('Leg uit: klopt de uitspraak voor jou, dan ga je staan. Zo niet, dan blijf je zitten.', 'Explain: if the statement is true for you, stand up. If not, stay seated.'),
      t('Lees de uitspraken één voor één voor en laat telkens even tijd om rond te kijken.', 'Read the statements one by one and leave a moment each time to look around.'),
      t('Er wordt niets besproken of uitgelegd. Kijken is genoeg.', 'Nothing is discussed or explained. Looking is enough.'),
      t('Bedank iedereen en laat de groep weer gaan zitten.', 'Thank everyone and let the group sit down again.'),
    ].map((text, i) => ({ text, seconds: i === 1 ? 210 : 30 })),
  },
  {
    id: 'images',
    name: t('Kies een beeld', 'Pick a picture'),
    description: t(
      'Iedereen kiest een prentkaart of foto die past bij een vraag, en zegt er kort iets over.',
      'Everyone picks a picture card or photo that fits a question, and says a few words about it.',
    ),
    suggestedMinutes: 10,
    guide: [
      { text: t('Leg de kaarten open op tafel of op de grond, zodat iedereen ze kan zien.', 'Spread the cards face up on a table or on the floor, so everyone can see them.'), seconds: 30 },
      {
        text: t(
          'Stel één vraag, bijvoorbeeld: welk beeld past bij hoe je vandaag binnenkomt? Of: wat betekent veerkracht voor jou?',
          'Ask one question, for example: which picture fits how you arrive today? Or: what does resilience mean to you?',
        ),
        seconds: 30,
      },
      { text: t('Laat iedereen rustig rondkijken en één kaart kiezen.', 'Let everyone look around calmly and choose one card.'), seconds: 120 },
      { text: t('Doe een rondje: iedereen zegt in een paar zinnen waarom dit beeld.', 'Go round the circle: everyone says in a few sentences why this picture.'), seconds: 360 },
      { text: t('Niemand hoeft te reageren op wat een ander zegt. Bedank en rond af.', 'Nobody needs to respond to what someone else says. Thank everyone and round off.'), seconds: 30 },
    ],
  },
  {
    id: 'grounding',
    name: t('Landen in je lijf', 'Landing in your body'),
    description: t(
      'Een rustige, geleide oefening om de drukte even achter je te laten en hier aan te komen.',
      'A calm guided exercise to leave the rush behind for a while and arrive here.',
    ),
    suggestedMinutes: 6,
    guide: [
      { text: t('Zoek een houding op je stoel die goed voelt. Je ogen mogen dicht, dat hoeft niet.', 'Find a position on your chair that feels good. You may close your eyes, but you do not have to.'), seconds: 20 },
      { text: t('Richt je aandacht naar binnen. Wat je net nog bezighield, mag even naar de achtergrond.', 'Turn your attention inwards. Whatever was on your mind just now can move to the background.'), seconds: 25 },
      { text: t('Merk je adem op. Je hoeft niets te sturen, de adem komt en gaat vanzelf.', 'Notice your breath. You do not need to steer anything; the breath comes and goes by itself.'), seconds: 30 },
      { text: t('Voel je voeten op de vloer. Adem een paar keer rustig en diep, en zak bij elke uitademing wat verder in je stoel.', 'Feel your feet on the floor. Take a few slow, deep breaths, and settle a little further into your chair with every out-breath.'), seconds: 40 },
      { text: t('Waar ben je nu het meest aanwezig: in je hoofd, in je borst, in je buik?', 'Where are you most present right now: in your head, your chest, your belly?'), seconds: 30 },
      { text: t('Ga met je aandacht rustig door je lijf, van je kruin tot je tenen. Waar is het rustig, waar zit spanning?', 'Move your attention slowly through your body, from the top of your head to your toes. Where is it calm, where is there tension?'), seconds: 45 },
      { text: t('Wat je ook opmerkt, kijk er vriendelijk en nieuwsgierig naar, zonder oordeel.', 'Whatever you notice, look at it kindly and with curiosity, without judgement.'), seconds: 25 },
      { text: t('Laat bij elke uitademing wat spanning los, en maak ruimte voor nieuwe energie.', 'Let go of some tension with every out-breath, and make room for new energy.'), seconds: 30 },
      { text: t('Is er een gevoel dat gezien wil worden? Laat het er gewoon zijn.', 'Is there a feeling that wants to be noticed? Just let it be there.'), seconds: 30 },
      { text: t('Welke houding wil je meenemen in deze intervisie: openheid, rust, aandacht?', 'Which attitude do you want to bring into this intervisie: openness, calm, attention?'), seconds: 30 },
      { text: t('Adem nog een paar keer diep. Beweeg je vingers en tenen, rek je uit als je wil.', 'Take a few more deep breaths. Move your fingers and toes, stretch if you like.'), seconds: 20 },
      { text: t('Open je ogen wanneer je er klaar voor bent, en kom terug in de kring.', 'Open your eyes when you are ready, and come back to the circle.'), seconds: 15 },
    ],
  },
];
