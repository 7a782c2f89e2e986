/**
 * `t` for one language, without React: `t('key', { n: 3 })` and `t.l(localized)`. The React
 * windows get it from `useT()` (index.ts); the circle display, which has no React, makes it here.
 */
import type { Localized } from '../../shared/method/types.ts';
import { baseOf } from '../../shared/i18n/lang.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { localize } from '../../shared/i18n/localize.ts';
import type { Vars } from '../../shared/i18n/localize.ts';
import { readyLang, translate } from './words.ts';

export type StringKey = MessageKey;

export interface T {
  (key: StringKey, vars?: Vars): string;
  /** Pick the language from a Localized text (method content, messages from main). */
  l: (text: Localized, vars?: Vars) => string;
  lang: Lang;
  /** 'nl' or 'en': for the `lang` attribute and for code that only cares about Dutch or not. */
  base: 'nl' | 'en';
}

export function makeT(lang: Lang): T {
  const t = ((key: StringKey, vars?: Vars) => translate(lang, key, vars)) as T;
  t.l = (text, vars) => localize(text, lang, vars);
  t.lang = lang;
  t.base = baseOf(lang);
  return t;
}

/** For code outside React (notifications, document title, the circle display). */
export function currentT(): T {
  return makeT(readyLang.get());
}
