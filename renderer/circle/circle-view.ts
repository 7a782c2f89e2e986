/**
 * What the circle display shows, as plain data: from the circle's view, the facilitators' display
 * choices and the language, the words of the screen and how its clock looks. Pure (no DOM, no
 * clock), so that what a person reads can be tested on its own; render-circle.ts draws it.
 *
 * The circle's view carries no names, notes, nudges or case details, and nothing here adds any.
 * It never pressures the presenter: no alarm words; overtime is quiet (circle-clock.ts).
 */
import type { CircleDisplay, CircleOvertimeMode } from '../../shared/ipc/circle-display.ts';
import type { Settings } from '../../shared/ipc/settings.ts';
import { CASE_CRITERIA } from '../../shared/method/criteria.ts';
import { WARMUPS } from '../../shared/method/warmups.ts';
import { FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../shared/method/words.ts';
import type { Localized } from '../../shared/method/types.ts';
import type { Phase } from '../../shared/session/types.ts';
import type { RoleView, TimerView } from '../../shared/session/views.ts';
import { clockTime } from '../common/dates.ts';
import { currentStep, stepTotal, warningMsFor } from '../common/labels.ts';
import { realTime } from '../common/ticker.ts';
import type { StringKey, T } from '../i18n/make-t.ts';

/** The feelings and needs lists of the silent step, each with its heading. */
export interface WordList {
  key: StringKey;
  title: string;
  words: string[];
}

export type CircleScreen =
  /** No session (yet), or not connected: a calm welcome. */
  | { kind: 'waiting'; title: string; text: string }
  /** The blank screen, e.g. during a personal moment. */
  | { kind: 'blank'; label: string }
  /** The step's "what now, what not now", full screen. */
  | { kind: 'rule-card'; name: string; doTitle: string; dos: string[]; dontTitle: string; donts: string[] }
  /** A step of a case: where we are, the rule, who speaks (and the word lists in the silent step). */
  | { kind: 'step'; stepId: string; silent: boolean; practice: string | null; top: string[]; name: string; rule: string; whoLabel: string; who: string; words: WordList[] | null }
  /** Around the cases: opening, choosing, case end, break, closing. */
  | { kind: 'holding'; phase: Phase; practice: string | null; title: string; text: string; criteria: string[] | null };

/** The clock under the words; null when there is none (no timer, or the time is hidden). */
export interface ClockLook {
  timer: TimerView;
  warningMs: number | undefined;
  /** A calm bar instead of the digits. */
  bar: boolean;
  /** The silent step keeps its clock small, below the word lists. */
  small: boolean;
  overtime: CircleOvertimeMode;
  /** Read by a screen reader when only the bar shows. */
  barLabel: string;
}

export interface CircleShown {
  screen: CircleScreen;
  clock: ClockLook | null;
  title: string;
}

export interface CircleInput {
  view: RoleView | null;
  display: CircleDisplay;
  connected: boolean;
  settings: Settings;
  t: T;
  /** The room's clock, for "we continue at" during a paused break. */
  now: number;
}

const WORD_LISTS: [StringKey, readonly Localized[]][] = [
  ['words.pleasant', FEELINGS_PLEASANT],
  ['words.unpleasant', FEELINGS_UNPLEASANT],
  ['words.needs', NEEDS],
];

export function circleShown({ view, display, connected, settings, t, now }: CircleInput): CircleShown {
  const title = `${t('app.name')} · ${t('role.circle')}`;
  if (!view || view.role !== 'circle') {
    return { title, clock: null, screen: { kind: 'waiting', title: t('app.name'), text: connected ? t('circle.welcome') : t('common.connecting') } };
  }
  if (display.blackout) return { title, clock: null, screen: { kind: 'blank', label: t('circle.blank') } };

  const current = view.current;
  const step = currentStep(current);
  if (display.ruleCardUntil !== null && view.phase === 'case' && step) {
    return {
      title,
      clock: null,
      screen: {
        kind: 'rule-card',
        name: t.l(step.name),
        doTitle: t('circle.ruleCardDo'),
        dos: step.allowed.map((a) => t.l(a)),
        dontTitle: t('circle.ruleCardDont'),
        donts: step.notAllowed.map((a) => t.l(a)),
      },
    };
  }

  const timer = current?.timer ?? null;
  const clock: ClockLook | null =
    timer && display.time !== 'hidden'
      ? { timer, warningMs: warningMsFor(current, settings), bar: display.time === 'bar', small: step?.silent ?? false, overtime: display.overtime, barLabel: t('circle.barLabel') }
      : null;
  const practice = view.practice ? t('practice.circle') : null;

  if (view.phase === 'case' && step) {
    return {
      title,
      clock,
      screen: {
        kind: 'step',
        stepId: step.id,
        silent: step.silent,
        practice,
        // Case and step as two parts, each its own text node (as the React version drew them, glyph for glyph).
        top: [view.caseNumber !== null ? `${t('case.number', { n: view.caseNumber })} · ` : '', t('step.numberOf', { n: step.number, total: stepTotal(step) })],
        name: t.l(step.name),
        rule: t.l(step.circleRule),
        whoLabel: t('circle.whoSpeaks'),
        who: t.l(step.whoSpeaks),
        words: step.silent ? WORD_LISTS.map(([key, words]) => ({ key, title: t(key), words: words.map((w) => t.l(w)) })) : null,
      },
    };
  }

  // Between steps and around the cases: a calm holding screen.
  let heading = t('app.name');
  let text = t('circle.welcome');
  let criteria: string[] | null = null;
  switch (view.phase) {
    case 'opening': {
      const warmup = current?.kind === 'warmup' ? WARMUPS.find((w) => w.id === current.warmupId) : undefined;
      heading = warmup ? t.l(warmup.name) : t('circle.openingTitle');
      text = warmup ? t('circle.warmupText') : t('circle.openingText');
      break;
    }
    case 'choosing':
      heading = t('circle.choosingTitle');
      text = t('circle.choosingText');
      criteria = CASE_CRITERIA.map((c) => t.l(c.description));
      break;
    case 'caseEnd':
      heading = t('circle.caseEndTitle');
      text = t('circle.caseEndText');
      break;
    case 'break': {
      heading = t('phase.break');
      // The time of day people need: when do we start again?
      const resumeAt = timer ? (timer.deadline !== null ? realTime(timer, timer.deadline) : now + timer.remainingMs / (timer.rate ?? 1)) : null;
      text = resumeAt !== null ? t('circle.breakResumeAt', { time: clockTime(resumeAt, t.lang) }) : t('circle.breakText');
      break;
    }
    case 'closing':
      heading = t('phase.closing');
      text = t('circle.closingText');
      break;
    case 'closed':
      heading = t('circle.closedTitle');
      text = t('circle.closedText');
      break;
    default:
      break;
  }
  return { title, clock, screen: { kind: 'holding', phase: view.phase, practice, title: heading, text, criteria } };
}
