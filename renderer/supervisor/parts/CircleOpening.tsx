/**
 * In the opening of a circle's session: the group's own agreements under the standard four, and
 * "Vorige keer gevraagd": last time's requests for a short check-in, each marked done or carried over.
 */
import { useT } from '../../i18n/index.ts';
import { useCircleBrief } from '../circle-brief.ts';

export function CircleOpening({ sessionId }: { sessionId: string }) {
  const t = useT();
  const { brief, review } = useCircleBrief(sessionId);
  if (!brief) return null;
  return (
    <div className="grid-2">
      {brief.agreements.length > 0 && (
        <section className="card" aria-labelledby="own-agreements">
          <h2 id="own-agreements">{t('kringen.ownAgreements', { name: brief.name })}</h2>
          <ul className="agreements" data-testid="own-agreements">
            {brief.agreements.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="requests-before" data-testid="requests-before">
        <h2 id="requests-before">{t('kringen.lastTime')}</h2>
        {brief.requests.length === 0 ? (
          <p className="muted">{t('kringen.noRequests')}</p>
        ) : (
          <ul className="requests-list">
            {brief.requests.map((r) => (
              <li key={r.id} data-status={r.status}>
                <p style={{ margin: 0 }}>
                  <strong>{t('kringen.requestLine', { from: r.from || '…', to: r.to || '…' })}</strong> {r.text}
                </p>
                <div className="row">
                  {r.status === 'done' ? (
                    <>
                      <span className="muted small">{t('kringen.requestDone')}</span>
                      <button type="button" className="quiet" onClick={() => void review(r.id, 'open')}>
                        {t('kringen.requestReopen')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => void review(r.id, 'done')} data-testid="request-done">
                        {t('kringen.requestMarkDone')}
                      </button>
                      <button type="button" className="quiet" onClick={() => void review(r.id, 'open')} aria-pressed={r.reviewedIn === sessionId}>
                        {r.reviewedIn === sessionId ? t('kringen.requestCarried') : t('kringen.requestCarry')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
