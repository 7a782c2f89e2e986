/**
 * Each window carries only its own words in one language (scripts/words, renderer/i18n/words.ts):
 * what the build gives each window, and what a window does when its words arrive, change or lack one.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_KEYS } from '../../../shared/i18n/compile.ts';
import { STRINGS } from '../../../shared/i18n/messages.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { NUDGE_PRESETS } from '../../../shared/ipc/nudges.ts';
import { keysUsedBy } from '../../../scripts/words/keys-used.ts';
import { windowWords } from '../../../scripts/words/vite-plugin.ts';
import { allWords } from '../../support/all-words.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRIES = {
  supervisor: resolve(ROOT, 'renderer/supervisor/main.tsx'),
  timekeeper: resolve(ROOT, 'renderer/timekeeper/main.tsx'),
  circle: resolve(ROOT, 'renderer/circle/main.ts'),
};
const used = (role: keyof typeof ENTRIES) => keysUsedBy(ENTRIES[role], ALL_KEYS);

/** What the build makes of `virtual:kring-words/<role>/<lang>`. */
function chunk(role: string, lang: string): Record<string, unknown> {
  const plugin = windowWords(ENTRIES);
  const load = plugin.load as (id: string) => string;
  const code = load(`\0virtual:kring-words/${role}/${lang}`);
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>;
}

describe('the words the build gives each window', () => {
  it('are the ones its screens name: the timekeeper has its buttons, not the vault or the exports', () => {
    const timekeeper = used('timekeeper');
    expect([...timekeeper]).toEqual(expect.arrayContaining(['time.pause', 'time.resume', 'step.numberOf', 'common.connecting', 'app.crashed']));
    expect(timekeeper.has('vault.wrongPassphrase')).toBe(false);
    expect(timekeeper.has('export.foundTitle')).toBe(false);
    expect(timekeeper.size).toBeLessThan(ALL_KEYS.length / 3);
  });

  it('never give the circle display the words of a nudge', () => {
    const circle = used('circle');
    const nudgeKeys = ALL_KEYS.filter((k) => k.startsWith('nudge.'));
    expect(nudgeKeys.length).toBeGreaterThanOrEqual(NUDGE_PRESETS.length);
    expect(nudgeKeys.filter((k) => circle.has(k))).toEqual([]);
  });

  it('come in one language, parsed where the message has an argument', () => {
    const en = chunk('circle', 'en');
    expect(Object.keys(en).sort()).toEqual([...used('circle')].sort());
    expect(en['step.numberOf']).toEqual(expect.any(Array));
    const phase = 'phase.break' as MessageKey;
    expect(en[phase]).toBe(STRINGS[phase].en);
    const dutch = JSON.stringify(chunk('circle', 'nl-BE'));
    expect(dutch).toContain(STRINGS[phase].nl);
    expect(dutch).not.toContain(`"${STRINGS[phase].en}"`);
  });

  it('for a key no window names, are the whole catalog of the language', () => {
    expect(Object.keys(chunk('all', 'nl-NL')).length).toBe(ALL_KEYS.length);
  });
});

describe('a window with its own words', () => {
  afterEach(() => vi.restoreAllMocks());

  async function freshWindow(role: 'timekeeper' | 'circle', keys: MessageKey[]) {
    vi.resetModules();
    const words = await import('../../../renderer/i18n/words.ts');
    const loads: string[] = [];
    let release = (): void => undefined;
    const slow = new Promise<void>((r) => (release = r));
    words.useWordsFrom(role, async (which, lang) => {
      loads.push(`${which}/${lang}`);
      if (lang === 'en') await slow;
      const everything = allWords(lang);
      const subset = which === 'all' ? everything : Object.fromEntries(keys.map((k) => [k, everything[k]]));
      return { default: subset };
    });
    return { words, loads, release };
  }

  it('draws in a language only once its words are here, and a quick switch back wins over a slow load', async () => {
    const { words, loads, release } = await freshWindow('timekeeper', ['time.pause']);
    await words.chooseLanguage('nl-BE');
    expect(words.readyLang.get()).toBe('nl-BE');
    expect(words.translate('nl-BE', 'time.pause')).toBe('Pauzeer');
    const english = words.chooseLanguage('en');
    expect(words.readyLang.get()).toBe('nl-BE');
    await words.chooseLanguage('nl-BE');
    release();
    await english;
    expect(words.readyLang.get()).toBe('nl-BE');
    expect(loads).toEqual(['timekeeper/nl-BE', 'timekeeper/en']);
    await words.chooseLanguage('en');
    expect(words.readyLang.get()).toBe('en');
    expect(words.translate('en', 'time.pause')).toBe('Pause');
  });

  it('says so and loads the rest when its screen asks for a word it lacks, then shows it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { words, loads } = await freshWindow('circle', ['phase.break']);
    await words.chooseLanguage('nl-NL');
    const redrawn = vi.fn();
    words.wordsVersion.subscribe(redrawn);
    expect(words.translate('nl-NL', 'time.pause')).toBe('');
    expect(error.mock.calls[0]?.[0]).toMatch(/^Kring: woorden ontbreken.*time\.pause/);
    await vi.waitFor(() => expect(redrawn).toHaveBeenCalled());
    expect(loads).toContain('all/nl-NL');
    expect(words.translate('nl-NL', 'time.pause')).toBe('Pauzeer');
  });

  it('formats counted messages from their build-time parse', async () => {
    const { words } = await freshWindow('timekeeper', []);
    const { compiledWords } = await import('../../../shared/i18n/compile.ts');
    words.installWords('nl-BE', compiledWords('nl-BE', ['step.numberOf', 'signal.warning']));
    expect(words.translate('nl-BE', 'step.numberOf', { n: 3, total: 6 })).toBe('Stap 3 van 6');
    expect(words.translate('nl-BE', 'signal.warning', { min: 1 })).toMatch(/\b1 minuut\b/);
    expect(words.translate('nl-BE', 'signal.warning', { min: 2 })).toMatch(/\b2 minuten\b/);
  });
});
