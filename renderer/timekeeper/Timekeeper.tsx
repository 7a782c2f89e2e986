/**
 * The second facilitator's window: a countdown readable from across the room, the time controls,
 * planned versus actual, whether the case and the session end on time, and one-tap observations.
 */
import { useRef, useState } from 'react';
import type { TimekeeperView } from '../../shared/session/views.ts';
import { Countdown } from '../common/Countdown.tsx';
import { chime } from '../common/chime.ts';
import { currentStep, warningMsFor, warningText, whereLabel } from '../common/labels.ts';
import { Notices } from '../common/Notices.tsx';
import { OnTime, StepsLine } from '../common/StepsLine.tsx';
import { useConnected, useSettings, useStatus, useView } from '../common/store.ts';
import { TimeControls } from '../common/TimeControls.tsx';
import type { TimeSignal, TimeState } from '../common/ticker.ts';
import { useAfterFirstPaint, useDocumentSettings } from '../common/boot.tsx';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';
import { ObservationTags } from './ObservationTags.tsx';
import { ShortcutLegend } from './ShortcutLegend.tsx';

const RUN_KEYS: Record<string, StringKey> = {
  idle: 'run.idle',
  running: 'run.running',
  paused: 'run.paused',
  done: 'run.done',
};

function notify(title: string, body: string) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    new Notification(title, { body, silent: true });
  } catch {
    // A notification is a courtesy; the screen already shows the time is up.
  }
}

export function Timekeeper() {
  const t = useT();
  const view = useView<TimekeeperView>();
  const settings = useSettings();
  const status = useStatus();
  const connected = useConnected();
  useDocumentSettings({ title: `${t('app.name')} · ${t('role.timekeeper')}` });
  const [announce, setAnnounce] = useState('');
  const [state, setState] = useState<TimeState | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  // The digits first; the side panel a frame later.
  const full = useAfterFirstPaint(view !== null);

  if (!view || view.role !== 'timekeeper') {
    return (
      <main className="connecting" id="main">
        <h1 className="sr-only">{t('role.timekeeper')}</h1>
        <p>{connected ? (status?.session === 'none' ? t('tk.noSession') : t('common.loading')) : t('common.connecting')}</p>
        <Notices />
      </main>
    );
  }

  const current = view.current;
  const step = currentStep(current);
  const silent = current?.timer.silent ?? false;
  const warningMs = warningMsFor(current, settings);

  const onState = (s: TimeState, signals: TimeSignal[]) => {
    setState(s);
    const cfg = settingsRef.current;
    for (const signal of signals) {
      if (signal === 'ending-soon') continue;
      const text = signal === 'warning' ? warningText(t, warningMs) : signal === 'timeup' ? t('signal.timeup') : t('signal.midpoint');
      setAnnounce(text);
      if (cfg.sound && !silent) chime(signal);
      if (signal === 'timeup' && cfg.notifications) notify(t('signal.timeup'), whereLabel(t, view.phase, current));
    }
  };

  const caseRunning = view.phase === 'case';
  const runKey = state?.zone === 'timeup' && state.run === 'running' ? 'run.overtime' : RUN_KEYS[state?.run ?? 'idle'] ?? 'run.idle';
  // Main keeps tags noted while the vault is locked and stores them once it opens again.
  const tagsEnabled = view.phase === 'case';

  return (
    <div className="tk-layout">
      <a className="skip-link" href="#main">
        {t('common.skipToMain')}
      </a>
      <header className="tk-header">
        <p className="tk-brand">
          {t('app.name')} · {t('role.timekeeper')}
        </p>
        <p className="tk-where" data-testid="tk-where">
          {view.caseNumber !== null && (view.phase === 'case' || view.phase === 'caseEnd') ? `${t('case.numberOf', { n: view.caseNumber, total: view.plannedCases })} · ` : ''}
          {whereLabel(t, view.phase, current)}
        </p>
      </header>
      <main id="main" className="tk-main">
        <h1 className="sr-only">{t('tk.title')}</h1>
        <section className="tk-clock" aria-label={t('tk.clockLabel')}>
          {current ? (
            <Countdown timer={current.timer} warningMs={warningMs} bar size="min(15vw, 42vh)" onState={onState}>
              <p className="run-label" data-testid="run-label">
                {t(runKey)}
                {silent ? ` · ${t('tk.silentStep')}` : ''}
                {state?.midpointPassed && current.timer.midpointMs !== null ? ` · ${t('signal.midpointShort')}` : ''}
              </p>
            </Countdown>
          ) : (
            <div className="tk-idle" data-testid="run-label">
              <p className="tk-idle-title">{t(view.phase === 'caseEnd' ? 'phase.caseEnd' : 'tk.noClock')}</p>
              <p className="muted">{t('tk.noClockHint')}</p>
            </div>
          )}
          <p className="sr-only" aria-live="polite" role="status">
            {announce}
          </p>
          <TimeControls phase={view.phase} current={current} controls={view.controls} big />
        </section>
        {full && <aside className="tk-side stack">
          {(view.phase === 'case' || view.phase === 'caseEnd') && (
            <section className="card" aria-labelledby="tk-steps">
              <h2 id="tk-steps">{t('steps.title')}</h2>
              <StepsLine timing={view.caseTiming} currentIndex={current?.stepIndex ?? null} caseEnded={view.phase === 'caseEnd'} />
            </section>
          )}
          <section className="card" aria-labelledby="tk-ontime">
            <h2 id="tk-ontime">{t('ontime.title')}</h2>
            <OnTime caseTiming={view.caseTiming} session={view.timing} caseRunning={caseRunning} at={current?.timer.at ?? Date.now()} />
            {step && settings.sound && silent && <p className="small muted">{t('tk.silentNoSound')}</p>}
          </section>
          <ObservationTags sessionId={view.sessionId} stepId={step?.id ?? null} caseId={view.caseTiming?.caseId ?? null} enabled={tagsEnabled} />
          <ShortcutLegend />
        </aside>}
      </main>
      <Notices />
    </div>
  );
}
