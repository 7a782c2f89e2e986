import type { WindowRole } from '../session/views.ts';

export type { WindowRole };
export const WINDOW_ROLES: readonly WindowRole[] = ['supervisor', 'timekeeper', 'circle'];
export const isWindowRole = (x: unknown): x is WindowRole => typeof x === 'string' && (WINDOW_ROLES as readonly string[]).includes(x);
