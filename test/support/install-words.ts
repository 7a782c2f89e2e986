/** Vitest setup: the windows' words are all there, and the shown language follows the settings. */
import { LANGUAGES } from '../../shared/i18n/lang.ts';
import { chooseLanguage, installWords } from '../../renderer/i18n/words.ts';
import { settingsStore } from '../../renderer/common/store.ts';
import { allWords } from './all-words.ts';

for (const lang of LANGUAGES) installWords(lang, allWords(lang));
void chooseLanguage(settingsStore.get().language);
settingsStore.subscribe(() => void chooseLanguage(settingsStore.get().language));
