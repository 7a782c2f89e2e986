/** Clock times and dates in the person's language (date-fns; Dutch by default). */
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Lang } from '../i18n/index.ts';

const locale = (lang: Lang) => (lang === 'nl' ? nl : enGB);

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "14:05" (the same in both languages; written out by hand: it is on every pushed view's path). */
export function clockTime(at: number, lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return format(at, 'HH:mm', { locale: locale(lang) });
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "dinsdag 12 maart 2025" */
export function longDate(at: number, lang: Lang): string {
  return format(at, 'EEEE d MMMM yyyy', { locale: locale(lang) });
}

/** "12 mrt. 2025, 14:05" */
export function shortDateTime(at: number, lang: Lang): string {
  return format(at, 'd MMM yyyy, HH:mm', { locale: locale(lang) });
}

/** Values for <input type="date"> and <input type="time"> in local time. */
export function dateInputValue(at: number): string {
  return format(at, 'yyyy-MM-dd');
}
export function timeInputValue(at: number): string {
  return format(at, 'HH:mm');
}
/** Local date + time inputs back to epoch ms; null when incomplete. */
export function fromInputs(date: string, time: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const n = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !n) return null;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(n[1]), Number(n[2])).getTime();
  return Number.isFinite(at) ? at : null;
}
