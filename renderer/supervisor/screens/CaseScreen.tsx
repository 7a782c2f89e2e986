/**
 * Running a case: the current step large (name, purpose, who speaks, what is and is not asked
 * now), time left large with the controls, the six steps planned vs actual, notes for this step,
 * and prompt suggestions that react to time and to the timekeeper's tags.
 */
import { memo, useMemo, useState } from 'react';
import { STEPS } from '../../../shared/method/steps.ts';
import type { StepDefinition } from '../../../shared/method/types.ts';
import { FEELINGS_GUIDANCE, FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../../shared/method/words.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { LIMITS } from '../../../shared/session/limits.ts';
import { command } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { currentStep, warningMsFor, warningText } from '../../common/labels.ts';
import { OnTime, StepsLine } from '../../common/StepsLine.tsx';
import { useSettings } from '../../common/store.ts';
import { TimeControls } from '../../common/TimeControls.tsx';
import type { TimeSignal, TimeState } from '../../common/ticker.ts';
import { useT } from '../../i18n/index.ts';
import type { StringKey } from '../../i18n/index.ts';
import { NotesEditor } from '../parts/NotesEditor.tsx';
import { Prompts } from '../parts/Prompts.tsx';
import { SummaryEditor } from '../parts/SummaryEditor.tsx';
import { useObservations } from '../observations.ts';
import { CommitInput } from '../parts/CommitInput.tsx';

const StepCard = memo(function StepCard({ step }: { step: StepDefinition }) {
  const t = useT();
  return (
    <section className="card step-card" aria-labelledby="step-name">
      <p className="step-number">{t('step.numberOf', { n: step.number, total: STEPS.length })}</p>
      <h1 id="step-name" className="step-title" data-testid="step-name">
        {t.l(step.name)}
      </h1>
      <p className="step-purpose">{t.l(step.purpose)}</p>
      <p className="step-who">
        <strong>{t('case.whoSpeaks')}</strong> {t.l(step.whoSpeaks)}
      </p>
      <div className="allowed-grid">
        <div>
          <h2 className="h-allowed">{t('case.allowed')}</h2>
          <ul>
            {step.allowed.map((a, i) => (
              <li key={i}>{t.l(a)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="h-not">{t('case.notAllowed')}</h2>
          <ul>
            {step.notAllowed.map((a, i) => (
              <li key={i}>{t.l(a)}</li>
            ))}
          </ul>
        </div>
      </div>
      <p className="step-focus small">
        <strong>{t('case.focus')}</strong> {t.l(step.supervisorFocus)}
      </p>
    </section>
  );
});

export const SilentInventory = memo(function SilentInventory({ ended }: { ended: boolean }) {
  const t = useT();
  const lists: [StringKey, readonly { nl: string; en: string }[]][] = [
    ['words.pleasant', FEELINGS_PLEASANT],
    ['words.unpleasant', FEELINGS_UNPLEASANT],
    ['words.needs', NEEDS],
  ];
  return (
    <section className="card silent-inventory" aria-labelledby="silent-title" data-testid="silent-inventory">
      <h1 id="silent-title" className="step-title" data-testid="step-name">
        {t('silent.title')}
      </h1>
      <p className="muted">{t('silent.intro')}</p>
      {ended && (
        <p className="banner info" role="status">
          {t('silent.ended')}
        </p>
      )}
      <div className="words-grid">
        {lists.map(([title, words]) => (
          <div key={title}>
            <h3>{t(title)}</h3>
            <ul className="words">
              {words.map((w) => (
                <li key={w.nl}>{t.l(w)}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <details className="small">
        <summary>{t('silent.guidance')}</summary>
        <ul>
          {FEELINGS_GUIDANCE.map((g, i) => (
            <li key={i}>{t.l(g)}</li>
          ))}
        </ul>
      </details>
      <p className="small muted" style={{ margin: 0 }}>
        {t('silent.nothingStored')}
      </p>
    </section>
  );
});

function StepMinutes({ view }: { view: SupervisorView }) {
  const t = useT();
  const caseTiming = view.cases[view.cases.length - 1]?.timing;
  if (!caseTiming) return null;
  return (
    <details className="small step-minutes">
      <summary>{t('case.adjustMinutes')}</summary>
      <div className="row">
        {caseTiming.steps.map((s, i) => (
          <div key={s.stepId} className="field">
            <label htmlFor={`min-${s.stepId}`}>
              {i + 1}. {t.l(STEPS[i]?.name ?? { nl: '', en: '' })}
            </label>
            <CommitInput
              id={`min-${s.stepId}`}
              type="number"
              min={LIMITS.stepMinutes.min}
              max={LIMITS.stepMinutes.max}
              disabled={s.status === 'done'}
              value={String(Math.round(s.plannedMs / 60_000))}
              onCommit={(v) => void command({ type: 'SET_STEP_MINUTES', stepId: s.stepId, minutes: Number(v) })}
            />
          </div>
        ))}
      </div>
    </details>
  );
}

export function CaseScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const settings = useSettings();
  const current = view.current;
  const step = currentStep(current);
  const theCase = view.cases[view.cases.length - 1] ?? null;
  const [time, setTime] = useState<TimeState | null>(null);
  const [announce, setAnnounce] = useState('');
  const observations = useObservations(view.sessionId, true, `${current?.stepIndex}`);
  const plan = view.plan;
  const names = useMemo(
    () => [...plan.participants.map((p) => p.name), plan.supervisorName, plan.secondFacilitatorName].filter(Boolean),
    [plan.participants, plan.supervisorName, plan.secondFacilitatorName],
  );
  const warningMs = warningMsFor(current, settings);

  if (!current || !step || !theCase) return <p>{t('common.loading')}</p>;

  const onState = (s: TimeState, signals: TimeSignal[]) => {
    setTime(s);
    for (const signal of signals) {
      if (signal === 'warning') setAnnounce(warningText(t, warningMs));
      if (signal === 'timeup') setAnnounce(t('signal.timeup'));
      if (signal === 'midpoint') setAnnounce(t('signal.midpoint'));
    }
  };

  return (
    <div className="case-screen">
      <div className="case-head">
        <p className="case-title">
          <span className="muted">{t('case.numberOf', { n: view.cases.length, total: view.plan.plannedCases })} · </span>
          <strong>{theCase.title}</strong>
          {theCase.presenterName && <span className="muted"> · {t('case.presenter', { name: theCase.presenterName })}</span>}
        </p>
        <StepsLine timing={theCase.timing} currentIndex={current.stepIndex} />
      </div>
      <div className="case-grid">
        <div className="stack case-main">
          {step.silent ? <SilentInventory ended={time?.zone === 'timeup'} /> : <StepCard step={step} />}
          {!step.silent && (
            <section className="card" aria-label={t('notes.title')}>
              <NotesEditor caseId={theCase.id} stepId={step.id} label={t('notes.forStep', { n: step.number, name: t.l(step.name) })} knownNames={names} />
            </section>
          )}
          {step.id === 'samenvatting' && (
            <section className="card">
              <SummaryEditor sessionId={view.sessionId} caseId={theCase.id} timing={theCase.timing} observations={observations} knownNames={names} />
            </section>
          )}
        </div>
        <div className="stack case-side">
          <section className="card time-card" aria-label={t('case.timeLabel')}>
            <Countdown timer={current.timer} warningMs={warningMs} bar size="clamp(3.5rem, 6vw, 7rem)" onState={onState}>
              <p className="run-label">
                {time?.run === 'idle' ? t('run.idle') : time?.zone === 'timeup' ? t('run.overtime') : time?.run === 'paused' ? t('run.paused') : t('run.running')}
                {current.timer.silent ? ` · ${t('tk.silentStep')}` : ''}
              </p>
            </Countdown>
            <p className="sr-only" role="status" aria-live="polite">
              {announce}
            </p>
            <TimeControls phase={view.phase} current={current} controls={view.controls} />
            <OnTime caseTiming={theCase.timing} session={view.timing} caseRunning at={current.timer.at} />
            <StepMinutes view={view} />
          </section>
          <Prompts stepId={step.id} caseId={theCase.id} endingSoon={time?.endingSoon ?? false} observations={observations} />
        </div>
      </div>
    </div>
  );
}
