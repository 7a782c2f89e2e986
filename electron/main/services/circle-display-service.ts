/**
 * How the circle display presents the session, set live by either facilitator. Every change sets
 * a state (never a toggle), so two facilitators pressing the same control at once agree. The rule
 * card returns by itself after RULE_CARD_MS (one timer). The time mode starts from the setting.
 */
import { DEFAULT_CIRCLE_DISPLAY, RULE_CARD_MS } from '../../../shared/ipc/index.ts';
import type { CircleDisplay, CircleDisplayChange, CircleTimeMode } from '../../../shared/ipc/index.ts';
import type { Clock } from './clock.ts';

export type CircleDisplayService = ReturnType<typeof createCircleDisplayService>;

export function createCircleDisplayService(clock: Clock, startTime: CircleTimeMode, onChange: (display: CircleDisplay) => void) {
  let display: CircleDisplay = { ...DEFAULT_CIRCLE_DISPLAY, time: startTime };
  let ruleTimer: unknown = null;

  function update(next: CircleDisplay) {
    if (JSON.stringify(next) === JSON.stringify(display)) return;
    display = next;
    onChange(display);
  }

  function clearRuleTimer() {
    if (ruleTimer !== null) clock.clearTimer(ruleTimer);
    ruleTimer = null;
  }

  return {
    get: (): CircleDisplay => display,

    set(change: CircleDisplayChange): CircleDisplay {
      const next: CircleDisplay = {
        time: change.time ?? display.time,
        overtime: change.overtime ?? display.overtime,
        blackout: change.blackout ?? display.blackout,
        ruleCardUntil: display.ruleCardUntil,
      };
      if (change.ruleCard === true) {
        clearRuleTimer();
        next.ruleCardUntil = clock.now() + RULE_CARD_MS;
        ruleTimer = clock.setTimer(() => {
          ruleTimer = null;
          update({ ...display, ruleCardUntil: null });
        }, RULE_CARD_MS);
      } else if (change.ruleCard === false) {
        clearRuleTimer();
        next.ruleCardUntil = null;
      }
      // The rule card and a blackout do not stack: the last one asked for shows.
      if (change.blackout === true) next.ruleCardUntil = null;
      if (change.ruleCard === true) next.blackout = false;
      update(next);
      return display;
    },

    /** A new session: no blank screen, no rule card, the time as the settings say. */
    reset(time: CircleTimeMode) {
      clearRuleTimer();
      update({ ...display, time, blackout: false, ruleCardUntil: null });
    },

    /** The setting for the time changed: the display follows. */
    followSetting(time: CircleTimeMode) {
      update({ ...display, time });
    },

    dispose: clearRuleTimer,
  };
}
