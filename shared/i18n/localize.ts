/**
 * Texts that are not catalog messages: method content and messages from main (`Localized`), and
 * plain `{name}` placeholders. No catalog here, so a window can use these without loading it.
 */
import type { Localized } from '../method/types.ts';
import { baseOf } from './lang.ts';
import type { Lang } from './lang.ts';

export type Vars = Record<string, string | number | Date>;

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
