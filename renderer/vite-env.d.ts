/// <reference types="vite/client" />

/** Built by scripts/words/vite-plugin.ts: a window's own words in one language, parsed. */
declare module 'virtual:kring-words' {
  import type { CompiledWords } from '../shared/i18n/compile.ts';
  export function loadWords(role: 'supervisor' | 'timekeeper' | 'circle' | 'all', lang: 'nl-BE' | 'nl-NL' | 'en'): Promise<{ default: CompiledWords }>;
}
