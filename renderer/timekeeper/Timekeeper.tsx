/**
 * The second facilitator's window: a countdown readable from across the room, the time controls,
 * planned versus actual, whether the case and the session end on time, and one-tap observations.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { TimekeeperView, TimerView } from '../../shared/session/views.ts';
import { afterNextPaint } from '../common/after-paint.ts';
import { Countdown } from '../common/Countdown.tsx';
import { audioWarm, chime, warmAudio } from '../common/chime.ts';
import { msUntilChange } from '../common/time.ts';
import { currentStep, warningMsFor, warningText, whereLabel } from '../common/labels.ts';
import { Notices } from '../common/Notices.tsx';
import { OnTime, StepsLine } from '../common/StepsLine.tsx';
import { useConnected, useSettings, useStatus, useView } from '../common/store.ts';
import { TimeControls } from '../common/TimeControls.tsx';
import { realTime, signedLeft, timeStateAt } from '../common/ticker.ts';
import type { TimeSignal, TimeState } from '../common/ticker.ts';
import { useAfterFirstPaint, useDocumentSettings } from '../common/boot.tsx';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';
import { ObservationTags } from './ObservationTags.tsx';
import { ShortcutLegend } from '../common/ShortcutLegend.tsx';
import { CircleDisplayControls } from '../common/CircleDisplayControls.tsx';
import { WallClock } from '../common/WallClock.tsx';
import { clockTime } from '../common/dates.ts';
import { NudgePanel, NUDGE_KEY } from './NudgePanel.tsx';

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

/**
 * Get the audio context ready long before the first chime (its set-up blocks the main thread for
 * 100–300 ms). After the first paint, and while a clock runs right after the digits changed, so the
 * set-up falls in the second before the next change instead of holding the digits back.
 */
function useWarmAudio(enabled: boolean, timer: TimerView | null) {
  const timerRef = useRef(timer);
  timerRef.current = timer;
  useEffect(() => {
    if (!enabled || audioWarm()) return;
    let cancelAfterPaint: (() => void) | null = null;
    const running = timerRef.current?.deadline != null ? timerRef.current : null;
    const wait = running ? msUntilChange(signedLeft(running, Date.now())) + 20 : 0;
    const handle = setTimeout(() => {
      cancelAfterPaint = afterNextPaint(warmAudio);
    }, wait);
    return () => {
      clearTimeout(handle);
      cancelAfterPaint?.();
    };
  }, [enabled]);
}

const sameLabel = (a: TimeState, b: TimeState) => a.run === b.run && a.zone === b.zone && a.midpointPassed === b.midpointPassed;

const QuietNotices = memo(Notices);

/**
 * The countdown with its label, the spoken signals, and the chime. Its own component: a pushed
 * view re-renders it with the new timer, and the label changes in that same render (worked out
 * from the timer here), so the countdown's report of the same state changes nothing.
 */
const TkClock = memo(function TkClock({ timer, warningMs, where }: { timer: TimerView; warningMs: number | undefined; where: string }) {
  const t = useT();
  const settings = useSettings();
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const [announce, setAnnounce] = useState('');
  const [state, setState] = useState<TimeState>(() => timeStateAt(timer, Date.now(), warningMs));
  const [stateFor, setStateFor] = useState({ timer, warningMs });
  if (stateFor.timer !== timer || stateFor.warningMs !== warningMs) {
    setStateFor({ timer, warningMs });
    const next = timeStateAt(timer, Date.now(), warningMs);
    if (!sameLabel(state, next)) setState(next);
  }
  const silent = timer.silent;

  const onState = (s: TimeState, signals: TimeSignal[]) => {
    setState((prev) => (sameLabel(prev, s) ? prev : s));
    const cfg = settingsRef.current;
    const after: (() => void)[] = [];
    for (const signal of signals) {
      if (signal === 'ending-soon') continue;
      const text = signal === 'warning' ? warningText(t, warningMs) : signal === 'timeup' ? t('signal.timeup') : t('signal.midpoint');
      setAnnounce(text);
      if (cfg.sound && !silent) after.push(() => chime(signal));
      if (signal === 'timeup' && cfg.notifications) {
        const title = t('signal.timeup');
        after.push(() => notify(title, where));
      }
    }
    // The digits first, always: sound and notification once the frame with the new value is painted.
    if (after.length > 0) afterNextPaint(() => after.forEach((run) => run()));
  };

  const runKey = state.zone === 'timeup' && state.run === 'running' ? 'run.overtime' : (RUN_KEYS[state.run] ?? 'run.idle');
  return (
    <>
      <Countdown timer={timer} warningMs={warningMs} bar size="min(15vw, 42vh)" onState={onState}>
        <p className="run-label" data-testid="run-label">
          {t(runKey)}
          {silent ? ` · ${t('tk.silentStep')}` : ''}
          {state.midpointPassed && timer.midpointMs !== null ? ` · ${t('signal.midpointShort')}` : ''}
        </p>
      </Countdown>
      <p className="sr-only" aria-live="polite" role="status">
        {announce}
      </p>
    </>
  );
});

export function Timekeeper() {
  const t = useT();
  const view = useView<TimekeeperView>();
  const settings = useSettings();
  const status = useStatus();
  const connected = useConnected();
  useDocumentSettings({ title: `${t('app.name')} · ${t('role.timekeeper')}` });
  // The digits first; the side panel a frame later.
  const full = useAfterFirstPaint(view !== null);
  const tkView = view?.role === 'timekeeper' ? view : null;
  useWarmAudio(settings.sound && tkView !== null, tkView?.current?.timer ?? null);

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
  const where = whereLabel(t, view.phase, current);

  const caseRunning = view.phase === 'case';
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
          {view.practice && (
            <strong className="practice-tag" data-testid="practice-banner">
              {' '}
              · {t('practice.circle')}
            </strong>
          )}
        </p>
        <p className="tk-where" data-testid="tk-where">
          {view.caseNumber !== null && (view.phase === 'case' || view.phase === 'caseEnd') ? `${t('case.numberOf', { n: view.caseNumber, total: view.plannedCases })} · ` : ''}
          {where}
        </p>
        <p className="tk-clocktime small">
          <WallClock /> · {t('tk.endsAround', { time: clockTime(realTime(current?.timer, view.timing.projectedEndAt), t.lang) })}
        </p>
      </header>
      <main id="main" className="tk-main">
        <h1 className="sr-only">{t('tk.title')}</h1>
        <section className="tk-clock" aria-label={t('tk.clockLabel')}>
          {current ? (
            <TkClock timer={current.timer} warningMs={warningMs} where={where} />
          ) : (
            <>
              <div className="tk-idle" data-testid="run-label">
                <p className="tk-idle-title">{t(view.phase === 'caseEnd' ? 'phase.caseEnd' : 'tk.noClock')}</p>
                <p className="muted">{t('tk.noClockHint')}</p>
              </div>
              <p className="sr-only" aria-live="polite" role="status" />
            </>
          )}
          <TimeControls phase={view.phase} move={view.move} current={current} controls={view.controls} big />
        </section>
        {full && <aside className="tk-side stack">
          <NudgePanel />
          <ObservationTags sessionId={view.sessionId} stepId={step?.id ?? null} caseId={view.caseTiming?.caseId ?? null} enabled={tagsEnabled} />
          <CircleDisplayControls ruleCard={view.phase === 'case'} />
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
          <ShortcutLegend extra={[[NUDGE_KEY, 'keys.nudge']]} />
        </aside>}
      </main>
      <QuietNotices />
    </div>
  );
}
