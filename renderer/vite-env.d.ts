/// <reference types="vite/client" />

/** Built by scripts/words/vite-plugin.ts: a window's own words in one language, parsed. */
declare module 'virtual:kring-words' {
  export const loadWords: import('./i18n/words.ts').Loader;
}
