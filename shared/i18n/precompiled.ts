/**
 * The catalog's messages already parsed, by `lang\u0000key`. Empty here: the main process and the
 * tests parse each message the first time it is used. The windows' build (vite.renderer.config.ts)
 * replaces this module with every message parsed at build time, so the windows ship without the
 * ICU parser (about 8 KB gzip less per window).
 */
export const PRECOMPILED: Readonly<Record<string, unknown>> | null = null;
