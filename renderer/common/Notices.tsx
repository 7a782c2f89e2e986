/** Messages for the person: main's notices (from the status push) and refusals of what they asked. */
import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { dismissError, errorStore } from './api.ts';
import { useStatus, useStore } from './store.ts';

const useErrors = () => useStore(errorStore);

const NOTICE_WINDOW_MS = 10 * 60_000;

export function Notices() {
  const t = useT();
  const errors = useErrors();
  const status = useStatus();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // Main keeps its last notices; a window shows those of the last minutes (and every new one).
  const [since] = useState(() => Date.now() - NOTICE_WINDOW_MS);
  const notices = (status?.notices ?? []).filter((n) => !dismissed.has(n.id) && n.at >= since);
  if (errors.length === 0 && notices.length === 0) return null;
  return (
    <div className="notices" aria-label={t('notices.label')} role="region">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.level}`} role={n.level === 'error' ? 'alert' : 'status'}>
          <span>{t.l(n.message)}</span>
          <button type="button" className="quiet" onClick={() => setDismissed(new Set([...dismissed, n.id]))}>
            {t('common.close')}
          </button>
        </div>
      ))}
      {errors.map((e) => (
        <div key={e.id} className={e.brief ? 'notice info' : 'notice error'} role={e.brief ? 'status' : 'alert'} data-testid={e.brief ? 'brief-notice' : undefined}>
          <span>{t.l(e.message)}</span>
          <button type="button" className="quiet" onClick={() => dismissError(e.id)}>
            {t('common.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
