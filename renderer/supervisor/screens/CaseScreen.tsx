/**
 * Running a case: the current step large (name, purpose, who speaks, what is and is not asked
 * now), time left large with the controls, the six steps planned vs actual, notes for this step,
 * and prompt suggestions that react to time and to the timekeeper's tags.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { anyStepById } from '../../../shared/method/method.ts';
import type { StepDefinition } from '../../../shared/method/types.ts';
import { FEELINGS_GUIDANCE, FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../../shared/method/words.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { LIMITS } from '../../../shared/session/limits.ts';
import { command } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { currentStep, stepTotal, warningMsFor, warningText } from '../../common/labels.ts';
import { OnTime, StepsLine } from '../../common/StepsLine.tsx';
import { useSettings } from '../../common/store.ts';
import { TimeControls } from '../../common/TimeControls.tsx';
import { CircleDisplayControls } from '../../common/CircleDisplayControls.tsx';
import { ShortcutLegend } from '../../common/ShortcutLegend.tsx';
import { ACK_KEYS } from '../parts/NudgeBanner.tsx';
import { timeStateAt } from '../../common/ticker.ts';
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
      <p className="step-number">{t('step.numberOf', { n: step.number, total: stepTotal(step) })}</p>
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

type CaseTimingView = SupervisorView['cases'][number]['timing'];

/** The planned minutes per step: re-renders when a plan or a step's status changes, not as time passes. */
const StepMinutes = memo(
  function StepMinutes({ steps }: { steps: CaseTimingView['steps'] }) {
    const t = useT();
    return (
      <details className="small step-minutes">
        <summary>{t('case.adjustMinutes')}</summary>
        <div className="row">
          {steps.map((s, i) => (
            <div key={s.stepId} className="field">
              <label htmlFor={`min-${s.stepId}`}>
                {i + 1}. {t.l(anyStepById(s.stepId)?.name ?? { nl: '', en: '' })}
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
  },
  (a, b) =>
    a.steps.length === b.steps.length &&
    a.steps.every((s, i) => {
      const o = b.steps[i];
      return o !== undefined && s.stepId === o.stepId && (s.status === 'done') === (o.status === 'done') && Math.round(s.plannedMs / 60_000) === Math.round(o.plannedMs / 60_000);
    }),
);

/** Whether two time states read the same on the time card and for the screen around it. */
const sameLabel = (a: TimeState, b: TimeState) => a.run === b.run && a.zone === b.zone && a.endingSoon === b.endingSoon;

/** What the rest of the case screen needs to know about time: it changes a few times per step. */
export interface TimeFlags {
  endingSoon: boolean;
  timeUp: boolean;
}

/**
 * Time left, the controls, on time, and the step minutes: the only part of the case screen that
 * depends on the timer, so a pause, resume or extension re-renders this card and nothing else.
 */
const TimeCard = memo(function TimeCard({
  phase,
  move,
  current,
  controls,
  caseTiming,
  sessionTiming,
  warningMs,
  onFlags,
}: {
  phase: SupervisorView['phase'];
  move: number;
  current: NonNullable<SupervisorView['current']>;
  controls: SupervisorView['controls'];
  caseTiming: CaseTimingView;
  sessionTiming: SupervisorView['timing'];
  warningMs: number | undefined;
  onFlags: (flags: TimeFlags) => void;
}) {
  const t = useT();
  const timer = current.timer;
  // Worked out here for a new timer, so the label changes in the same render as the digits; the
  // countdown's own report of the same state then changes nothing (no second render).
  const [time, setTime] = useState<TimeState>(() => timeStateAt(timer, Date.now(), warningMs));
  const [timeFor, setTimeFor] = useState({ timer, warningMs });
  if (timeFor.timer !== timer || timeFor.warningMs !== warningMs) {
    setTimeFor({ timer, warningMs });
    const next = timeStateAt(timer, Date.now(), warningMs);
    if (!sameLabel(time, next)) setTime(next);
  }
  const [announce, setAnnounce] = useState('');

  const onState = (s: TimeState, signals: TimeSignal[]) => {
    setTime((prev) => (sameLabel(prev, s) ? prev : s));
    onFlags({ endingSoon: s.endingSoon, timeUp: s.zone === 'timeup' });
    for (const signal of signals) {
      if (signal === 'warning') setAnnounce(warningText(t, warningMs));
      if (signal === 'timeup') setAnnounce(t('signal.timeup'));
      if (signal === 'midpoint') setAnnounce(t('signal.midpoint'));
    }
  };

  return (
    <section className="card time-card" aria-label={t('case.timeLabel')}>
      <Countdown timer={timer} warningMs={warningMs} bar size="clamp(3.5rem, 6vw, 7rem)" onState={onState}>
        <p className="run-label">
          {time.run === 'idle' ? t('run.idle') : time.zone === 'timeup' ? t('run.overtime') : time.run === 'paused' ? t('run.paused') : t('run.running')}
          {timer.silent ? ` · ${t('tk.silentStep')}` : ''}
        </p>
      </Countdown>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <TimeControls phase={phase} move={move} current={current} controls={controls} />
      <OnTime caseTiming={caseTiming} session={sessionTiming} caseRunning at={timer.at} />
      <StepMinutes steps={caseTiming.steps} />
    </section>
  );
});

const CaseHead = memo(function CaseHead({ n, total, title, presenterName }: { n: number; total: number; title: string; presenterName: string | null }) {
  const t = useT();
  return (
    <p className="case-title">
      <span className="muted">{t('case.numberOf', { n, total })} · </span>
      <strong>{title}</strong>
      {presenterName && <span className="muted"> · {t('case.presenter', { name: presenterName })}</span>}
    </p>
  );
});

const NO_FLAGS: TimeFlags = { endingSoon: false, timeUp: false };

export function CaseScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const settings = useSettings();
  const current = view.current;
  const step = currentStep(current);
  const theCase = view.cases[view.cases.length - 1] ?? null;
  const [flags, setFlags] = useState<TimeFlags>(NO_FLAGS);
  const onFlags = useCallback((next: TimeFlags) => setFlags((prev) => (prev.endingSoon === next.endingSoon && prev.timeUp === next.timeUp ? prev : next)), []);
  const observations = useObservations(view.sessionId, view.cases.length);
  const plan = view.plan;
  const namesKey = [...plan.participants.map((p) => p.name), plan.supervisorName, plan.secondFacilitatorName].filter(Boolean).join('\u0000');
  const names = useMemo(() => (namesKey ? namesKey.split('\u0000') : []), [namesKey]);
  const warningMs = warningMsFor(current, settings);
  const notesLabel = step ? t('notes.forStep', { n: step.number, name: t.l(step.name) }) : '';

  if (!current || !step || !theCase) return <p>{t('common.loading')}</p>;

  return (
    <div className="case-screen">
      <div className="case-head">
        <CaseHead n={view.cases.length} total={view.plan.plannedCases} title={theCase.title} presenterName={theCase.presenterName} />
        <StepsLine timing={theCase.timing} currentIndex={current.stepIndex} />
      </div>
      <div className="case-grid">
        <div className="stack case-main">
          {step.silent ? <SilentInventory ended={flags.timeUp} /> : <StepCard step={step} />}
          {!step.silent && <NotesCard caseId={theCase.id} stepId={step.id} label={notesLabel} knownNames={names} />}
          {step.silent && <KeepOwnWords caseId={theCase.id} stepId={step.id} label={notesLabel} knownNames={names} />}
          {step.id === 'samenvatting' && <SummaryCard sessionId={view.sessionId} caseId={theCase.id} timing={theCase.timing} observations={observations} knownNames={names} />}
        </div>
        <div className="stack case-side">
          <TimeCard
            phase={view.phase}
            move={view.move}
            current={current}
            controls={view.controls}
            caseTiming={theCase.timing}
            sessionTiming={view.timing}
            warningMs={warningMs}
            onFlags={onFlags}
          />
          <Prompts stepId={step.id} caseId={theCase.id} endingSoon={flags.endingSoon} observations={observations} />
          <CircleDisplayControls ruleCard />
          <ShortcutLegend tags={false} extra={[[ACK_KEYS, 'keys.ack']]} />
        </div>
      </div>
    </div>
  );
}

const NotesCard = memo(function NotesCard(props: { caseId: string; stepId: StepDefinition['id']; label: string; knownNames: readonly string[] }) {
  const t = useT();
  return (
    <section className="card" aria-label={t('notes.title')}>
      <NotesEditor {...props} />
    </section>
  );
});

/**
 * The silent inventory is private: nothing of it is kept unless the supervisor opens this and
 * chooses to write down their own words (then they go into the vault like any note).
 */
const KeepOwnWords = memo(function KeepOwnWords(props: { caseId: string; stepId: StepDefinition['id']; label: string; knownNames: readonly string[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="card keep-own-words" data-testid="keep-own-words" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('silent.keepOwn')}</summary>
      <p className="small muted">{t('silent.keepOwnHint')}</p>
      {open && <NotesEditor {...props} />}
    </details>
  );
});

function SummaryCard(props: Parameters<typeof SummaryEditor>[0]) {
  return (
    <section className="card">
      <SummaryEditor {...props} />
    </section>
  );
}
