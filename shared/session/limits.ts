/** Bounds on what a person can type or choose; beyond them a command is refused with a reason. */
export const LIMITS = {
  nameMaxChars: 60,
  titleMaxChars: 160,
  stepMinutes: { min: 1, max: 120 },
  warmupMinutes: { min: 1, max: 60 },
  breakMinutes: { min: 1, max: 120 },
  scheduleMinutes: { min: 0, max: 180 },
  plannedCases: { min: 1, max: 4 },
  /** Largest single extend or shorten: an hour. */
  adjustMs: { min: 1_000, max: 60 * 60_000 },
  /** The log keeps the most recent entries only. */
  logEntries: 1_000,
} as const;
