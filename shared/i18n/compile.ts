/**
 * Build time only (scripts/words): a language's messages as a window ships them. A message with an
 * argument is parsed here, so the windows carry FormatJS's formatter without its parser; one
 * without is its plain text.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Lang } from './lang.ts';
import { STRINGS } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { messageText, PARSE_OPTIONS } from './translate.ts';

export type CompiledMessage = string | MessageFormatElement[];
export type CompiledWords = Partial<Record<MessageKey, CompiledMessage>>;

export const ALL_KEYS = Object.keys(STRINGS) as MessageKey[];

export function compiledWords(lang: Lang, keys: Iterable<MessageKey> = ALL_KEYS): CompiledWords {
  const out: CompiledWords = {};
  for (const key of [...keys].sort()) {
    const text = messageText(lang, key);
    out[key] = text.includes('{') ? parse(text, PARSE_OPTIONS) : text;
  }
  return out;
}
