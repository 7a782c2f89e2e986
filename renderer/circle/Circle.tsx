/**
 * The circle display, facing the group: where we are, who speaks, the one rule that matters now,
 * and the time left. Its view carries no names, notes or case details, and this window asks main
 * for nothing else.
 */
import { useState } from 'react';
import { CASE_CRITERIA } from '../../shared/method/criteria.ts';
import { WARMUPS } from '../../shared/method/warmups.ts';
import { FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../shared/method/words.ts';
import type { CircleView } from '../../shared/session/views.ts';
import { useDocumentSettings } from '../common/boot.tsx';
import { Countdown } from '../common/Countdown.tsx';
import { currentStep, stepTotal, warningMsFor } from '../common/labels.ts';
import { useConnected, useSettings, useView } from '../common/store.ts';
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

export function Circle() {
  const t = useT();
  const view = useView<CircleView>();
  const settings = useSettings();
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

  const current = view.current;
  const step = currentStep(current);
  const timer = current?.timer ?? null;
  const showDigits = settings.circleDisplay === 'digits';
  const clock = timer ? (
    <Countdown
      timer={timer}
      warningMs={warningMsFor(current, settings)}
      digits={showDigits}
      bar={!showDigits}
      size={step?.silent ? 'clamp(2.5rem, 7vh, 6rem)' : 'clamp(5rem, min(13vw, 24vh), 15rem)'}
      className="circle-clock"
      onState={(s) => setZone(s.zone)}
    >
      {!showDigits && <span className="sr-only">{t('circle.barLabel')}</span>}
      {!showDigits && zone === 'timeup' && <span className="run-label">{t('signal.timeup')}</span>}
    </Countdown>
  ) : null;

  if (view.phase === 'case' && step) {
    return (
      <main className={`circle ${step.silent ? 'silent' : ''}`} id="main" data-step={step.id}>
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
    case 'break':
      title = t('phase.break');
      text = t('circle.breakText');
      break;
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
      <h1 className="circle-hold-title" data-testid="circle-step">
        {title}
      </h1>
      <p className="circle-hold-text">{text}</p>
      {extra}
      {clock && <div className="circle-time">{clock}</div>}
    </main>
  );
}
