import { describe, expect, it } from 'vitest';
import { findIdentifiers, type IdentifierKind } from '../../../shared/privacy/identifiers.ts';
import { isValidRijksregisternummer, passesElfproef } from '../../../shared/privacy/number-finders.ts';

/** Sentences that name or point to a person: each must be flagged, with the expected kind and text. */
const MUST_FLAG: ReadonlyArray<readonly [string, IdentifierKind, string]> = [
  ['Mevrouw Jansen kwam te laat op de consultatie.', 'name', 'Mevrouw Jansen'],
  ['Ik had een gesprek met meneer De Smet over de bevalling.', 'name', 'meneer De Smet'],
  ['De baby Noor werd te vroeg geboren.', 'name', 'baby Noor'],
  ['Dhr. Van den Broeck belde twee keer.', 'name', 'Dhr. Van den Broeck'],
  ['Dr. Peeters wilde niet luisteren.', 'name', 'Dr. Peeters'],
  ['Ik sprak met collega Sofie over de nachtdienst.', 'name', 'collega Sofie'],
  ['De zwangere Amira had veel pijn.', 'name', 'zwangere Amira'],
  ['De moeder Yasmina bleef stil.', 'name', 'moeder Yasmina'],
  ['Ik belde de vroedvrouw Els Vermeulen.', 'name', 'vroedvrouw Els Vermeulen'],
  ['Fatima vertelde dat ze bang was.', 'name', 'Fatima'],
  ['De vader, Mohamed, was boos op de gynaecoloog.', 'name', 'Mohamed'],
  ['Ik heb het besproken met Hermelien Verbruggen van de dienst.', 'name', 'Hermelien Verbruggen'],
  ['Haar huisarts dr. Claes had het gemist.', 'name', 'dr. Claes'],
  ['Cliënte Van Damme wilde geen epidurale.', 'name', 'Cliënte Van Damme'],
  ['Mevrouw J. had al drie kinderen.', 'initials', 'Mevrouw J.'],
  ['Cliënte A.B. vroeg om een tolk.', 'initials', 'Cliënte A.B.'],
  ['Zij is bevallen op 12/03/2024 in het ziekenhuis.', 'date', '12/03/2024'],
  ['Geboren op 3 maart 2024, na een lange nacht.', 'date', '3 maart 2024'],
  ['De uitgerekende datum was 12-3-24.', 'date', '12-3-24'],
  ['Ze is geboren op 14 februari.', 'date', '14 februari'],
  ['Ze was opgenomen in maart 2023 en wilde niet praten.', 'date', 'maart 2023'],
  ['Ze woont in 9000 Gent, vlak bij het station.', 'postcode', '9000 Gent'],
  ['Haar adres is 1234 AB, dus ik kende de buurt.', 'postcode', '1234 AB'],
  ['Ze gaf me haar nummer: 0470 12 34 56.', 'phone', '0470 12 34 56'],
  ['Bel haar op +31 6 12345678 als het niet lukt.', 'phone', '+31 6 12345678'],
  ['Het nummer van de afdeling is 09/123.45.67.', 'phone', '09/123.45.67'],
  ['Zij belde vanaf 06-12345678 midden in de nacht.', 'phone', '06-12345678'],
  ['Haar mail was lien.peeters@telenet.be, dat stond in het dossier.', 'email', 'lien.peeters@telenet.be'],
  ['Haar rijksregisternummer 85.07.30-033.28 stond op het formulier.', 'national-number', '85.07.30-033.28'],
  ['Het BSN 111222333 stond op het dossier.', 'national-number', '111222333'],
];

/** Ordinary intervisie sentences: none of these should be flagged (at most one false alarm allowed). */
const MUST_NOT_FLAG: readonly string[] = [
  'Ik voelde me machteloos toen ze wegging.',
  'Op maandag was de afdeling druk.',
  'De Vroedvrouw in mij wilde meteen ingrijpen.',
  'Ik merkte dat ik boos werd op de moeder.',
  'In maart hadden we minder bevallingen dan anders.',
  'Het gesprek duurde 45 minuten en liep uit.',
  'Ze zei dat ze zich niet gehoord voelde.',
  'Wat had ik nodig in dat moment? Rust en erkenning.',
  'De collega van de nachtdienst nam het over.',
  'Vrijdag heb ik er nog lang over nagedacht.',
  'Ik ben bang dat ik te snel oordeelde.',
  'Ben je er klaar voor, vroeg de supervisor.',
  'Sinds 2019 werk ik op de materniteit.',
  'De baby sliep eindelijk na twee uur.',
  'We hebben 3 vragen gesteld en 2 beantwoord.',
  'Het thema was grenzen stellen bij veeleisende ouders.',
  'Om 10.30 uur begon de kring.',
  'Volgende keer bespreken we de casus van de nachtdienst.',
  'Zij sprak alleen Frans en de tolk kwam niet.',
  'N.B. de inbreng werd ingekort.',
  'Ik voelde verdriet, en ook opluchting.',
  'De gynaecoloog had weinig tijd voor haar.',
  'Na de bevalling was iedereen uitgeput.',
  'Mijn vraag aan de kring: hoe blijf ik rustig?',
  'In december starten we met een nieuwe groep.',
  'Ook in het weekend is de druk hoog, zeker op zondag.',
  'Cliënte A voelde zich niet gehoord door het team.',
  'Zwangere vrouwen hebben soms veel vragen.',
  'De zwangerschap duurde 38 weken.',
  'Tijdens de stille inventaris kwam er veel onrust naar boven.',
  'Herkenning: ook ik twijfel soms aan mezelf.',
  'Op 12 maart is onze volgende intervisie.',
  // Capitals in the middle of a sentence that are not names:
  'Ze sprak alleen Engels, dus we werkten met een tolk.',
  'Tijdens de Ramadan at ze overdag niet.',
  'Een Syrische moeder voelde zich niet begrepen.',
  'We werken met de methode van Balint.',
  'De nabespreking gebeurde via Teams.',
  'Veel Marokkaanse moeders bevallen hier.',
  'Onze Turkse tolk was die dag ziek.',
];

describe('findIdentifiers', () => {
  it.each(MUST_FLAG)('flags: %s', (sentence, kind, match) => {
    const findings = findIdentifiers(sentence);
    expect(findings.map((f) => [f.kind, f.match])).toContainEqual([kind, match]);
  });

  it(`flags all ${MUST_FLAG.length} identifying sentences`, () => {
    expect(MUST_FLAG.length).toBeGreaterThanOrEqual(25);
    const missed = MUST_FLAG.filter(([s]) => findIdentifiers(s).length === 0);
    expect(missed).toEqual([]);
  });

  it(`raises at most one false alarm on ${MUST_NOT_FLAG.length} ordinary intervisie sentences`, () => {
    expect(MUST_NOT_FLAG.length).toBeGreaterThanOrEqual(25);
    const alarms = MUST_NOT_FLAG.map((s) => ({ s, f: findIdentifiers(s).map((x) => `${x.kind}:${x.match}`) })).filter((x) => x.f.length > 0);
    expect(alarms.length, JSON.stringify(alarms)).toBeLessThanOrEqual(1);
  });

  it.each([
    'Sommige Syrische vrouwen kennen het systeem hier niet.',
    'Ik. Ik wist het echt niet meer.',
    'Maandag Januari Dinsdag, alles liep door elkaar.',
    'Toen riep de moeder de Vroedvrouw erbij.',
    'Herkenbaar Verdriet was het thema van de avond.',
  ])('does not flag sentence-initial capitals, "Ik", day or month names or a role word: %s', (sentence) => {
    expect(findIdentifiers(sentence)).toEqual([]);
  });

  it('offsets point at the match, and every finding explains itself in Dutch and English', () => {
    const text = 'Mevrouw Jansen (tel. 0470 12 34 56) is bevallen op 12/03/2024 en woont in 1234 AB; mail: a.b@c.nl.';
    const findings = findIdentifiers(text);
    expect(findings.map((f) => f.kind)).toEqual(['name', 'phone', 'date', 'postcode', 'email']);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.message.nl.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.suggestion.nl.length).toBeGreaterThan(0);
    }
    expect(findings[0]?.suggestion).toEqual({ nl: 'cliënte A', en: 'client A' });
    expect(findings[2]?.suggestion).toEqual({ nl: '[datum]', en: '[date]' });
  });

  it('suggests a role label, without a second article when one is already there', () => {
    expect(findIdentifiers('Ik sprak met collega Sofie.')[0]?.suggestion.nl).toBe('een collega');
    expect(findIdentifiers('Ik sprak met de collega Sofie.')[0]?.suggestion.nl).toBe('collega');
    expect(findIdentifiers('Toen kwam baby Noor.')[0]?.suggestion.nl).toBe('de baby');
  });

  it('does not flag participants named in knownNames, but still flags others', () => {
    const text = 'Sofie gaf feedback aan collega Lien, over mevrouw Peeters.';
    const without = findIdentifiers(text).map((f) => f.match);
    expect(without).toEqual(['Sofie', 'collega Lien', 'mevrouw Peeters']);
    const withKnown = findIdentifiers(text, { knownNames: ['Sofie', 'Lien De Wolf'] }).map((f) => f.match);
    expect(withKnown).toEqual(['mevrouw Peeters']);
  });

  it('a partial date counts only when it is about a birth, delivery or admission', () => {
    expect(findIdentifiers('Op 14 februari hadden we intervisie.')).toEqual([]);
    expect(findIdentifiers('Op 14 februari is ze bevallen.').map((f) => f.match)).toEqual(['14 februari']);
    expect(findIdentifiers('Ze is geboren in 1987.').map((f) => f.match)).toEqual(['1987']);
  });

  it('checks the BSN elfproef and the rijksregister check digits', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(findIdentifiers('Dossiernummer 123456789 klopt niet.')).toEqual([]);
    expect(isValidRijksregisternummer('85073003328')).toBe(true);
    expect(isValidRijksregisternummer('85073003329')).toBe(false);
    expect(findIdentifiers('Nummer 85073003328 gevonden.').map((f) => f.kind)).toEqual(['national-number']);
  });

  it('is pure and cheap: a long note is scanned quickly', () => {
    const note = MUST_NOT_FLAG.join(' ').repeat(20);
    const t = performance.now();
    findIdentifiers(note);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
