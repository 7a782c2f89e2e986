/**
 * A window loads only its own words, in its own language: `virtual:kring-words` gives
 * `loadWords(role, lang)`, which imports a small chunk holding exactly the messages that role's
 * code can show (keys-used.ts), in that one language, already parsed (shared/i18n/compile.ts).
 * `loadWords('all', lang)` is the whole catalog of a language, for a key a window turns out to lack.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../shared/i18n/lang.ts';
import { ALL_KEYS, compiledWords } from '../../shared/i18n/compile.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { keysUsedBy } from './keys-used.ts';

const LOADER = 'virtual:kring-words';
const CHUNK = /^\0?virtual:kring-words\/([a-z]+)\/([a-zA-Z-]+)$/;

export function windowWords(entries: Record<string, string>): Plugin {
  const roles = [...Object.keys(entries), 'all'];
  const loader = () => {
    const cases = roles.flatMap((role) => LANGUAGES.map((lang) => `    case '${role}/${lang}': return import('${LOADER}/${role}/${lang}');`));
    return [
      'export function loadWords(role, lang) {',
      '  switch (`${role}/${lang}`) {',
      ...cases,
      "    default: return Promise.reject(new Error(`No words for ${role}/${lang}`));",
      '  }',
      '}',
    ].join('\n');
  };
  return {
    name: 'kring-window-words',
    resolveId(id) {
      if (id === LOADER || CHUNK.test(id)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${LOADER}`) return loader();
      const match = CHUNK.exec(id);
      if (!match) return null;
      const [, role, lang] = match as unknown as [string, string, Lang];
      const keys = role === 'all' ? ALL_KEYS : keysUsedBy(resolve(entries[role]!), ALL_KEYS);
      return `export default ${JSON.stringify(compiledWords(lang, keys))};`;
    },
  };
}
