/**
 * Clock times and dates in the person's language (shared/i18n/format.ts, on the platform's Intl),
 * and the plan screen's date and time fields.
 */
export { clockTime, duration, longDate, monthNames, numericDate, shortDateTime } from '../../shared/i18n/format.ts';

/** The parts of a local date and time, as the plan screen's fields hold them. */
export interface DateParts {
  day: number;
  /** 1..12 */
  month: number;
  year: number;
  hour: number;
  minute: number;
}

export function toParts(at: number): DateParts {
  const d = new Date(at);
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear(), hour: d.getHours(), minute: d.getMinutes() };
}

/**
 * Fields back to epoch ms (local time); null when a part is missing or out of range, or the day
 * does not exist in that month (31 February is not quietly turned into 3 March).
 */
export function fromParts(p: Partial<DateParts>): number | null {
  const { day, month, year, hour, minute } = p;
  const whole = (n: number | undefined, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  if (!whole(year, 2000, 2100) || !whole(month, 1, 12) || !whole(day, 1, 31) || !whole(hour, 0, 23) || !whole(minute, 0, 59)) return null;
  const d = new Date(year, month - 1, day, hour, minute);
  if (d.getDate() !== day || d.getMonth() !== month - 1) return null;
  return d.getTime();
}
