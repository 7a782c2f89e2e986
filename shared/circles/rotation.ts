/**
 * Fairness, privately: who brought a case in the circle's last sessions and who has not for a
 * while. Shown only to the supervisor, when choosing; names are matched loosely (case, spaces).
 */
import type { Rotation, RotationLine } from './types.ts';

export interface SessionPresenters {
  /** When the session began. */
  date: number;
  /** Names of those who brought a case in it. */
  presenters: readonly string[];
}

/** How many of the circle's most recent sessions count. */
export const ROTATION_WINDOW = 6;

export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export function rotation(members: readonly string[], sessions: readonly SessionPresenters[], window = ROTATION_WINDOW): Rotation {
  const recent = [...sessions].sort((a, b) => b.date - a.date).slice(0, window);
  const lines: RotationLine[] = members.map((name) => {
    const index = recent.findIndex((s) => s.presenters.some((p) => sameName(p, name)));
    const cases = recent.reduce((n, s) => n + s.presenters.filter((p) => sameName(p, name)).length, 0);
    return { name, cases, lastAt: index >= 0 ? recent[index]!.date : null, sessionsSince: index >= 0 ? index : recent.length };
  });
  lines.sort((a, b) => b.sessionsSince - a.sessionsSince || a.cases - b.cases || a.name.localeCompare(b.name, 'nl'));
  return { sessionsLooked: recent.length, lines, notForAWhile: lines.filter((l) => l.lastAt === null).map((l) => l.name) };
}
