/**
 * One `translate(lang, key, vars)` for every process: the windows (through `useT`), main (menus,
 * dialogs, notifications) and the exports. Messages are ICU MessageFormat, formatted by FormatJS's
 * intl-messageformat with the platform's Intl (plural rules, numbers, dates): no data is fetched.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Localized } from '../method/types.ts';
import { baseOf, intlLocale } from './lang.ts';
import type { Lang } from './lang.ts';
import { STRINGS } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { PRECOMPILED } from './precompiled.ts';
import { REGIONAL } from './regional.ts';

export type Vars = Record<string, string | number | Date>;

/** The raw ICU text of a message in a language: the regional overlay first, then the catalog. */
export function messageText(lang: Lang, key: MessageKey): string {
  if (lang === 'en') return STRINGS[key].en;
  return REGIONAL[lang][key] ?? STRINGS[key].nl;
}

/** `<` is text, not a tag: Kring's messages carry no markup. The same at build time (compile.ts). */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

const compiled = new Map<string, IntlMessageFormat>();

function format(lang: Lang, cacheKey: string, text: string, vars?: Vars): string {
  if (!text.includes('{')) return text;
  let message = compiled.get(cacheKey);
  try {
    if (!message) {
      // Parsed at build time in the windows; parsed here on first use in main and in the tests.
      const source = (PRECOMPILED?.[cacheKey] ?? text) as ConstructorParameters<typeof IntlMessageFormat>[0];
      message = new IntlMessageFormat(source, intlLocale(lang), undefined, PARSE_OPTIONS);
      compiled.set(cacheKey, message);
    }
    return String(message.format(vars ?? {}));
  } catch {
    // A missing variable or a broken message must never take a window down: show the text as written.
    return text;
  }
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return format(lang, `${lang}\u0000${key}`, messageText(lang, key), vars);
}

/**
 * A Localized text (method content, a message from main) in a language: its regional variant when
 * it has one, otherwise its `nl` or `en`. `{name}` placeholders are filled in plainly (these texts
 * are not ICU messages: main composes them itself).
 */
export function localize(text: Localized, lang: Lang, vars?: Vars): string {
  const chosen = (lang !== 'en' ? text[lang] : undefined) ?? text[baseOf(lang)];
  return interpolate(chosen, vars);
}

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
