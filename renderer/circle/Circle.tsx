/**
 * The circle display, facing the group: where we are, who speaks, the one rule that matters now,
 * and the time left. Its view carries no names, notes, nudges or case details, and this window asks
 * main for nothing else. It never pressures the presenter: no red field, no alarm words; overtime
 * is a quiet "+0:42" or nothing, and the facilitators can hide the time, show a calm blank screen
 * or the step's rule card.
 */
import { useState } from 'react';
import { CASE_CRITERIA } from '../../shared/method/criteria.ts';
import { WARMUPS } from '../../shared/method/warmups.ts';
import { FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../shared/method/words.ts';
import type { CircleView } from '../../shared/session/views.ts';
import { useDocumentSettings } from '../common/boot.tsx';
import { Countdown } from '../common/Countdown.tsx';
import { currentStep, stepTotal, warningMsFor } from '../common/labels.ts';
import { useCircleDisplay, useConnected, useSettings, useView } from '../common/store.ts';
import { clockTime } from '../common/dates.ts';
import type { StepDefinition } from '../../shared/method/types.ts';
import { realTime } from '../common/ticker.ts';
import type { Zone } from '../common/ticker.ts';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';

function Words() {
  const t = useT();
  const lists: [StringKey, readonly { nl: string; en: string }[]][] = [
    ['words.pleasant', FEELINGS_PLEASANT],
    ['words.unpleasant', FEELINGS_UNPLEASANT],
    ['words.needs', NEEDS],
  ];
  return (
    <div className="circle-words">
      {lists.map(([title, words]) => (
        <section key={title} aria-labelledby={`w-${title}`}>
          <h2 id={`w-${title}`}>{t(title)}</h2>
          <ul>
            {words.map((w) => (
              <li key={w.nl}>{t.l(w)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Practice is marked on the circle display too, small and calm. */
function PracticeMark() {
  const t = useT();
  return (
    <p className="circle-practice" data-testid="practice-banner">
      {t('practice.circle')}
    </p>
  );
}

/** The step's "what now, what not now", full-screen: the supervisor points at it instead of correcting someone aloud. */
function RuleCard({ step }: { step: StepDefinition }) {
  const t = useT();
  return (
    <main className="circle rule-card" id="main" data-testid="circle-rule-card">
      <h1 className="circle-step">{t.l(step.name)}</h1>
      <div className="rule-card-grid">
        <section aria-labelledby="rule-do">
          <h2 id="rule-do">{t('circle.ruleCardDo')}</h2>
          <ul>
            {step.allowed.map((a) => (
              <li key={a.nl}>{t.l(a)}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="rule-dont">
          <h2 id="rule-dont">{t('circle.ruleCardDont')}</h2>
          <ul>
            {step.notAllowed.map((a) => (
              <li key={a.nl}>{t.l(a)}</li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

export function Circle() {
  const t = useT();
  const view = useView<CircleView>();
  const settings = useSettings();
  const display = useCircleDisplay();
  const connected = useConnected();
  const [zone, setZone] = useState<Zone>('normal');
  useDocumentSettings({ contrast: 'high', title: `${t('app.name')} · ${t('role.circle')}` });

  if (!view || view.role !== 'circle') {
    return (
      <main className="circle holding" id="main">
        <h1 className="circle-hold-title">{t('app.name')}</h1>
        <p className="circle-hold-text">{connected ? t('circle.welcome') : t('common.connecting')}</p>
      </main>
    );
  }

  if (display.blackout) {
    return (
      <main className="circle blackout" id="main" data-testid="circle-blackout">
        <h1 className="sr-only">{t('circle.blank')}</h1>
      </main>
    );
  }

  const current = view.current;
  const step = currentStep(current);
  if (display.ruleCardUntil !== null && view.phase === 'case' && step) return <RuleCard step={step} />;

  const timer = current?.timer ?? null;
  const showDigits = display.time === 'digits';
  // Overtime is gentle here (the timekeeper keeps the strong signals): a quiet count, or nothing.
  const hideInOvertime = zone === 'timeup' && display.overtime === 'none';
  const clock =
    timer && display.time !== 'hidden' ? (
      <Countdown
        timer={timer}
        warningMs={warningMsFor(current, settings)}
        digits={showDigits}
        bar={!showDigits}
        // In overtime the count is quiet: smaller and grey (circle.css), never a red field.
        size={step?.silent || zone === 'timeup' ? 'clamp(2.5rem, 7vh, 6rem)' : 'clamp(5rem, min(13vw, 24vh), 15rem)'}
        className={`circle-clock${hideInOvertime ? ' gone' : ''}`}
        onState={(s) => setZone(s.zone)}
      >
        {!showDigits && <span className="sr-only">{t('circle.barLabel')}</span>}
      </Countdown>
    ) : null;

  if (view.phase === 'case' && step) {
    return (
      <main className={`circle ${step.silent ? 'silent' : ''}`} id="main" data-step={step.id}>
        {view.practice && <PracticeMark />}
        <header className="circle-top">
          <p>
            {view.caseNumber !== null ? `${t('case.number', { n: view.caseNumber })} · ` : ''}
            {t('step.numberOf', { n: step.number, total: stepTotal(step) })}
          </p>
        </header>
        <h1 className="circle-step" data-testid="circle-step">
          {t.l(step.name)}
        </h1>
        <p className="circle-rule" data-testid="circle-rule">
          {t.l(step.circleRule)}
        </p>
        <p className="circle-who">
          <span className="muted">{t('circle.whoSpeaks')}</span> {t.l(step.whoSpeaks)}
        </p>
        {step.silent && <Words />}
        <div className="circle-time">{clock}</div>
      </main>
    );
  }

  // Between steps and around the cases: a calm holding screen.
  let title = t('app.name');
  let text = t('circle.welcome');
  let extra: React.ReactNode = null;
  switch (view.phase) {
    case 'opening': {
      const warmup = current?.kind === 'warmup' ? WARMUPS.find((w) => w.id === current.warmupId) : undefined;
      title = warmup ? t.l(warmup.name) : t('circle.openingTitle');
      text = warmup ? t('circle.warmupText') : t('circle.openingText');
      break;
    }
    case 'choosing':
      title = t('circle.choosingTitle');
      text = t('circle.choosingText');
      extra = (
        <ul className="circle-criteria">
          {CASE_CRITERIA.map((c) => (
            <li key={c.id}>{t.l(c.description)}</li>
          ))}
        </ul>
      );
      break;
    case 'caseEnd':
      title = t('circle.caseEndTitle');
      text = t('circle.caseEndText');
      break;
    case 'break': {
      title = t('phase.break');
      // The time of day people need: when do we start again?
      const resumeAt = timer ? (timer.deadline !== null ? realTime(timer, timer.deadline) : Date.now() + timer.remainingMs / (timer.rate ?? 1)) : null;
      text = resumeAt !== null ? t('circle.breakResumeAt', { time: clockTime(resumeAt, t.lang) }) : t('circle.breakText');
      break;
    }
    case 'closing':
      title = t('phase.closing');
      text = t('circle.closingText');
      break;
    case 'closed':
      title = t('circle.closedTitle');
      text = t('circle.closedText');
      break;
    default:
      break;
  }
  return (
    <main className="circle holding" id="main" data-phase={view.phase}>
      {view.practice && <PracticeMark />}
      <h1 className="circle-hold-title" data-testid="circle-step">
        {title}
      </h1>
      <p className="circle-hold-text">{text}</p>
      {extra}
      {clock && <div className="circle-time">{clock}</div>}
    </main>
  );
}
