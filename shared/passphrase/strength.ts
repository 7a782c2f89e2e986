/** How strong a chosen passphrase looks: a hint while choosing, pure so every window can show it. */
import type { Localized } from '../method/types.ts';

export const MIN_PASSPHRASE_LENGTH = 8;

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  hint: Localized;
}

const TOO_COMMON = new Set([
  'password', 'password1', 'wachtwoord', 'wachtwoord1', 'welkom01', 'welkom123', '12345678', '123456789',
  '1234567890', 'qwertyui', 'qwerty123', 'azertyui', 'azerty123', 'iloveyou', 'abcdefgh', 'abc12345',
  'kring123', 'intervisie', 'supervisie', 'geheim123', 'letmein1', 'welcome1', 'passw0rd',
]);

const HINTS: Record<0 | 1 | 2 | 3 | 4, Localized> = {
  0: {
    nl: 'Te kort of te makkelijk te raden. Gebruik minstens 8 tekens, liefst een zin van een paar woorden.',
    en: 'Too short or too easy to guess. Use at least 8 characters, preferably a sentence of a few words.',
  },
  1: {
    nl: 'Zwak. Maak het langer, bijvoorbeeld vier losse woorden die alleen jij met elkaar verbindt.',
    en: 'Weak. Make it longer, for example four unrelated words that only you connect.',
  },
  2: {
    nl: 'Redelijk. Nog een of twee woorden erbij maken het sterk.',
    en: 'Fair. One or two more words make it strong.',
  },
  3: {
    nl: 'Sterk. Bewaar het op een veilige plek: zonder dit wachtwoord zijn je notities niet terug te halen.',
    en: 'Strong. Keep it somewhere safe: without this passphrase your notes cannot be recovered.',
  },
  4: {
    nl: 'Heel sterk. Bewaar het op een veilige plek: zonder dit wachtwoord zijn je notities niet terug te halen.',
    en: 'Very strong. Keep it somewhere safe: without this passphrase your notes cannot be recovered.',
  },
};

function isSequenceOrRepeat(p: string): boolean {
  const codes = [...p].map((c) => c.codePointAt(0) ?? 0);
  if (codes.length < 2) return true;
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) > 1) return false;
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/**
 * A rough strength estimate, shown as a hint while choosing a passphrase. It never blocks
 * (only the 8-character minimum does). Based on length, variety and a short list of common choices.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const p = passphrase.normalize('NFC');
  const chars = [...p];
  const lower = p.toLowerCase();
  if (chars.length < MIN_PASSPHRASE_LENGTH || TOO_COMMON.has(lower) || isSequenceOrRepeat(lower)) {
    return { score: 0, hint: HINTS[0] };
  }
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/[^A-Za-z0-9\s]/.test(p)) pool += 20;
  if (/\s/.test(p)) pool += 1;
  // Repeated characters add little: count distinct characters more than raw length.
  const distinct = new Set(chars).size;
  const effectiveLength = Math.min(chars.length, distinct * 2);
  const bits = effectiveLength * Math.log2(Math.max(pool, 2));
  const words = p.trim().split(/\s+/).filter((w) => w.length >= 3).length;
  const bonus = words >= 4 ? 15 : words === 3 ? 8 : 0;
  const total = bits + bonus;
  const score: 1 | 2 | 3 | 4 = total < 45 ? 1 : total < 65 ? 2 : total < 90 ? 3 : 4;
  return { score, hint: HINTS[score] };
}
