import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../renderer/common/dates.ts';

describe('clockTime', () => {
  it('reads exactly like date-fns "HH:mm", in both languages, across a year (DST included)', () => {
    const start = Date.UTC(2025, 0, 1, 0, 0);
    for (let at = start; at < start + 366 * 86_400_000; at += 37 * 60_000 + 13_000) {
      const expected = format(at, 'HH:mm');
      expect(clockTime(at, 'nl')).toBe(expected);
      expect(clockTime(at, 'en')).toBe(expected);
    }
  });
});
