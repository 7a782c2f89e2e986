/**
 * What people actually type, in Dutch and English: sentences that point to a person (each with the
 * kind and the words that must be flagged) and ordinary intervisie sentences that must stay
 * quiet. Precision and recall are printed, so a change to the finders shows what it costs.
 */
import { describe, expect, it } from 'vitest';
import { findIdentifiers, type IdentifierKind } from '../../../shared/privacy/identifiers.ts';

const FLAGGED: ReadonlyArray<readonly [string, IdentifierKind, string]> = [
  // dates in words and numbers, Dutch
  ['Mevrouw Janssen, 12 maart, kwam huilend binnen.', 'date', '12 maart'],
  ['Op maandag 3 juni werd ze opgenomen.', 'date', 'maandag 3 juni'],
  ['Het gesprek met de moeder was op 3/6 in de namiddag.', 'date', '3/6'],
  ['Ze kwam op 1e april voor de controle.', 'date', '1e april'],
  ['Op 23 december belde de vader in paniek.', 'date', '23 december'],
  ['Vorige dinsdag is ze bevallen van een dochter.', 'date', 'Vorige dinsdag'],
  ['Afgelopen vrijdag werd hij met spoed opgenomen.', 'date', 'Afgelopen vrijdag'],
  ['Ze is in 1987 geboren en heeft drie kinderen.', 'date', '1987'],
  ['De bevalling was gepland voor 14-02.', 'date', '14-02'],
  ['Donderdag 7 november kwam de familie op bezoek.', 'date', 'Donderdag 7 november'],
  // dates, English
  ['On March 12 she came to the ward alone.', 'date', 'March 12'],
  ['She gave birth on the 3rd of June.', 'date', '3rd of June'],
  ['Last Tuesday he was admitted again.', 'date', 'Last Tuesday'],
  ['The home visit on Monday 4 November went badly.', 'date', 'Monday 4 November'],
  ['Her due date was March 3, 2025.', 'date', 'March 3, 2025'],
  // ages
  ['Een 42-jarige vrouw kwam voor haar vierde kind.', 'age', '42-jarige'],
  ['Het ging om een moeder van 19 jaar.', 'age', 'moeder van 19 jaar'],
  ['Ze is 17 en woont nog thuis.', 'age', 'Ze is 17'],
  ['De vader was 63 jaar oud en erg ziek.', 'age', '63 jaar oud'],
  ['A 34-year-old mother refused the epidural.', 'age', '34-year-old'],
  ['She was only 16 when the baby came.', 'age', 'She was only 16'],
  ['The patient, aged 81, lived alone.', 'age', 'aged 81'],
  // rooms and beds
  ['Ze lag op kamer 12 naast het raam.', 'room', 'kamer 12'],
  ['De baby in bed 3B huilde de hele nacht.', 'room', 'bed 3B'],
  ['In verloskamer 2 ging het mis.', 'room', 'verloskamer 2'],
  ['The woman in room 204 asked for her partner.', 'room', 'room 204'],
  ['Kamernummer 7 belde drie keer.', 'room', 'Kamernummer 7'],
  // hospitals and towns
  ['Ze werd overgebracht naar het UZ Gent.', 'place', 'het UZ Gent'],
  ['In het Erasmus MC kreeg ze een tweede mening.', 'place', 'het Erasmus MC'],
  ['Ze woont in Lier, vlak bij haar moeder.', 'place', 'Lier'],
  ['Het gezin komt uit Mechelen.', 'place', 'Mechelen'],
  ['She was transferred to Radboudumc that night.', 'place', 'Radboudumc'],
  ['They moved from Rotterdam last year.', 'place', 'Rotterdam'],
  ['De vroedvrouw van AZ Groeninge belde terug.', 'place', 'AZ Groeninge'],
  // names with and without cues
  ['Mevrouw Janssen wilde niets zeggen.', 'name', 'Mevrouw Janssen'],
  ['I spoke with Mrs. Peeters about the night.', 'name', 'Mrs. Peeters'],
  ['De baby Lotte werd te vroeg geboren.', 'name', 'baby Lotte'],
  ['Ik belde collega Hanne over de nachtdienst.', 'name', 'collega Hanne'],
  ['Dr. Wouters had geen tijd voor haar.', 'name', 'Dr. Wouters'],
  ['Mevrouw J. had al twee miskramen gehad.', 'initials', 'Mevrouw J.'],
  // numbers
  ['Haar nummer was 0470 12 34 56.', 'phone', '0470 12 34 56'],
  ['Ze woont in 2800 Mechelen.', 'postcode', '2800 Mechelen'],
];

const HARMLESS: readonly string[] = [
  'Ik voelde me machteloos toen ze wegging.',
  'Op maandag was de afdeling druk.',
  'Op 12 maart is onze volgende intervisie.',
  'Op 14 februari hadden we intervisie.',
  'De volgende bijeenkomst is op 3 juni.',
  'In maart hadden we minder bevallingen dan anders.',
  'Het gesprek duurde 45 minuten en liep uit.',
  'We hadden tussen 10-12 uur een overleg.',
  'Ze at 1/2 uur niets en werd toen rustiger.',
  'De zwangerschap duurde 38 weken.',
  'Sinds 2019 werk ik op de materniteit.',
  'Vorige week was ik moe na de nachtdienst.',
  'Gisteren heb ik er nog lang over nagedacht.',
  'Vrijdag heb ik er nog lang over nagedacht.',
  'Ze was 20 minuten te laat en zei niets.',
  'Hij was 3 keer teruggekomen die dag.',
  'We hebben 3 vragen gesteld en 2 beantwoord.',
  'Ik heb 2 kinderen en ken dat gevoel.',
  'De kamer was donker en rustig.',
  'Het bed stond te dicht bij de deur.',
  'Namen noemen we niet in de kring.',
  'De bergen werk op de afdeling zijn groot.',
  'Ze sprak alleen Engels, dus we werkten met een tolk.',
  'Tijdens de Ramadan at ze overdag niet.',
  'Een Syrische moeder voelde zich niet begrepen.',
  'We werken met de methode van Balint.',
  'Het ziekenhuis had te weinig personeel.',
  'Ze woont in een kleine gemeente op het platteland.',
  'Mijn vraag aan de kring: hoe blijf ik rustig?',
  'Cliënte A voelde zich niet gehoord door het team.',
  'Om 10.30 uur begon de kring.',
  'In december starten we met een nieuwe groep.',
  'I felt powerless when she left.',
  'Our next session is on March 12.',
  'The meeting on Monday 4 November is cancelled.',
  'We may need more time for the silent round.',
  'She said she did not feel heard.',
  'The baby slept for two hours at last.',
  'Last week I was tired after the night shift.',
  'He was 10 minutes late and said nothing.',
  'Client A felt that nobody listened.',
  'The hospital was short of staff that night.',
  'Ze wilde 3 dagen rust en kreeg er 1.',
  'Na 2 uur kwam de gynaecoloog.',
];

interface Score {
  truePositives: number;
  falseNegatives: string[];
  falsePositives: { sentence: string; found: string[] }[];
}

function score(): Score {
  const falseNegatives: string[] = [];
  let truePositives = 0;
  for (const [sentence, kind, match] of FLAGGED) {
    const found = findIdentifiers(sentence);
    if (found.some((f) => f.kind === kind && f.match === match)) truePositives++;
    else falseNegatives.push(`${sentence} → expected ${kind} "${match}", got ${JSON.stringify(found.map((f) => `${f.kind}:${f.match}`))}`);
  }
  const falsePositives = HARMLESS.map((sentence) => ({ sentence, found: findIdentifiers(sentence).map((f) => `${f.kind}:${f.match}`) })).filter((x) => x.found.length > 0);
  return { truePositives, falseNegatives, falsePositives };
}

describe('the privacy helper on what people actually type', () => {
  it(`finds the right thing in ${FLAGGED.length} identifying sentences and stays quiet on ${HARMLESS.length} ordinary ones`, () => {
    expect(FLAGGED.length).toBeGreaterThanOrEqual(40);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(40);
    const { truePositives, falseNegatives, falsePositives } = score();
    const recall = truePositives / FLAGGED.length;
    const precision = truePositives / (truePositives + falsePositives.length);
    console.log(
      `privacy helper: recall ${(recall * 100).toFixed(1)}% (${truePositives}/${FLAGGED.length}), ` +
        `precision ${(precision * 100).toFixed(1)}% (${falsePositives.length} false alarms on ${HARMLESS.length} ordinary sentences)`,
    );
    expect(falseNegatives).toEqual([]);
    expect(falsePositives).toEqual([]);
  });

  it('"Mevrouw Janssen, 12 maart" flags both the name and the date', () => {
    const found = findIdentifiers('Mevrouw Janssen, 12 maart, kwam huilend binnen.');
    expect(found.map((f) => [f.kind, f.match])).toEqual([
      ['name', 'Mevrouw Janssen'],
      ['date', '12 maart'],
    ]);
  });

  it('new kinds explain themselves in both languages and offer a neutral replacement', () => {
    for (const [sentence, kind] of [['Ze lag op kamer 12.', 'room'], ['Een 42-jarige vrouw.', 'age'], ['Ze woont in Lier.', 'place']] as const) {
      const f = findIdentifiers(sentence).find((x) => x.kind === kind)!;
      expect(f.message.nl.length).toBeGreaterThan(20);
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.suggestion.nl).toMatch(/^\[/);
    }
  });
});
