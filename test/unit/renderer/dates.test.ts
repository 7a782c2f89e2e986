import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { clockTime, fromParts, toParts } from '../../../renderer/common/dates.ts';

describe('clockTime', () => {
  it('reads exactly like date-fns "HH:mm" (24-hour), in every language, across a year (DST included)', () => {
    const start = Date.UTC(2025, 0, 1, 0, 0);
    for (let at = start; at < start + 366 * 86_400_000; at += 37 * 60_000 + 13_000) {
      const expected = format(at, 'HH:mm');
      expect(clockTime(at, 'nl-BE')).toBe(expected);
      expect(clockTime(at, 'nl-NL')).toBe(expected);
      expect(clockTime(at, 'en')).toBe(expected);
    }
  });
});

describe('the plan screen date and time fields', () => {
  it('go from a time to fields and back', () => {
    const at = new Date(2026, 1, 12, 15, 16).getTime();
    expect(toParts(at)).toEqual({ day: 12, month: 2, year: 2026, hour: 15, minute: 16 });
    expect(fromParts(toParts(at))).toBe(at);
  });

  it('refuse a date that does not exist or a time off the 24-hour clock', () => {
    expect(fromParts({ day: 31, month: 2, year: 2026, hour: 9, minute: 0 })).toBeNull();
    expect(fromParts({ day: 29, month: 2, year: 2028, hour: 9, minute: 0 })).not.toBeNull();
    expect(fromParts({ day: 1, month: 13, year: 2026, hour: 9, minute: 0 })).toBeNull();
    expect(fromParts({ day: 1, month: 1, year: 2026, hour: 24, minute: 0 })).toBeNull();
    expect(fromParts({ day: 1, month: 1, year: 2026, hour: 9, minute: 60 })).toBeNull();
    expect(fromParts({ day: 1, month: 1, year: 2026, hour: Number.NaN, minute: 0 })).toBeNull();
    expect(fromParts({ day: 1, month: 1, year: 26, hour: 9, minute: 0 })).toBeNull();
  });
});
