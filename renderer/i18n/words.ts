/**
 * The words this window has: per language, the messages its code can show (loaded as a small chunk
 * built for this window, scripts/words), formatted with FormatJS's intl-messageformat from their
 * build-time parse. A language counts as ready once its words are here; the windows render in the
 * ready language, so a language change never shows a half-translated screen.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { CompiledMessage, CompiledWords } from '../../shared/i18n/compile.ts';
import { DEFAULT_LANG, intlLocale } from '../../shared/i18n/lang.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Vars } from '../../shared/i18n/localize.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { createStore } from '../common/create-store.ts';

/** Where a window's words come from (virtual:kring-words): its own chunk, or 'all' of a language. */
export type Loader = (role: WindowRole | 'all', lang: Lang) => Promise<{ default: CompiledWords }>;

const words = new Map<Lang, CompiledWords>();
const formats = new Map<string, IntlMessageFormat>();
let role: WindowRole | 'all' = 'all';
let loader: Loader | null = null;
const asked = new Map<string, Promise<void>>();
let wanted: Lang = DEFAULT_LANG;

/** Bumped whenever words arrive, so what is on screen is drawn again with them. */
export const wordsVersion = createStore(0);
/** The language the windows render in: the chosen one once its words are here. */
export const readyLang = createStore<Lang>(DEFAULT_LANG);

export function installWords(lang: Lang, more: CompiledWords): void {
  words.set(lang, { ...words.get(lang), ...more });
  wordsVersion.set(wordsVersion.get() + 1);
}

/** Where words come from: this window's role and the build's loader (virtual:kring-words). */
export function useWordsFrom(windowRole: WindowRole, load: Loader): void {
  role = windowRole;
  loader = load;
}

function load(which: WindowRole | 'all', lang: Lang): Promise<void> {
  const id = `${which}/${lang}`;
  let pending = asked.get(id);
  if (!pending) {
    pending = (loader ? loader(which, lang) : Promise.reject(new Error('no words loader')))
      .then((chunk) => installWords(lang, chunk.default))
      .catch((error: unknown) => {
        asked.delete(id);
        throw error;
      });
    asked.set(id, pending);
  }
  return pending;
}

/** Start fetching a language's words before it is chosen (the one this window showed last time). */
export function prefetchWords(lang: Lang): void {
  void load(role, lang).catch(() => undefined);
}

/** Make `lang` the window's language as soon as its words are here (at once when they already are). */
export function chooseLanguage(lang: Lang): Promise<void> {
  wanted = lang;
  if (words.has(lang)) {
    readyLang.set(lang);
    return Promise.resolve();
  }
  return load(role, lang).then(
    // A person who switched on again meanwhile gets what they chose last.
    () => {
      if (wanted === lang) readyLang.set(lang);
    },
    // Without its words the window stays in the language it has: readable beats blank.
    (error: unknown) => console.error('Kring: de woorden voor deze taal konden niet laden.', error),
  );
}

function literalText(message: CompiledMessage): string {
  if (typeof message === 'string') return message;
  return message.map((part) => ('value' in part && part.type === 0 ? part.value : '')).join('');
}

/**
 * A key this window's words lack (it should not happen: the build finds every key the window's
 * code names). The language's whole catalog is loaded and the screen redrawn; the console says so,
 * and the e2e specs fail on that line.
 */
const reported = new Set<string>();
function lacking(lang: Lang, key: MessageKey): string {
  if (reported.has(key)) return '';
  reported.add(key);
  console.error(`Kring: woorden ontbreken in dit venster (${key}); ze worden alsnog geladen.`);
  void load('all', lang).catch(() => undefined);
  return '';
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const message = words.get(lang)?.[key];
  if (message === undefined) return lacking(lang, key);
  // Plain text, or (only where the parser is there: the tests) ICU source still to be parsed.
  if (typeof message === 'string' && !message.includes('{')) return message;
  const id = `${lang}\u0000${key}`;
  try {
    let format = formats.get(id);
    if (!format) formats.set(id, (format = new IntlMessageFormat(message, intlLocale(lang), undefined, { ignoreTag: true })));
    return String(format.format(vars ?? {}));
  } catch {
    // A missing variable must never take a window down: show the message's own words.
    return literalText(message);
  }
}
