/** Closing (and closed): what each case brought, closing prompts, export, and the end of the session. */
import { useEffect, useState } from 'react';
import { CLOSING_PROMPTS } from '../../../shared/method/prompts.ts';
import type { CaseSummary } from '../../../shared/ipc/records.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { call, command, singleClick } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { clockTime, longDate } from '../../common/dates.ts';
import { durationText } from '../../common/time.ts';
import { TimeControls } from '../../common/TimeControls.tsx';
import { useT } from '../../i18n/index.ts';
import { ExportPanel } from '../parts/ExportPanel.tsx';

export function SessionCases({ view, summaries }: { view: SupervisorView; summaries: readonly CaseSummary[] }) {
  const t = useT();
  if (view.cases.length === 0) return <p className="muted">{t('closing.noCases')}</p>;
  return (
    <ol className="session-cases">
      {view.cases.map((c, i) => {
        const s = summaries.find((x) => x.caseId === c.id);
        return (
          <li key={c.id} className="card">
            <h3>
              {t('case.number', { n: i + 1 })}: {c.title}
            </h3>
            <p className="small muted">
              {c.presenterName ? `${t('case.presenter', { name: c.presenterName })} · ` : ''}
              {t('closing.duration', { planned: durationText(c.timing.plannedMs), actual: durationText(c.timing.actualMs) })}
            </p>
            {s ? (
              <>
                {s.commonThread && <p>{s.commonThread}</p>}
                {s.themes.filter(Boolean).length > 0 && (
                  <ul className="chips">
                    {s.themes.filter(Boolean).map((th, j) => (
                      <li key={j} className="chip">
                        {th}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p className="muted small">{t('closing.noSummary')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function ClosingScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const [summaries, setSummaries] = useState<CaseSummary[]>([]);
  const closed = view.phase === 'closed';
  useEffect(() => {
    void call('summary.list', { sessionId: view.sessionId }).then((list) => list && setSummaries(list));
  }, [view.sessionId, view.phase]);

  return (
    <div className="stack">
      <div className="row between">
        <h1>{closed ? t('phase.closed') : t('phase.closing')}</h1>
        {!closed && (
          <div className="row">
            <button type="button" onClick={singleClick(() => void command({ type: 'BACK', atMove: view.move }))}>
              {t('time.backToChoosing')}
            </button>
            <button type="button" className="primary big" onClick={singleClick(() => void command({ type: 'FINISH_SESSION', atMove: view.move }))} data-testid="finish-session">
              {t('closing.finish')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">
        {longDate(view.timing.plannedStartAt, t.lang)} · {clockTime(view.timing.plannedStartAt, t.lang)}
        {closed ? ` – ${clockTime(view.timing.projectedEndAt, t.lang)}` : ''}
      </p>
      <div className="grid-2">
        <section className="stack" aria-labelledby="cases-title">
          <h2 id="cases-title">{t('closing.cases')}</h2>
          <SessionCases view={view} summaries={summaries} />
        </section>
        <div className="stack">
          {!closed && view.current && (
            <section className="card stack" aria-label={t('case.timeLabel')}>
              <Countdown timer={view.current.timer} size="4rem" bar />
              <TimeControls phase={view.phase} move={view.move} current={view.current} controls={view.controls} />
            </section>
          )}
          {!closed && (
            <section className="card" aria-labelledby="closing-prompts">
              <h2 id="closing-prompts">{t('closing.prompts')}</h2>
              <ul>
                {CLOSING_PROMPTS.map((p) => (
                  <li key={p.id}>{t.l(p.text)}</li>
                ))}
              </ul>
            </section>
          )}
          <section className="card stack" aria-labelledby="session-export">
            <h2 id="session-export">{t('closing.export')}</h2>
            <p className="small muted">{t('export.intro')}</p>
            <ExportPanel sessionId={view.sessionId} caseId={null} label={t('closing.exportButton')} />
          </section>
          {closed && (
            <section className="card stack">
              <p>{t('closing.closedText')}</p>
              <div className="row">
                <button type="button" className="primary" onClick={() => void call('session.begin', { replace: false })} data-testid="new-session-after">
                  {t('start.new')}
                </button>
              </div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
