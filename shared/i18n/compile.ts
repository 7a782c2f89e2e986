/** Build time only (vite.renderer.config.ts): every catalog message with an argument, parsed. */
import { parse } from '@formatjs/icu-messageformat-parser';
import { LANGUAGES } from './lang.ts';
import { STRINGS } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { messageText, PARSE_OPTIONS } from './translate.ts';

export function compiledCatalog(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const lang of LANGUAGES) {
    for (const key of Object.keys(STRINGS) as MessageKey[]) {
      const text = messageText(lang, key);
      if (text.includes('{')) out[`${lang}\u0000${key}`] = parse(text, PARSE_OPTIONS);
    }
  }
  return out;
}
