import { describe, expect, it } from 'vitest';
import * as method from '../../../shared/method/index.ts';
import { collectLocalized } from './helpers.ts';

const all = collectLocalized(method, 'method');

describe('every text the app shows', () => {
  it('is found in quantity (the walker really walks the module)', () => {
    expect(all.length).toBeGreaterThan(250);
  });

  it('has a non-empty Dutch and English string without surrounding spaces', () => {
    const bad: string[] = [];
    for (const { path, value } of all) {
      for (const lang of ['nl', 'en'] as const) {
        const s: unknown = value[lang];
        if (typeof s !== 'string' || s.length === 0 || s.trim() !== s || /\s{2,}/.test(s)) bad.push(`${path}.${lang}: ${JSON.stringify(s)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no placeholder or untranslated sentences', () => {
    const bad = all
      .filter(({ value }) => /TODO|lorem|xxx/i.test(value.nl + value.en) || (value.nl.includes(' ') && value.nl === value.en))
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });
});
