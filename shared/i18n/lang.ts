/**
 * The three languages Kring speaks, and how the first start picks one from the operating system.
 * nl-BE and nl-NL share one Dutch catalog; `regional.ts` holds the few words that differ.
 */
export const LANGUAGES = ['nl-BE', 'nl-NL', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Kring's home: the method's manual is Flemish. Also the language when nothing else fits. */
export const DEFAULT_LANG: Lang = 'nl-BE';

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The catalog column a language reads: both Dutch variants read `nl`. */
export const baseOf = (lang: Lang): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');

/**
 * The locale handed to Intl (plural rules, dates, numbers). English follows British conventions
 * (day month year, 24-hour clock), which is what Kring's English-speaking teams in Belgium and the
 * Netherlands read.
 */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : lang);

/** "nl_BE.UTF-8", "nl-be", "nl-Latn-BE" → { language: 'nl', region: 'BE' } */
function parseLocale(tag: string): { language: string; region: string } {
  const parts = tag.split('.')[0]!.split('@')[0]!.split(/[-_]/);
  const language = (parts[0] ?? '').toLowerCase();
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase() ?? '';
  return { language, region };
}

/**
 * The first start's language, from the system's preferred locales (most preferred first):
 * the first Dutch or English one decides (Dutch from Belgium or without a region → nl-BE, Dutch
 * from anywhere else → nl-NL); with neither, a Belgian or Dutch region still picks its Dutch;
 * otherwise Kring starts in Dutch as Belgian Dutch, its home.
 */
export function languageFromLocales(locales: readonly (string | undefined | null)[]): Lang {
  const parsed = locales.filter((l): l is string => typeof l === 'string' && l.length > 0).map(parseLocale);
  for (const { language, region } of parsed) {
    if (language === 'nl') return region === '' || region === 'BE' ? 'nl-BE' : 'nl-NL';
    if (language === 'en') return 'en';
  }
  if (parsed.some((p) => p.region === 'NL')) return 'nl-NL';
  return DEFAULT_LANG;
}

/**
 * A stored language setting to one of the three: the earlier two-valued setting's 'nl' becomes the
 * Dutch that the system suggests (nl-NL on a Dutch system, otherwise nl-BE); anything unknown is
 * left for the settings check to reset.
 */
export function migrateLanguage(stored: unknown, systemLocales: readonly (string | undefined | null)[]): unknown {
  if (stored !== 'nl') return stored;
  const fromSystem = languageFromLocales(systemLocales);
  return fromSystem === 'en' ? DEFAULT_LANG : fromSystem;
}
