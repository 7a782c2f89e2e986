/**
 * Main decides whether a new passphrase is strong enough. The estimate comes from zxcvbn-ts (a
 * maintained port of Dropbox's zxcvbn) with its common, Dutch (nl-BE) and English dictionaries:
 * it recognises common passwords, names, words, dates, keyboard rows and l33t-speak, which a
 * hand-written length-and-variety rule cannot. The dictionaries are a few MB, so they live only
 * in main and are imported on the first check, not at start-up (the windows ask main for the verdict).
 */
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { Localized } from '../../../shared/method/types.ts';
import { MIN_PASSPHRASE_LENGTH, type PassphraseVerdict } from '../../../shared/passphrase/strength.ts';

/**
 * At least 10^10 guesses (zxcvbn score 4). With scrypt at N=2^17 a well-equipped attacker with a
 * copied vault tries perhaps 10^4–10^5 guesses a second: 10^10 is days to months of work, where
 * score 3 (10^8) falls in under an hour. Four unrelated words reach 10^15 and more.
 */
export const MIN_GUESSES_LOG10 = 10;

/** Words anyone who knows the app or the trade would try first. */
const CONTEXT_WORDS = ['kring', 'intervisie', 'supervisie', 'supervisor', 'balint', 'casus', 'cliënt', 'cliënte', 'wachtwoord', 'kluis', 'geheim', 'welkom'];

let estimator: Promise<ZxcvbnFactory> | undefined;
let release: ReturnType<typeof setTimeout> | undefined;
/** The dictionaries take ~50 MB of heap: let them go when nobody has chosen a passphrase for a while. */
const KEEP_LOADED_MS = 2 * 60_000;

function releaseLater(): void {
  if (release) clearTimeout(release);
  release = setTimeout(() => {
    estimator = undefined;
  }, KEEP_LOADED_MS);
  release.unref?.();
}

function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english, dutch] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-nl-be'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...dutch.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      // Levenshtein matching would cost ~300 ms a check; l33t and reversed words are matched anyway.
      useLevenshteinDistance: false,
    });
  })();
  estimator.catch(() => {
    estimator = undefined; // try again next time
  });
  return estimator;
}

const ADVICE = {
  tooShort: {
    nl: `Kies minstens ${MIN_PASSPHRASE_LENGTH} tekens. Vier losse woorden werken goed, bijvoorbeeld "fiets regen tafel koffie" (maar kies je eigen).`,
    en: `Choose at least ${MIN_PASSPHRASE_LENGTH} characters. Four unrelated words work well, for example "bicycle rain table coffee" (but choose your own).`,
  },
  common: {
    nl: 'Dit wachtwoord staat in de lijsten die inbrekers eerst proberen. Vier losse woorden werken goed: woorden die niets met elkaar of met jou te maken hebben.',
    en: 'This passphrase is on the lists attackers try first. Four unrelated words work well: words that have nothing to do with each other or with you.',
  },
  weak: {
    nl: 'Te makkelijk te raden: een woord met een jaartal, naam of teken erachter is snel gevonden. Vier losse woorden werken goed, bijvoorbeeld "fiets regen tafel koffie" (maar kies je eigen).',
    en: 'Too easy to guess: a word with a year, name or symbol added is found quickly. Four unrelated words work well, for example "bicycle rain table coffee" (but choose your own).',
  },
  almost: {
    nl: 'Bijna sterk genoeg. Voeg nog een los woord toe; vier losse woorden werken goed.',
    en: 'Almost strong enough. Add one more unrelated word; four unrelated words work well.',
  },
  strong: {
    nl: 'Sterk genoeg. Bewaar het op een veilige plek: zonder dit wachtwoord zijn je notities niet terug te halen.',
    en: 'Strong enough. Keep it somewhere safe: without this passphrase your notes cannot be recovered.',
  },
} satisfies Record<string, Localized>;

function lengthInCharacters(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

function looksLikeAKnownPassword(result: ZxcvbnResult): boolean {
  return result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common' && m.token.length >= result.password.length - 4);
}

/** The verdict main gives on a passphrase someone wants to choose. Never logs or keeps it. */
export async function judgePassphrase(passphrase: string): Promise<PassphraseVerdict> {
  if (lengthInCharacters(passphrase) < MIN_PASSPHRASE_LENGTH) return { acceptable: false, score: 0, advice: ADVICE.tooShort };
  // zxcvbn looks at the first 256 characters; anything beyond that only adds strength.
  const result = (await zxcvbn()).check(passphrase.normalize('NFC').slice(0, 256), CONTEXT_WORDS);
  releaseLater();
  const log10 = result.guessesLog10;
  if (log10 >= MIN_GUESSES_LOG10) return { acceptable: true, score: 4, advice: ADVICE.strong };
  if (looksLikeAKnownPassword(result) || log10 < 6) return { acceptable: false, score: log10 < 4 ? 0 : 1, advice: looksLikeAKnownPassword(result) ? ADVICE.common : ADVICE.weak };
  return { acceptable: false, score: log10 < 8 ? 2 : 3, advice: log10 < 8 ? ADVICE.weak : ADVICE.almost };
}
