/** Dates, durations and numbers per language; and the exported summary in each language. */
import { describe, expect, it } from 'vitest';
import { clockTime, duration, longDate, monthNames, numericDate, shortDateTime } from '../../../shared/i18n/index.ts';
import type { SessionArchive } from '../../../shared/ipc/contract.ts';
import { renderHtml, renderMarkdown } from '../../../shared/summary/render.ts';

const AT = new Date(2026, 1, 12, 15, 16).getTime(); // Thursday 12 February 2026, 15:16 local

describe('dates and times per language', () => {
  it('write the long date in the language', () => {
    expect(longDate(AT, 'nl-BE')).toBe('donderdag 12 februari 2026');
    expect(longDate(AT, 'nl-NL')).toBe('donderdag 12 februari 2026');
    expect(longDate(AT, 'en')).toMatch(/^Thursday,? 12 February 2026$/);
  });

  it('use the 24-hour clock in every language, never AM/PM', () => {
    for (const lang of ['nl-BE', 'nl-NL', 'en'] as const) {
      expect(clockTime(AT, lang)).toBe('15:16');
      expect(shortDateTime(AT, lang)).toContain('15:16');
      expect(shortDateTime(AT, lang)).not.toMatch(/[AP]M/i);
    }
    expect(shortDateTime(AT, 'nl-BE')).toBe('12 feb 2026, 15:16');
    expect(shortDateTime(AT, 'en')).toBe('12 Feb 2026, 15:16');
  });

  it('write a numeric date as each country does', () => {
    expect(numericDate(AT, 'nl-BE')).toBe('12/02/2026');
    expect(numericDate(AT, 'nl-NL')).toBe('12-02-2026');
    expect(numericDate(AT, 'en')).toBe('12/02/2026');
  });

  it('name the months for the plan screen', () => {
    expect(monthNames('nl-BE')[0]).toBe('januari');
    expect(monthNames('nl-NL')[2]).toBe('maart');
    expect(monthNames('en')[11]).toBe('December');
  });
});

describe('durations', () => {
  it('read m:ss like the app\'s clocks', () => {
    expect(duration(0)).toBe('0:00');
    expect(duration(12_000)).toBe('0:12');
    expect(duration(65_000)).toBe('1:05');
    expect(duration(10 * 60_000)).toBe('10:00');
    expect(duration(75 * 60_000)).toBe('75:00');
    expect(duration(-90_000)).toBe('−1:30');
    expect(duration(499)).toBe('0:00');
    expect(duration(-400)).toBe('0:00');
  });
});

function archive(): SessionArchive {
  const steps = [
    { stepId: 'inbreng', plannedMs: 10 * 60_000, actualMs: 12_000 },
    { stepId: 'stille-inventaris', plannedMs: 3 * 60_000, actualMs: 3 * 60_000 + 5_000 },
  ];
  return {
    sessionId: 's1',
    view: {
      timing: { plannedStartAt: AT },
      cases: [{ id: 'c1', proposalId: 'p1', title: 'De partner die antwoordt', presenterName: null, endedAt: null, timing: { steps, plannedMs: 13 * 60_000, actualMs: 3 * 60_000 + 17_000 } }],
    },
    notes: [],
    observations: [
      { caseId: 'c1', stepId: 'inbreng', tag: null, text: '', at: AT },
      { caseId: 'c1', stepId: 'inbreng', tag: null, text: '', at: AT },
    ],
    summaries: [{ caseId: 'c1', sessionId: 's1', commonThread: 'Grenzen', themes: ['Ruimte'], reflections: '', requests: [], updatedAt: AT }],
  } as unknown as SessionArchive;
}

describe('the exported summary', () => {
  it('writes durations as m:ss, never as decimal minutes', () => {
    for (const lang of ['nl-BE', 'nl-NL', 'en'] as const) {
      const md = renderMarkdown(archive(), null, lang);
      expect(md).toContain('| 10:00 | 0:12 |');
      expect(md).toContain('| 3:00 | 3:05 |');
      expect(md).toContain('| 13:00 | 3:17 |');
      expect(md).not.toMatch(/\d\.\d min/);
    }
  });

  it('is in the chosen language, dates included', () => {
    const nl = renderMarkdown(archive(), null, 'nl-BE');
    expect(nl).toContain('Datum: donderdag 12 februari 2026');
    expect(nl).toContain('## Casus 1: De partner die antwoordt');
    expect(nl).toContain('### Rode draad');
    expect(nl).toContain(': 2 keer');
    const en = renderMarkdown(archive(), null, 'en');
    expect(en).toMatch(/Date: Thursday,? 12 February 2026/);
    expect(en).toContain('## Case 1: De partner die antwoordt');
    expect(en).toContain(': 2 times');
    expect(renderHtml(archive(), null, 'nl-NL')).toContain('<html lang="nl-NL">');
  });
});
