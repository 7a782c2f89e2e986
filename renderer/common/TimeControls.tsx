/**
 * Start, pause, resume, −1/+1/+5 minutes, back and next, with their shortcuts. Which buttons are
 * possible comes from the view's `controls`; a button that cannot act now is disabled, not hidden,
 * so nothing jumps around. Used by the timekeeper and the supervisor alike.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Phase } from '../../shared/session/types.ts';
import type { CurrentView, TimeControls as Controls } from '../../shared/session/views.ts';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';
import { command, singleClick } from './api.ts';
import { unlockAudio } from './chime.ts';
import { Kbd } from './Kbd.tsx';
import { ariaKeys, useShortcuts } from './shortcuts.ts';
import type { Shortcut } from './shortcuts.ts';

const MINUTE = 60_000;

export const TIME_KEYS = {
  toggle: ['Space'],
  next: ['ArrowRight'],
  back: ['ArrowLeft'],
  plus1: ['ArrowUp', '+', '='],
  // Not PageUp: a presentation clicker sends it, and a clicker must never add time by surprise.
  plus5: ['Shift+ArrowUp'],
  minus1: ['ArrowDown', '-'],
} as const;

export interface TimeControlsProps {
  phase: Phase;
  /** The move the view shows: every control is aimed at it, so a stale press changes nothing. */
  move: number;
  current: CurrentView | null;
  controls: Controls;
  /** Bigger buttons for the timekeeper. */
  big?: boolean;
  /** Register keyboard shortcuts (one set per window). */
  shortcuts?: boolean;
}

export function nextLabelKey(phase: Phase, current: CurrentView | null, lastStepIndex: number): StringKey {
  if (phase === 'case' && current?.stepIndex === lastStepIndex) return 'time.finishCase';
  return 'time.next';
}

export function backLabelKey(phase: Phase, current: CurrentView | null): StringKey {
  if (phase === 'caseEnd') return 'time.backToStep6';
  if (phase === 'closing') return 'time.backToChoosing';
  if (phase === 'case' && current?.stepIndex === 0) return 'time.backToChoosing';
  return 'time.back';
}

export const TimeControls = memo(function TimeControls({ phase, move, current, controls, big = false, shortcuts = true }: TimeControlsProps) {
  const t = useT();
  const [hint, setHint] = useState<string>('');
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (hintTimer.current && clearTimeout(hintTimer.current)), []);

  const say = (text: string) => {
    setHint(text);
    if (hintTimer.current) clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(''), 6_000);
  };

  const toggle = () => {
    unlockAudio();
    if (controls.start) void command({ type: 'START', atMove: move });
    else if (controls.pause) void command({ type: 'PAUSE', atMove: move });
    else if (controls.resume) void command({ type: 'RESUME', atMove: move });
  };
  const next = async () => {
    unlockAudio();
    if (await command({ type: 'NEXT', atMove: move })) say(t('time.undoHint'));
  };
  const back = () => void command({ type: 'BACK', atMove: move });
  // +1 twice on purpose adds two minutes: these are not single-click guarded.
  const extend = (minutes: number) => void command({ type: 'EXTEND', ms: minutes * MINUTE, atMove: move });
  const shorten = () => void command({ type: 'SHORTEN', ms: MINUTE, atMove: move });

  const canToggle = controls.start || controls.pause || controls.resume;
  const lastStepIndex = (current?.stepCount ?? 0) - 1;
  const list: Shortcut[] = [
    { keys: TIME_KEYS.toggle, run: toggle, enabled: canToggle },
    { keys: TIME_KEYS.next, run: () => void next(), enabled: controls.next },
    { keys: TIME_KEYS.back, run: back, enabled: controls.back },
    { keys: TIME_KEYS.plus5, run: () => extend(5), enabled: controls.extend },
    { keys: TIME_KEYS.plus1, run: () => extend(1), enabled: controls.extend },
    { keys: TIME_KEYS.minus1, run: shorten, enabled: controls.shorten },
  ];
  useShortcuts(shortcuts ? list : []);

  const toggleKey: StringKey = controls.pause ? 'time.pause' : controls.resume ? 'time.resume' : 'time.start';
  const size = big ? 'big' : '';

  return (
    <div className="time-controls stack" role="group" aria-label={t('time.controls')}>
      <div className="row">
        <button
          type="button"
          className={`primary ${size}`}
          onClick={singleClick(toggle)}
          disabled={!canToggle}
          aria-keyshortcuts={ariaKeys(TIME_KEYS.toggle)}
          data-testid="time-toggle"
        >
          {t(toggleKey)} <Kbd keys={TIME_KEYS.toggle} />
        </button>
        <button type="button" className={size} onClick={shorten} disabled={!controls.shorten} aria-keyshortcuts={ariaKeys(TIME_KEYS.minus1)}>
          {t('time.minus1')}<span className="sr-only"> ({t('time.minus1Long')})</span> <Kbd keys={TIME_KEYS.minus1} />
        </button>
        <button type="button" className={size} onClick={() => extend(1)} disabled={!controls.extend} aria-keyshortcuts={ariaKeys(TIME_KEYS.plus1)}>
          {t('time.plus1')}<span className="sr-only"> ({t('time.plus1Long')})</span> <Kbd keys={TIME_KEYS.plus1} />
        </button>
        <button type="button" className={size} onClick={() => extend(5)} disabled={!controls.extend} aria-keyshortcuts={ariaKeys(TIME_KEYS.plus5)}>
          {t('time.plus5')}<span className="sr-only"> ({t('time.plus5Long')})</span> <Kbd keys={TIME_KEYS.plus5} />
        </button>
      </div>
      <div className="row">
        <button type="button" className={size} onClick={singleClick(back)} disabled={!controls.back} aria-keyshortcuts={ariaKeys(TIME_KEYS.back)}>
          <Kbd keys={TIME_KEYS.back} /> {t(backLabelKey(phase, current))}
        </button>
        <button type="button" className={size} onClick={singleClick(() => void next())} disabled={!controls.next} aria-keyshortcuts={ariaKeys(TIME_KEYS.next)} data-testid="time-next">
          {t(nextLabelKey(phase, current, lastStepIndex))} <Kbd keys={TIME_KEYS.next} />
        </button>
      </div>
      <p className="small muted" role="status" aria-live="polite" style={{ minHeight: '1.4em', margin: 0 }}>
        {hint}
      </p>
    </div>
  );
});
