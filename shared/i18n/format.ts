/**
 * Dates, clock times and durations in the chosen language, with the platform's Intl (no locale
 * data shipped). Dutch and English both use the 24-hour clock. Numbers inside messages are
 * formatted by the catalog's ICU messages (`{n, number}`), with a decimal comma in Dutch.
 */
import { intlLocale } from './lang.ts';
import type { Lang } from './lang.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${lang}:${name}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(lang), options)));
  return f;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * "14:05" in every language (24-hour). Written out by hand: it is on every pushed view's path.
 * An invalid time reads "--:--" rather than throwing.
 */
export function clockTime(at: number, _lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '--:--';
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "donderdag 12 februari 2026" / "Thursday, 12 February 2026" */
export function longDate(at: number, lang: Lang): string {
  return dateFormat(lang, 'long', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** "12 feb 2026, 14:05" / "12 Feb 2026, 14:05" */
export function shortDateTime(at: number, lang: Lang): string {
  return dateFormat(lang, 'shortDateTime', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** "12/02/2026" (nl-BE, en) / "12-02-2026" (nl-NL) */
export function numericDate(at: number, lang: Lang): string {
  return dateFormat(lang, 'numeric', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

/** The twelve month names, January first, for a month field: "januari" … / "January" … */
export function monthNames(lang: Lang): string[] {
  const f = dateFormat(lang, 'month', { month: 'long' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(2026, m, 15)));
}

/**
 * A duration as the app's clocks show it: "m:ss" with the minutes unpadded ("4:05", "75:00");
 * negative with a minus sign ("−1:30"). Rounded to the second, the same in every language.
 */
export function duration(ms: number): string {
  const sign = ms <= -500 ? '−' : '';
  const total = Math.round(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(total / 60)}:${two(total % 60)}`;
}
