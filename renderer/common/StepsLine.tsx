/** The six steps of a case as a line: planned versus actual, the current one marked. */
import { memo } from 'react';
import { INTERVISIE, anyStepById } from '../../shared/method/method.ts';
import type { StepDefinition } from '../../shared/method/types.ts';
import type { CaseTiming, SessionTiming } from '../../shared/session/accounting.ts';
import { useT } from '../i18n/index.ts';
import { clockTime } from './dates.ts';
import { deltaText, durationText, minutesOf } from './time.ts';

interface StepsLineProps {
  timing: CaseTiming | null;
  currentIndex: number | null;
  caseEnded?: boolean;
}

export const StepsLine = memo(function StepsLine({ timing, currentIndex, caseEnded = false }: StepsLineProps) {
  const t = useT();
  // The case's own steps (its method's); before a case, the six of intervisie as a preview.
  const steps = timing ? timing.steps.map((s) => anyStepById(s.stepId)).filter((s): s is StepDefinition => s !== null) : INTERVISIE.steps;
  return (
    <ol className="steps-line" aria-label={t('steps.lineLabel')}>
      {steps.map((step, i) => {
        const s = timing?.steps[i];
        const isCurrent = !caseEnded && currentIndex === i;
        const done = s?.status === 'done' && !isCurrent;
        const planned = (s?.plannedMs ?? step.defaultMinutes * 60_000) + (s?.adjustMs ?? 0);
        const delta = s ? s.actualMs - planned : 0;
        return (
          <li key={step.id} data-state={isCurrent ? 'current' : done ? 'done' : 'todo'} aria-current={isCurrent ? 'step' : undefined}>
            <span className="step-name">
              {step.number}. {t.l(step.name)}
            </span>
            <span className="muted">
              {t('steps.plannedShort', { min: minutesOf(s?.plannedMs ?? step.defaultMinutes * 60_000) })}
              {s && s.adjustMs !== 0 ? ` (${s.adjustMs > 0 ? '+' : '−'}${minutesOf(Math.abs(s.adjustMs))})` : ''}
            </span>
            {done && s && (
              <span>
                {' · '}
                {durationText(s.actualMs)} <span className={delta > 30_000 ? 'late' : delta < -30_000 ? 'early' : ''}>({deltaText(delta)})</span>
              </span>
            )}
            {isCurrent && <span className="muted">{' · '}{t('steps.now')}</span>}
          </li>
        );
      })}
    </ol>
  );
}, sameLine);

/**
 * What the line shows of a step: planned minutes and adjustment for every step, the actual time
 * only once a step is done. The running step's actual time changes with every pushed view; that
 * alone does not re-render the line.
 */
function sameLine(a: StepsLineProps, b: StepsLineProps): boolean {
  if (a.currentIndex !== b.currentIndex || (a.caseEnded ?? false) !== (b.caseEnded ?? false)) return false;
  if (a.timing === b.timing) return true;
  if (!a.timing || !b.timing || a.timing.steps.length !== b.timing.steps.length) return false;
  return a.timing.steps.every((s, i) => {
    const o = b.timing!.steps[i]!;
    const done = s.status === 'done';
    return s.stepId === o.stepId && done === (o.status === 'done') && s.plannedMs === o.plannedMs && s.adjustMs === o.adjustMs && (!done || s.actualMs === o.actualMs);
  });
}

/** "Casus eindigt rond 14:45 (gepland 14:40)" and "Sessie eindigt rond 16:05 · 5 min later dan gepland". */
export const OnTime = memo(function OnTime({ caseTiming, session, caseRunning, at }: { caseTiming: CaseTiming | null; session: SessionTiming | null; caseRunning: boolean; at: number }) {
  const t = useT();
  const lines: OnTimeLine[] = [];
  if (caseTiming && caseRunning) {
    // Time used plus time still to go, against the plan: extensions and overtime make a case late.
    const behind = caseTiming.actualMs + Math.max(0, caseTiming.projectedEndAt - at) - caseTiming.plannedMs;
    lines.push({
      key: 'case',
      text: t('ontime.case', { at: clockTime(caseTiming.projectedEndAt, t.lang), status: statusText(t, behind) }),
      late: behind > 60_000,
    });
  }
  if (session) {
    lines.push({
      key: 'session',
      text: t('ontime.session', { at: clockTime(session.projectedEndAt, t.lang), planned: clockTime(session.plannedEndAt, t.lang), status: statusText(t, session.behindMs) }),
      late: !session.onTime,
    });
  }
  if (lines.length === 0) return null;
  return <OnTimeList lines={lines} />;
});

interface OnTimeLine {
  key: string;
  text: string;
  late: boolean;
}

/** The lines change with the minute, not with every pushed view: re-render only when their text does. */
const OnTimeList = memo(
  function OnTimeList({ lines }: { lines: OnTimeLine[] }) {
    return (
      <ul className="ontime" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {lines.map((l) => (
          <li key={l.key} data-testid={`ontime-${l.key}`} className={l.late ? 'late' : ''}>
            {l.text}
          </li>
        ))}
      </ul>
    );
  },
  (a, b) => a.lines.length === b.lines.length && a.lines.every((l, i) => l.key === b.lines[i]!.key && l.text === b.lines[i]!.text && l.late === b.lines[i]!.late),
);

function statusText(t: ReturnType<typeof useT>, behindMs: number): string {
  const minutes = Math.round(Math.abs(behindMs) / 60_000);
  if (Math.abs(behindMs) <= 60_000) return t('ontime.onTime');
  return behindMs > 0 ? t('ontime.late', { min: minutes }) : t('ontime.early', { min: minutes });
}
