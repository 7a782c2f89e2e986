/**
 * The circle display in the facilitators' hands, from the supervisor's and the timekeeper's windows
 * alike: the time as digits, a bar or hidden; a quiet overtime or none; a blank screen; the step's
 * rule card for a short while. Every control sends the state it wants (never a toggle), so two
 * facilitators pressing at once agree. Keys: B blank screen (a clicker's "black screen" button
 * sends B or "."), R rule card, T time shown or hidden. PageUp/PageDown do nothing on purpose.
 */
import { memo, useRef } from 'react';
import type { CircleDisplayChange, CircleOvertimeMode, CircleTimeMode } from '../../shared/ipc/circle-display.ts';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';
import { call } from './api.ts';
import { Kbd } from './Kbd.tsx';
import { ariaKeys, useShortcuts } from './shortcuts.ts';
import { useCircleDisplay } from './store.ts';

export const DISPLAY_KEYS = {
  blackout: ['b', '.'],
  ruleCard: ['r'],
  hideTime: ['t'],
} as const;

const TIMES: Record<CircleTimeMode, StringKey> = { digits: 'display.time.digits', bar: 'display.time.bar', hidden: 'display.time.hidden' };
const OVERTIMES: Record<CircleOvertimeMode, StringKey> = { quiet: 'display.overtime.quiet', none: 'display.overtime.none' };

const set = (change: CircleDisplayChange) => void call('display.set', change);

export const CircleDisplayControls = memo(function CircleDisplayControls({ ruleCard, shortcuts = true }: { ruleCard: boolean; shortcuts?: boolean }) {
  const t = useT();
  const display = useCircleDisplay();
  const cardShown = display.ruleCardUntil !== null;
  // T hides the time and brings back the way it was shown (digits or bar).
  const lastShown = useRef<CircleTimeMode>('digits');
  if (display.time !== 'hidden') lastShown.current = display.time;
  useShortcuts(
    shortcuts
      ? [
          { keys: DISPLAY_KEYS.blackout, run: () => set({ blackout: !display.blackout }) },
          { keys: DISPLAY_KEYS.ruleCard, run: () => set({ ruleCard: !cardShown }), enabled: ruleCard },
          { keys: DISPLAY_KEYS.hideTime, run: () => set({ time: display.time === 'hidden' ? lastShown.current : 'hidden' }) },
        ]
      : [],
  );

  return (
    <section className="card stack display-controls" aria-labelledby="display-title" data-testid="display-controls">
      <h2 id="display-title">{t('display.title')}</h2>
      <div className="row">
        <button
          type="button"
          aria-pressed={display.blackout}
          onClick={() => set({ blackout: !display.blackout })}
          aria-keyshortcuts={ariaKeys(DISPLAY_KEYS.blackout)}
          data-testid="display-blackout"
        >
          {t(display.blackout ? 'display.blackoutOn' : 'display.blackout')} <Kbd keys={['b']} />
        </button>
        <button
          type="button"
          aria-pressed={cardShown}
          disabled={!ruleCard}
          onClick={() => set({ ruleCard: !cardShown })}
          aria-keyshortcuts={ariaKeys(DISPLAY_KEYS.ruleCard)}
          title={t('display.ruleCardHint')}
          data-testid="display-rule-card"
        >
          {t(cardShown ? 'display.ruleCardOn' : 'display.ruleCard')} <Kbd keys={['r']} />
        </button>
      </div>
      <fieldset className="segmented">
        <legend>{t('display.time')}</legend>
        {(Object.keys(TIMES) as CircleTimeMode[]).map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name="display-time" checked={display.time === mode} onChange={() => set({ time: mode })} data-testid={`display-time-${mode}`} />
            <span>{t(TIMES[mode])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('display.overtime')}</legend>
        {(Object.keys(OVERTIMES) as CircleOvertimeMode[]).map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name="display-overtime" checked={display.overtime === mode} onChange={() => set({ overtime: mode })} data-testid={`display-overtime-${mode}`} />
            <span>{t(OVERTIMES[mode])}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
});
