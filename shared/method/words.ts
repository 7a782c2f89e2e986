import type { Localized } from './types.ts';

const t = (nl: string, en: string): Localized => ({ nl, en });

// Feelings and needs for the silent inventory (connecting communication, manual 2.5 and 3.5).

export const FEELINGS_PLEASANT: readonly Localized[] = [
  t('blij', 'happy'),
  t('dankbaar', 'grateful'),
  t('opgelucht', 'relieved'),
  t('ontspannen', 'relaxed'),
  t('rustig', 'peaceful'),
  t('kalm', 'calm'),
  t('tevreden', 'content'),
  t('voldaan', 'fulfilled'),
  t('hoopvol', 'hopeful'),
  t('trots', 'proud'),
  t('ontroerd', 'moved'),
  t('geraakt', 'touched'),
  t('betrokken', 'involved'),
  t('nieuwsgierig', 'curious'),
  t('geïnspireerd', 'inspired'),
  t('gestimuleerd', 'stimulated'),
  t('enthousiast', 'enthusiastic'),
  t('onder de indruk', 'impressed'),
  t('verwonderd', 'full of wonder'),
  t('verrast', 'surprised'),
];

export const FEELINGS_UNPLEASANT: readonly Localized[] = [
  t('bang', 'afraid'),
  t('bezorgd', 'concerned'),
  t('ongerust', 'worried'),
  t('gespannen', 'tense'),
  t('onrustig', 'restless'),
  t('onzeker', 'unsure'),
  t('machteloos', 'powerless'),
  t('hulpeloos', 'helpless'),
  t('overweldigd', 'overwhelmed'),
  t('verward', 'confused'),
  t('verdrietig', 'sad'),
  t('teleurgesteld', 'disappointed'),
  t('ontmoedigd', 'discouraged'),
  t('eenzaam', 'lonely'),
  t('boos', 'angry'),
  t('verontwaardigd', 'indignant'),
  t('geïrriteerd', 'irritated'),
  t('gefrustreerd', 'frustrated'),
  t('afgunstig', 'envious'),
  t('beschaamd', 'ashamed'),
  t('schuldig', 'guilty'),
  t('ongemakkelijk', 'uncomfortable'),
  t('kwetsbaar', 'vulnerable'),
  t('moe', 'tired'),
  t('uitgeput', 'exhausted'),
];

export const NEEDS: readonly Localized[] = [
  t('acceptatie', 'acceptance'),
  t('respect', 'respect'),
  t('verbondenheid', 'connection'),
  t('erkenning', 'recognition'),
  t('ondersteuning', 'support'),
  t('gezien worden', 'being seen'),
  t('gehoord worden', 'being heard'),
  t('begrip', 'understanding'),
  t('waardering', 'appreciation'),
  t('vertrouwen', 'trust'),
  t('samenwerking', 'cooperation'),
  t('erbij horen', 'belonging'),
  t('empathie', 'empathy'),
  t('autonomie', 'autonomy'),
  t('ruimte', 'space'),
  t('bijdragen', 'contributing'),
  t('bekwaamheid', 'competence'),
  t('helderheid', 'clarity'),
  t('leren', 'learning'),
  t('zingeving', 'meaning'),
  t('veiligheid', 'safety'),
  t('rust', 'rest'),
  t('voorspelbaarheid', 'predictability'),
  t('balans', 'balance'),
];

/** Shown beside the word lists in the silent inventory. */
export const FEELINGS_GUIDANCE: Localized[] = [
  t(
    '“Ik heb het gevoel dat…” klinkt als een gevoel, maar wat volgt is meestal een oordeel of een uitleg.',
    '“I feel that…” sounds like a feeling, but what follows is usually a judgement or an explanation.',
  ),
  t(
    'Woorden als “genegeerd” of “afgewezen” zeggen vooral wat een ander deed. Ze wijzen naar een behoefte, zoals erbij horen.',
    'Words like “ignored” or “rejected” mostly say what someone else did. They point to a need, such as belonging.',
  ),
  t('Een gevoel werkt als een kompas: het wijst naar wat je nodig hebt.', 'A feeling works like a compass: it points to what you need.'),
  t('Alle gevoelens mogen er zijn, aangename en onaangename.', 'All feelings are welcome, pleasant and unpleasant alike.'),
  t(
    'Vind je niet meteen een woord? Begin bij de basis: bang, boos, blij, verdrietig, verrast.',
    'Can’t find a word right away? Start with the basics: afraid, angry, happy, sad, surprised.',
  ),
  t(
    'Je inventaris is van jou alleen. Je deelt hem niet, en de app bewaart er niets van.',
    'Your inventory is yours alone. You do not share it, and the app stores nothing of it.',
  ),
];
