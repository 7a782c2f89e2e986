// @vitest-environment jsdom
/**
 * The one catalog (shared/i18n): complete in all three languages, every message valid ICU with the
 * same variables in every language, every key used and every used key there, plurals right.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, localize, messageText, REGIONAL, STRINGS, translate } from '../../../shared/i18n/index.ts';
import type { Lang, MessageKey } from '../../../shared/i18n/index.ts';
import * as METHOD from '../../../shared/method/index.ts';
import type { Localized } from '../../../shared/method/index.ts';
import { makeT } from '../../../renderer/i18n/index.ts';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels.ts';
import { compiledWords } from '../../../shared/i18n/compile.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const KEYS = Object.keys(STRINGS) as MessageKey[];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };
const ast = (text: string, lang: Lang) => new IntlMessageFormat(text, lang === 'en' ? 'en-GB' : lang).getAst() as unknown as Element[];
/** Variable name → kind (1 plain, 2 number, 3 date, 4 time, 5 select, 6 plural). */
function variables(elements: Element[], into = new Map<string, number>()): Map<string, number> {
  for (const el of elements) {
    if (el.type >= 1 && el.type <= 6 && el.value) into.set(el.value, el.type === 4 ? 3 : el.type);
    for (const option of Object.values(el.options ?? {})) variables(option.value, into);
    if (el.children) variables(el.children, into);
  }
  return into;
}
const hasPlural = (elements: Element[]): boolean => elements.some((el) => el.type === 6 || Object.values(el.options ?? {}).some((o) => hasPlural(o.value)));
const sig = (m: Map<string, number>) => [...m].map(([k, v]) => `${k}:${v}`).sort().join(',');

describe('the catalog', () => {
  it('has a Dutch and an English text for every key, without stray spaces', () => {
    const bad = KEYS.filter((k) => {
      const v = STRINGS[k];
      return !v.nl || !v.en || v.nl.trim() !== v.nl || v.en.trim() !== v.en || /\s{2,}/.test(v.nl + v.en);
    });
    expect(bad).toEqual([]);
  });

  it('is valid ICU in nl-BE, nl-NL and en, with the same variables in every language', () => {
    const bad: string[] = [];
    for (const key of KEYS) {
      const expected = sig(variables(ast(STRINGS[key].nl, 'nl-BE')));
      for (const lang of LANGUAGES) {
        try {
          const got = sig(variables(ast(messageText(lang, key), lang)));
          if (got !== expected) bad.push(`${key} [${lang}]: ${got} ≠ ${expected}`);
        } catch (e) {
          bad.push(`${key} [${lang}]: ${String(e)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no Dutch sentence left untranslated', () => {
    const same = KEYS.filter((k) => STRINGS[k].nl.split(' ').length > 2 && STRINGS[k].nl === STRINGS[k].en);
    expect(same).toEqual([]);
  });

  it('keeps the regional tables small and real: each entry differs from the shared Dutch', () => {
    for (const [region, overlay] of Object.entries(REGIONAL)) {
      for (const [key, text] of Object.entries(overlay)) expect(text, `${region} ${key}`).not.toBe(STRINGS[key as MessageKey].nl);
      expect(Object.keys(overlay).length, region).toBeLessThan(30);
    }
  });

  it('has every key the code asks for, and the code asks for every key it has', () => {
    const files = ['renderer', 'shared', 'electron'].flatMap((d) => sources(join(ROOT, d))).filter((f) => !/shared[\\/]i18n[\\/](messages|regional)\.ts$/.test(f));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const asked = new Set([...code.matchAll(/'([a-z][a-zA-Z]*\.[a-zA-Z0-9.]+)'/g)].map((m) => m[1]!));
    const known = new Set<string>(KEYS);
    // Channel names (from the contract's own list) and file names look like keys too; they are not strings to show.
    const channels = new Set<string>(CHANNEL_NAMES);
    // …and so do file names and reverse-domain ids (the app's id on Windows)
    const fileName = /^([\w-]+\.(ts|tsx|js|cjs|mjs|json|html|css|md|png)|org\.[\w.]+)$/;
    const missing = [...asked].filter((k) => !known.has(k) && !channels.has(k) && !fileName.test(k));
    expect(missing).toEqual([]);
    const unused = [...known].filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});

describe('counted messages', () => {
  const counted = KEYS.filter((k) => hasPlural(ast(STRINGS[k].nl, 'nl-BE')) || hasPlural(ast(STRINGS[k].en, 'en')));
  /** Messages where Dutch deliberately says the same for one and many ("1 keer", "5 keer"). */
  const sameInDutch = new Set<MessageKey>(['obs.countLabel', 'privacy.more', 'doc.observationCount']);
  const varsFor = (key: MessageKey, n: number) => {
    const vars: Record<string, string | number> = {};
    for (const [name] of variables(ast(STRINGS[key].nl, 'nl-BE'))) vars[name] = name === 'limit' ? 11 : name === 'n' || name === 'min' ? n : 'x';
    return vars;
  };

  it('are there (the ones a person counts on screen)', () => {
    expect(counted).toEqual(expect.arrayContaining(['settings.favourites', 'history.retention', 'signal.warning', 'obs.countLabel', 'vault.minLength', 'doc.observationCount']));
  });

  for (const lang of LANGUAGES) {
    it(`read right for 0, 1, 2 and 5 in ${lang}`, () => {
      for (const key of counted) {
        const out = [0, 1, 2, 5].map((n) => translate(lang, key, varsFor(key, n)));
        for (const text of out) expect(text, key).not.toMatch(/[{}#]/);
        // One is not many: "1 favoriet", not "1 favorieten"; 2 and 5 use the same form.
        if (!(lang !== 'en' && sameInDutch.has(key))) expect(out[1], key).not.toBe(out[3]!.replace(/5/g, '1'));
        expect(out[2]!.replace(/2/g, '5'), key).toBe(out[3]);
      }
    });
  }

  it('say what a Dutch and an English reader expect', () => {
    const expectations: [MessageKey, Record<string, number>, Lang, string][] = [
      ['settings.favourites', { n: 0 }, 'nl-BE', 'Geen favorieten'],
      ['settings.favourites', { n: 1 }, 'nl-NL', '1 favoriet'],
      ['settings.favourites', { n: 5 }, 'nl-BE', '5 favorieten'],
      ['settings.favourites', { n: 1 }, 'en', '1 favourite'],
      ['settings.favourites', { n: 2 }, 'en', '2 favourites'],
      ['history.retention', { n: 1 }, 'nl-BE', 'Sessies worden na 1 maand vanzelf gewist (in te stellen bij Instellingen).'],
      ['history.retention', { n: 12 }, 'en', 'Sessions are erased automatically after 12 months (see Settings).'],
      ['signal.warning', { min: 1 }, 'nl-NL', 'Nog 1 minuut.'],
      ['signal.warning', { min: 2 }, 'nl-BE', 'Nog 2 minuten.'],
      ['signal.warning', { min: 1 }, 'en', 'One minute left.'],
      ['obs.countLabel', { n: 1 }, 'en', 'Noted once in this step'],
      ['obs.countLabel', { n: 2 }, 'en', 'Noted 2 times in this step'],
      ['obs.countLabel', { n: 1 }, 'nl-BE', '1 keer genoteerd in deze stap'],
      ['doc.observationCount', { n: 1 }, 'en', 'once'],
    ];
    for (const [key, vars, lang, text] of expectations) expect(translate(lang, key, vars), `${key} ${lang}`).toBe(text);
  });
});

describe('regional Dutch', () => {
  const flemishOnly = /\b(vroedvrouw\w*|consultatie\w*|overlo(op|pen)\w*)\b/i;

  it('speaks Flemish in nl-BE and Netherlands Dutch in nl-NL where a word differs', () => {
    expect(translate('nl-BE', 'start.newText')).toContain('overloop de afspraken');
    expect(translate('nl-NL', 'start.newText')).toContain('neem de afspraken door');
    expect(translate('nl-NL', 'ontime.early', { min: 3 })).toBe('3 min eerder dan gepland');
  });

  it('has no Flemish-only word in any nl-NL message, catalog or method content', () => {
    const catalog = KEYS.map((k) => [k, messageText('nl-NL', k)] as const).filter(([, text]) => flemishOnly.test(text));
    expect(catalog).toEqual([]);
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.nl === 'string' && typeof v.en === 'string') texts.push(localize(v as unknown as Localized, 'nl-NL'));
        else Object.values(v).forEach(walk);
      }
    };
    walk(METHOD);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => flemishOnly.test(t))).toEqual([]);
  });

  it('gives method content its regional text, and the shared Dutch otherwise', () => {
    const text: Localized = { nl: 'de vroedvrouw', en: 'the midwife', 'nl-NL': 'de verloskundige' };
    expect(localize(text, 'nl-BE')).toBe('de vroedvrouw');
    expect(localize(text, 'nl-NL')).toBe('de verloskundige');
    expect(localize(text, 'en')).toBe('the midwife');
    expect(localize({ nl: 'Inbreng', en: 'Presenting the case' }, 'nl-NL')).toBe('Inbreng');
  });
});

describe('translating', () => {
  it('keeps the call shape t(key, vars) and t.l(localized)', () => {
    const t = makeT('en');
    expect(t('step.numberOf', { n: 3, total: 6 })).toBe('Step 3 of 6');
    expect(t.l({ nl: 'Inbreng', en: 'Presenting the case' })).toBe('Presenting the case');
    expect(makeT('nl-NL')('time.pause')).toBe('Pauzeer');
    expect(makeT('nl-BE').base).toBe('nl');
  });

  it('shows the message as written rather than throwing when a variable is missing', () => {
    expect(() => translate('nl-BE', 'settings.favourites')).not.toThrow();
    expect(translate('nl-BE', 'case.number')).toContain('Casus');
  });

  it('needs no network or data: plural rules and formats come from the platform', () => {
    expect(new Intl.PluralRules('nl-BE').select(1)).toBe('one');
    expect(new Intl.PluralRules('en-GB').select(5)).toBe('other');
  });
});

describe('the windows\' build-time parse', () => {
  it('holds every message of a language, and formats exactly as parsing at run time', () => {
    for (const lang of LANGUAGES) {
      const compiled = compiledWords(lang);
      expect(Object.keys(compiled).sort(), lang).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        const text = messageText(lang, key);
        const message = compiled[key];
        if (!text.includes('{')) {
          expect(message, key).toBe(text);
          continue;
        }
        expect(Array.isArray(message), `${lang} ${key}`).toBe(true);
        const vars: Record<string, string | number> = {};
        for (const [name] of variables(message as Element[])) vars[name] = 2;
        const locale = lang === 'en' ? 'en-GB' : lang;
        expect(new IntlMessageFormat(message as never, locale).format(vars), `${lang} ${key}`).toBe(translate(lang, key, vars));
      }
    }
  });
});
