/** The case is done: write and save the summary, export it, then a break, the next case or closing. */
import type { SupervisorView } from '../../../shared/session/views.ts';
import { command, singleClick } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ExportPanel } from '../parts/ExportPanel.tsx';
import { SummaryEditor } from '../parts/SummaryEditor.tsx';
import { useObservations } from '../observations.ts';
import { flushNotes } from '../notes.ts';

export function CaseEndScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const theCase = view.cases[view.cases.length - 1] ?? null;
  const observations = useObservations(view.sessionId, theCase?.id);
  const names = [...view.plan.participants.map((p) => p.name), view.plan.supervisorName, view.plan.secondFacilitatorName].filter(Boolean);
  if (!theCase) return null;
  const moreCases = view.cases.length < view.plan.plannedCases;
  const go = async (cmd: Parameters<typeof command>[0]) => {
    await flushNotes();
    await command(cmd);
  };

  return (
    <div className="stack">
      <div className="row between">
        <h1>
          {t('caseEnd.title', { n: view.cases.length })} <span className="muted">· {theCase.title}</span>
        </h1>
        <button type="button" onClick={singleClick(() => void go({ type: 'BACK', atMove: view.move }))}>
          {t('time.backToStep6')}
        </button>
      </div>
      <div className="case-end-grid">
        <section className="card">
          <SummaryEditor sessionId={view.sessionId} caseId={theCase.id} timing={theCase.timing} observations={observations} knownNames={names} />
        </section>
        <div className="stack">
          <section className="card stack" aria-labelledby="export-title">
            <h2 id="export-title">{t('export.title')}</h2>
            <p className="small muted">{t('export.intro')}</p>
            <ExportPanel sessionId={view.sessionId} caseId={theCase.id} />
          </section>
          <section className="card stack" aria-labelledby="next-title">
            <h2 id="next-title">{t('caseEnd.next')}</h2>
            <p className="small muted">{t('caseEnd.confidential')}</p>
            <div className="stack">
              {moreCases && (
                <button type="button" className="primary big" onClick={singleClick(() => void go({ type: 'START_BREAK', minutes: view.plan.breakMinutes, atMove: view.move }))} data-testid="case-end-break">
                  {t('caseEnd.break', { n: view.plan.breakMinutes })}
                </button>
              )}
              <button type="button" className={moreCases ? 'big' : 'primary big'} onClick={singleClick(() => void go({ type: 'NEXT_CASE', atMove: view.move }))} data-testid="next-case">
                {t('caseEnd.nextCase')}
              </button>
              <button type="button" className="big" onClick={singleClick(() => void go({ type: 'CLOSE_SESSION', atMove: view.move }))} data-testid="case-end-close">
                {t('caseEnd.close')}
              </button>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
