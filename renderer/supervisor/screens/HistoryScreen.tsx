/** History: past sessions to search, open, export and delete (with confirmation). */
import { useEffect, useId, useRef, useState } from 'react';
import { ALL_STEPS } from '../../../shared/method/method.ts';
import type { HistoryEntry } from '../../../shared/ipc/records.ts';
import type { SessionArchive } from '../../../shared/ipc/contract.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import { call } from '../../common/api.ts';
import { clockTime, longDate, shortDateTime } from '../../common/dates.ts';
import { durationText } from '../../common/time.ts';
import { useSettings } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from '../parts/ConfirmDialog.tsx';
import { ExportPanel } from '../parts/ExportPanel.tsx';
import { ObservationCounts, TimingLog } from '../parts/SummaryEditor.tsx';
import { WindowedList } from '../parts/WindowedList.tsx';
import { SessionCases } from './ClosingScreen.tsx';

function ArchiveView({ archive, onDelete, onBack }: { archive: SessionArchive; onDelete: () => void; onBack: () => void }) {
  const t = useT();
  const view = archive.view;
  return (
    <div className="stack" data-testid="history-archive">
      <div className="row between">
        <h2>
          {longDate(view.timing.plannedStartAt, t.lang)} · {clockTime(view.timing.plannedStartAt, t.lang)}
        </h2>
        <div className="row">
          <button type="button" onClick={onBack}>
            {t('history.backToList')}
          </button>
          <button type="button" className="danger" onClick={onDelete} data-testid="history-delete">
            {t('common.delete')}
          </button>
        </div>
      </div>
      <div className="grid-2">
        <section className="stack">
          <h3>{t('closing.cases')}</h3>
          <SessionCases view={view} summaries={archive.summaries} />
        </section>
        <section className="card stack">
          <h3>{t('closing.export')}</h3>
          <ExportPanel sessionId={archive.sessionId} caseId={null} label={t('closing.exportButton')} />
        </section>
      </div>
      {view.cases.map((c, i) => {
        const notes = archive.notes.filter((n) => n.caseId === c.id && n.text.trim());
        return (
          <details key={c.id} className="card">
            <summary>
              {t('case.number', { n: i + 1 })}: {c.title} — {t('history.details')}
            </summary>
            <div className="grid-2">
              <div>
                <h4>{t('history.notes')}</h4>
                {notes.length === 0 && <p className="muted">{t('history.noNotes')}</p>}
                {ALL_STEPS.map((s) => {
                  const n = notes.find((x) => x.stepId === s.id);
                  return n ? (
                    <div key={s.id}>
                      <h5>
                        {s.number}. {t.l(s.name)}
                      </h5>
                      <p className="prewrap">{n.text}</p>
                    </div>
                  ) : null;
                })}
              </div>
              <div>
                <h4>{t('summary.timing')}</h4>
                <TimingLog timing={c.timing} />
                <h4>{t('summary.observations')}</h4>
                <ObservationCounts observations={archive.observations} caseId={c.id} />
              </div>
            </div>
          </details>
        );
      })}
    </div>
  );
}

export function HistoryScreen({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [archive, setArchive] = useState<SessionArchive | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  // Only the answer to the latest search is shown (an earlier, slower one may arrive after it).
  const latest = useRef(0);
  const search = async (q: string) => {
    const asked = ++latest.current;
    const list = await call('history.list', { query: q });
    if (list && asked === latest.current) setEntries(list);
  };
  // The list is asked for at once when the screen opens; while typing, after a short pause.
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      void search(query);
      return;
    }
    const handle = setTimeout(() => void search(query), 150);
    return () => clearTimeout(handle);
  }, [query]);

  const open = async (sessionId: string) => {
    const found = await call('history.open', { sessionId });
    if (found) setArchive(found);
  };
  const remove = async (sessionId: string) => {
    setConfirm(null);
    if ((await call('history.delete', { sessionId })) !== undefined) {
      setArchive(null);
      void search(query);
    }
  };

  return (
    <div className="stack">
      <div className="row between">
        <h1>{t('history.title')}</h1>
        <button type="button" onClick={onClose} data-testid="history-close">
          {t('common.close')}
        </button>
      </div>
      {archive ? (
        <ArchiveView archive={archive} onBack={() => setArchive(null)} onDelete={() => setConfirm(archive.sessionId)} />
      ) : (
        <>
          <div className="field" style={{ maxWidth: '32rem' }}>
            <label htmlFor={`${id}-q`}>{t('history.search')}</label>
            <input id={`${id}-q`} type="search" value={query} maxLength={TEXT_LIMITS.query} onChange={(e) => setQuery(e.target.value)} data-testid="history-search" />
          </div>
          {entries === null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : entries.length === 0 ? (
            <p className="muted" data-testid="history-empty">
              {query ? t('history.noMatch') : t('history.empty')}
            </p>
          ) : (
            <WindowedList
              items={entries}
              keyOf={(e) => e.sessionId}
              className="history-list"
              rowClassName="card history-entry"
              rowTestId="history-entry"
              aria-label={t('history.title')}
              renderRow={(e) => (
                <>
                  <div>
                    <h2 className="h3">{shortDateTime(e.date, t.lang)}</h2>
                    <p className="small" style={{ margin: 0 }}>
                      {e.caseTitles.length > 0 ? e.caseTitles.join(' · ') : t('history.noCases')}
                    </p>
                    <p className="small muted" style={{ margin: 0 }}>
                      {t('closing.duration', { planned: durationText(e.plannedMs), actual: durationText(e.actualMs) })}
                      {e.endedAt === null ? ` · ${t('history.notClosed')}` : ''}
                    </p>
                  </div>
                  <div className="row">
                    <button type="button" onClick={() => void open(e.sessionId)} data-testid="history-open">
                      {t('common.open')}
                    </button>
                    <button type="button" className="quiet" onClick={() => setConfirm(e.sessionId)} aria-label={t('history.deleteNamed', { date: shortDateTime(e.date, t.lang) })}>
                      {t('common.delete')}
                    </button>
                  </div>
                </>
              )}
            />
          )}
        </>
      )}
      <p className="small muted">{t('history.retention', { n: settings.retentionMonths })}</p>
      <ConfirmDialog open={confirm !== null} title={t('history.confirmTitle')} confirmLabel={t('history.confirmDelete')} danger onConfirm={() => confirm && void remove(confirm)} onCancel={() => setConfirm(null)}>
        <p>{t('history.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}
