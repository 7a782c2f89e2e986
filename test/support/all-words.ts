/**
 * The tests' stand-in for the windows' build-made words (virtual:kring-words): every message of
 * every language, as ICU source (the tests have FormatJS's parser). Installed before each test file
 * (vitest.config.ts setupFiles), and the shown language follows the settings store at once, so a
 * component renders in the language a test sets.
 */
import type { Lang } from '../../shared/i18n/lang.ts';
import { STRINGS } from '../../shared/i18n/messages.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { messageText } from '../../shared/i18n/translate.ts';
import type { CompiledWords } from '../../shared/i18n/compile.ts';

export function allWords(lang: Lang): CompiledWords {
  const out: CompiledWords = {};
  for (const key of Object.keys(STRINGS) as MessageKey[]) out[key] = messageText(lang, key);
  return out;
}

export function loadWords(_role: string, lang: Lang): Promise<{ default: CompiledWords }> {
  return Promise.resolve({ default: allWords(lang) });
}
