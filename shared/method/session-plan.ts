/**
 * Time frame of one intervisie session (manual, Bijlage 1 "Sessie 3"): opening with agreements and
 * an optional warm-up, the cases (about 45 minutes each, see templates.ts), a break, and a closing.
 */
export const SESSION_DEFAULTS = {
  openingMinutes: 20,
  warmupMinutes: 10,
  breakMinutes: 10,
  closingMinutes: 10,
  maxParticipants: 12,
  idealParticipants: { min: 8, max: 10 },
} as const;
