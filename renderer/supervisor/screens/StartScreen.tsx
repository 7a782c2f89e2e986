/** Start: a new session, or on with the one that was interrupted; history; settings. */
import { useState } from 'react';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { call } from '../../common/api.ts';
import { longDate } from '../../common/dates.ts';
import { whereLabel } from '../../common/labels.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from '../parts/ConfirmDialog.tsx';
import { CirclesOnStart } from '../parts/CirclesOnStart.tsx';

export function StartScreen({
  view,
  session,
  onEnter,
  onHistory,
  onSettings,
  onCircles,
  onKringkaart,
}: {
  view: SupervisorView | null;
  session: 'none' | 'active' | 'closed';
  onEnter: () => void;
  onHistory: () => void;
  onSettings: () => void;
  onCircles: () => void;
  onKringkaart: () => void;
}) {
  const t = useT();
  const [confirmNew, setConfirmNew] = useState(false);
  const practising = session === 'active' && view?.practice === true;
  const active = session === 'active' && view !== null && !practising;

  const begin = async (replace: boolean, practice = false) => {
    setConfirmNew(false);
    if ((await call('session.begin', { replace, practice })) !== undefined) onEnter();
  };

  return (
    <div className="narrow stack">
      <h1>{t('start.title')}</h1>
      <p className="muted">{t('start.intro')}</p>
      {active && view && (
        <section className="card stack" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('start.resumeTitle')}</h2>
          <p style={{ margin: 0 }}>
            {view.timing.plannedStartAt ? `${longDate(view.timing.plannedStartAt, t.lang)} · ` : ''}
            {whereLabel(t, view.phase, view.current)}
          </p>
          <div className="row">
            <button type="button" className="primary big" onClick={onEnter} data-testid="resume-session" autoFocus>
              {t('start.resume')}
            </button>
            <button type="button" onClick={() => setConfirmNew(true)}>
              {t('start.newInstead')}
            </button>
          </div>
        </section>
      )}
      {!active && (
        <section className="card stack" aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newTitle')}</h2>
          <p style={{ margin: 0 }}>{t('start.newText')}</p>
          <div className="row">
            <button type="button" className="primary big" onClick={() => void begin(false)} data-testid="new-session" autoFocus>
              {t('start.new')}
            </button>
          </div>
        </section>
      )}
      <CirclesOnStart active={active} onEnter={onEnter} onManage={onCircles} />
      <section className="card stack" aria-labelledby="practice-title">
        <h2 id="practice-title">{t('practice.title')}</h2>
        <p style={{ margin: 0 }}>{practising ? t('practice.running') : t('practice.text')}</p>
        <div className="row">
          {practising ? (
            <>
              <button type="button" className="primary" onClick={onEnter} data-testid="resume-practice">
                {t('practice.resume')}
              </button>
              <button type="button" onClick={() => void call('session.endPractice', {})} data-testid="stop-practice">
                {t('practice.stop')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void begin(false, true)} disabled={active} data-testid="start-practice">
              {t('practice.start')}
            </button>
          )}
          {active && <span className="small muted">{t('practice.needsNoSession')}</span>}
        </div>
      </section>
      <div className="row">
        <button type="button" onClick={onHistory} data-testid="open-history">
          {t('nav.history')}
        </button>
        <button type="button" onClick={onSettings} data-testid="open-settings">
          {t('nav.settings')}
        </button>
        <button type="button" onClick={onKringkaart} data-testid="open-kaart">
          {t('kaart.open')}
        </button>
      </div>
      <ConfirmDialog open={confirmNew} title={t('start.confirmNewTitle')} confirmLabel={t('start.confirmNew')} danger onConfirm={() => void begin(true)} onCancel={() => setConfirmNew(false)}>
        <p>{t('start.confirmNewText')}</p>
      </ConfirmDialog>
    </div>
  );
}
