// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate, makeT, translate } from '../../../renderer/i18n/index.ts';
import { STRINGS } from '../../../renderer/i18n/strings.ts';

const RENDERER = resolve(import.meta.dirname, '../../../renderer');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the string table', () => {
  const entries = Object.entries(STRINGS);

  it('has a Dutch and an English text for every key, without stray spaces', () => {
    const bad = entries.filter(([, v]) => !v.nl || !v.en || v.nl.trim() !== v.nl || v.en.trim() !== v.en || /\s{2,}/.test(v.nl + v.en));
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const bad = entries.filter(([, v]) => placeholders(v.nl).join() !== placeholders(v.en).join());
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('has no Dutch sentence left untranslated', () => {
    const same = entries.filter(([, v]) => v.nl.split(' ').length > 2 && v.nl === v.en).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('has every key the windows ask for, and asks for every key it has', () => {
    const code = sources(RENDERER)
      .filter((f) => !f.endsWith('strings.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const asked = new Set([...code.matchAll(/'([a-z][a-zA-Z]*\.[a-zA-Z0-9.]+)'/g)].map((m) => m[1]!));
    const known = new Set(Object.keys(STRINGS));
    // Channel names look like keys too; they are not strings to show.
    const channels = /^(app\.status|session\.|vault\.(create|unlock|lock|changePassphrase|judgePassphrase|activity)$|notes\.(save|list)$|observations\.|summary\.(save|list|export|exportCheck)$|history\.(list|open|delete)$|settings\.(get|set)$|windows\.)/;
    const missing = [...asked].filter((k) => !known.has(k) && !channels.test(k));
    expect(missing).toEqual([]);
    const unused = [...known].filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});

describe('translating', () => {
  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Nog {min} minuten', { min: 2 })).toBe('Nog 2 minuten');
    expect(interpolate('{a} en {b}', { a: 'x' })).toBe('x en {b}');
  });

  it('speaks Dutch first and English on request', () => {
    expect(translate('nl', 'time.start')).toBe('Start');
    expect(translate('nl', 'time.pause')).toBe('Pauzeer');
    expect(translate('en', 'time.pause')).toBe('Pause');
    const t = makeT('en');
    expect(t('step.numberOf', { n: 3, total: 6 })).toBe('Step 3 of 6');
    expect(t.l({ nl: 'Inbreng', en: 'Presenting the case' })).toBe('Presenting the case');
  });
});
