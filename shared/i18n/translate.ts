/**
 * `translate(lang, key, vars)` from the whole catalog, for main (menus, dialogs, notifications),
 * the exports and the tests. The windows carry only their own words, parsed at build time
 * (renderer/i18n/words.ts). Messages are ICU MessageFormat, formatted by FormatJS's
 * intl-messageformat with the platform's Intl (plural rules, numbers, dates): no data is fetched.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale } from './lang.ts';
import type { Lang } from './lang.ts';
import { STRINGS } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { REGIONAL } from './regional.ts';
import type { Vars } from './localize.ts';

export { interpolate, localize } from './localize.ts';
export type { Vars } from './localize.ts';

/** The raw ICU text of a message in a language: the regional overlay first, then the catalog. */
export function messageText(lang: Lang, key: MessageKey): string {
  if (lang === 'en') return STRINGS[key].en;
  return REGIONAL[lang][key] ?? STRINGS[key].nl;
}

/** `<` is text, not a tag: Kring's messages carry no markup. The same at build time (compile.ts). */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

const compiled = new Map<string, IntlMessageFormat>();

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = messageText(lang, key);
  if (!text.includes('{')) return text;
  const cacheKey = `${lang}\u0000${key}`;
  try {
    let message = compiled.get(cacheKey);
    if (!message) compiled.set(cacheKey, (message = new IntlMessageFormat(text, intlLocale(lang), undefined, PARSE_OPTIONS)));
    return String(message.format(vars ?? {}));
  } catch {
    // A missing variable or a broken message must never take a window down: show the text as written.
    return text;
  }
}
