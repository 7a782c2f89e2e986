/** Limits on typed text at the edge; the vault and engine apply their own, stricter ones. */
export const TEXT_LIMITS = { note: 100_000, passphrase: 1_000, observation: 500, summaryField: 20_000, query: 200, circleName: 100 } as const;

/** The commands a timekeeper window may give: time only. */
export const TIMEKEEPER_COMMANDS = ['START', 'PAUSE', 'RESUME', 'EXTEND', 'SHORTEN', 'NEXT', 'BACK'] as const;
