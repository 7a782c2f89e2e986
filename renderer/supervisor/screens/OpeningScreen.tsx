/** Opening: the agreements, each ticked off aloud; a warm-up with its own short, paced guide. */
import { useEffect, useState } from 'react';
import { AGREEMENTS } from '../../../shared/method/agreements.ts';
import { OPENING_PROMPTS } from '../../../shared/method/prompts.ts';
import { WARMUPS } from '../../../shared/method/warmups.ts';
import { WARMUP_STATEMENTS } from '../../../shared/method/warmup-statements.ts';
import type { Warmup } from '../../../shared/method/warmups.ts';
import type { SupervisorView, TimerView } from '../../../shared/session/views.ts';
import { command, singleClick } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { useT } from '../../i18n/index.ts';
import { CircleOpening } from '../parts/CircleOpening.tsx';

/** Which guide step is due now: paced by the warm-up's own clock, one timeout per step change. */
export function guideIndexAt(guide: readonly { seconds: number }[], elapsedMs: number): number {
  let end = 0;
  for (let i = 0; i < guide.length; i++) {
    end += (guide[i]?.seconds ?? 0) * 1000;
    if (elapsedMs < end) return i;
  }
  return guide.length - 1;
}

function elapsedOf(timer: TimerView, now: number) {
  return timer.deadline === null ? timer.elapsedMs : timer.elapsedMs + Math.max(0, now - timer.at);
}

function useGuideIndex(timer: TimerView | null, guide: readonly { seconds: number }[]): number {
  const [index, setIndex] = useState(() => (timer ? guideIndexAt(guide, elapsedOf(timer, Date.now())) : 0));
  useEffect(() => {
    if (!timer) return;
    let handle: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      const elapsed = elapsedOf(timer, Date.now());
      const i = guideIndexAt(guide, elapsed);
      setIndex(i);
      if (timer.deadline === null) return;
      const end = guide.slice(0, i + 1).reduce((sum, g) => sum + g.seconds * 1000, 0);
      if (end > elapsed && i < guide.length - 1) handle = setTimeout(update, end - elapsed + 5);
    };
    update();
    return () => void (handle && clearTimeout(handle));
  }, [timer, guide]);
  return index;
}

function WarmupGuide({ warmup, timer }: { warmup: Warmup; timer: TimerView }) {
  const t = useT();
  const auto = useGuideIndex(timer, warmup.guide);
  const [manual, setManual] = useState<number | null>(null);
  const [statement, setStatement] = useState(0);
  const index = manual ?? auto;
  const step = warmup.guide[index];
  const paced = warmup.id === 'grounding';
  return (
    <div className="stack">
      {paced ? (
        <div className="guide-paced" aria-live="polite" data-testid="guide-step">
          <p className="muted small">{t('warmup.stepOf', { n: index + 1, total: warmup.guide.length })}</p>
          <p className="guide-text">{step ? t.l(step.text) : ''}</p>
        </div>
      ) : (
        <ol className="guide-list">
          {warmup.guide.map((g, i) => (
            <li key={i} aria-current={i === index ? 'step' : undefined} className={i === index ? 'current' : ''}>
              {t.l(g.text)}
            </li>
          ))}
        </ol>
      )}
      <div className="row">
        <button type="button" onClick={() => setManual(Math.max(0, index - 1))} disabled={index === 0}>
          {t('warmup.prevStep')}
        </button>
        <button type="button" onClick={() => setManual(Math.min(warmup.guide.length - 1, index + 1))} disabled={index >= warmup.guide.length - 1}>
          {t('warmup.nextStep')}
        </button>
        {manual !== null && (
          <button type="button" className="quiet" onClick={() => setManual(null)}>
            {t('warmup.followClock')}
          </button>
        )}
      </div>
      {warmup.id === 'statements' && (
        <div className="card statement" aria-live="polite">
          <p className="muted small">{t('warmup.statementOf', { n: statement + 1, total: WARMUP_STATEMENTS.length })}</p>
          <p className="guide-text">{t.l(WARMUP_STATEMENTS[statement] ?? { nl: '', en: '' })}</p>
          <div className="row">
            <button type="button" onClick={() => setStatement(Math.max(0, statement - 1))} disabled={statement === 0}>
              {t('warmup.prevStatement')}
            </button>
            <button type="button" onClick={() => setStatement(Math.min(WARMUP_STATEMENTS.length - 1, statement + 1))} disabled={statement >= WARMUP_STATEMENTS.length - 1}>
              {t('warmup.nextStatement')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export function OpeningScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const checked = new Set(view.agreementsChecked);
  const running = view.warmup && view.warmup.timer.status !== 'done' ? view.warmup : null;
  const runningWarmup = running ? WARMUPS.find((w) => w.id === running.warmupId) : undefined;
  const [minutes, setMinutes] = useState<Record<string, number>>(() => Object.fromEntries(WARMUPS.map((w) => [w.id, w.suggestedMinutes])));
  const allChecked = AGREEMENTS.every((a) => checked.has(a.id));

  return (
    <div className="stack">
      <div className="row between">
        <h1>{t('opening.title')}</h1>
        <button type="button" className="primary big" onClick={singleClick(() => void command({ type: 'FINISH_OPENING', atMove: view.move }))} data-testid="finish-opening">
          {t('opening.finish')}
        </button>
      </div>
      {!allChecked && <p className="muted">{t('opening.agreementsFirst')}</p>}
      <CircleOpening sessionId={view.sessionId} />
      <div className="grid-2">
        <section className="card" aria-labelledby="agreements-title">
          <h2 id="agreements-title">
            {t('opening.agreements')} <span className="muted small">({checked.size}/{AGREEMENTS.length})</span>
          </h2>
          <ul className="agreements">
            {AGREEMENTS.map((a) => (
              <li key={a.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={checked.has(a.id)}
                    onChange={(e) => void command({ type: 'CHECK_AGREEMENT', agreementId: a.id, checked: e.target.checked })}
                    data-testid={`agreement-${a.id}`}
                  />
                  <span>
                    <strong>{t.l(a.title)}</strong>
                    <br />
                    <span className="muted">{t.l(a.text)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <details className="small" style={{ marginTop: '0.8rem' }}>
            <summary>{t('opening.prompts')}</summary>
            <ul>
              {OPENING_PROMPTS.map((p) => (
                <li key={p.id}>{t.l(p.text)}</li>
              ))}
            </ul>
          </details>
        </section>
        <section className="card" aria-labelledby="warmup-title">
          <h2 id="warmup-title">{t('opening.warmup')}</h2>
          {running && runningWarmup ? (
            <div className="stack">
              <div className="row between">
                <h3 style={{ margin: 0 }}>{t.l(runningWarmup.name)}</h3>
                <Countdown timer={running.timer} size="2.4rem" bar />
              </div>
              <WarmupGuide warmup={runningWarmup} timer={running.timer} />
              <div className="row">
                <button type="button" onClick={singleClick(() => void command({ type: 'END_WARMUP', atMove: view.move }))} data-testid="end-warmup">
                  {t('opening.endWarmup')}
                </button>
              </div>
            </div>
          ) : (
            <>
              <p className="muted small">{t('opening.warmupOptional')}</p>
              <ul className="warmups">
                {WARMUPS.map((w) => (
                  <li key={w.id} className="warmup-option">
                    <div>
                      <strong>{t.l(w.name)}</strong>
                      <p className="small muted" style={{ margin: 0 }}>
                        {t.l(w.description)}
                      </p>
                    </div>
                    <div className="row">
                      <label className="sr-only" htmlFor={`wm-${w.id}`}>
                        {t('opening.warmupMinutes', { name: t.l(w.name) })}
                      </label>
                      <input id={`wm-${w.id}`} type="number" min={1} max={60} value={minutes[w.id] ?? w.suggestedMinutes} onChange={(e) => setMinutes({ ...minutes, [w.id]: Number(e.target.value) })} />
                      <span className="small muted">{t('common.minutes')}</span>
                      <button type="button" onClick={singleClick(() => void command({ type: 'START_WARMUP', warmupId: w.id, minutes: minutes[w.id] ?? w.suggestedMinutes, atMove: view.move }))} data-testid={`start-warmup-${w.id}`}>
                        {t('opening.startWarmup')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              {view.warmup && <p className="small muted">{t('opening.warmupDone', { name: t.l(WARMUPS.find((w) => w.id === view.warmup?.warmupId)?.name ?? { nl: '', en: '' }) })}</p>}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
