/**
 * How the circle display presents the session, set live by either facilitator: the time as digits,
 * as a bar or hidden; overtime as a quiet "+0:42" or not at all; a calm blackout; and the step's
 * rule card shown full-screen for a short while. Commands set a state (never toggle), so two
 * facilitators pressing the same control at once agree.
 */
export type CircleTimeMode = 'digits' | 'bar' | 'hidden';
export type CircleOvertimeMode = 'quiet' | 'none';

/** The rule card returns to the normal display by itself after this long. */
export const RULE_CARD_MS = 20_000;

export interface CircleDisplay {
  time: CircleTimeMode;
  overtime: CircleOvertimeMode;
  blackout: boolean;
  /** Epoch ms until which the rule card shows; null when it does not. */
  ruleCardUntil: number | null;
}

export interface CircleDisplayChange {
  time?: CircleTimeMode;
  overtime?: CircleOvertimeMode;
  blackout?: boolean;
  ruleCard?: boolean;
}

export const DEFAULT_CIRCLE_DISPLAY: CircleDisplay = { time: 'digits', overtime: 'quiet', blackout: false, ruleCardUntil: null };
