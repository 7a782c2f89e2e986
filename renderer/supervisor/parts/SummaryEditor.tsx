/**
 * The summary of a case: common thread, themes, the presenter's reflections, requests voiced,
 * with the observation counts and the timing log beside it. Autosaved and saved on demand.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { OBSERVATION_TAGS } from '../../../shared/method/observations.ts';
import { anyStepById, methodOfStep } from '../../../shared/method/method.ts';
import type { CaseSummary, Observation, RequestVoiced } from '../../../shared/ipc/records.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import { FieldLimit, LimitedInput, useFieldLimit } from './FieldLimit.tsx';
import type { CaseTiming } from '../../../shared/session/accounting.ts';
import { call } from '../../common/api.ts';
import { clockTime } from '../../common/dates.ts';
import { deltaText, durationText } from '../../common/time.ts';
import { useStore } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import { createAutosaver } from '../autosave.ts';
import type { SaveState } from '../autosave.ts';
import { noteKey, notesStore } from '../notes.ts';
import { PrivacyAdvice, useFindings } from './PrivacyAdvice.tsx';

type Draft = Omit<CaseSummary, 'updatedAt' | 'sessionId' | 'caseId'>;
const EMPTY: Draft = { commonThread: '', themes: [], reflections: '', requests: [] };

export function ObservationCounts({ observations, caseId }: { observations: readonly Observation[]; caseId: string }) {
  const t = useT();
  const here = observations.filter((o) => o.caseId === caseId);
  const tags = OBSERVATION_TAGS.filter((tag) => here.some((o) => o.tag === tag.id));
  const texts = here.filter((o) => o.text);
  if (here.length === 0) return <p className="muted">{t('summary.noObservations')}</p>;
  const steps = methodOfStep(here.find((o) => o.stepId)?.stepId ?? 'inbreng').steps;
  return (
    <>
      <table>
        <caption className="sr-only">{t('summary.observations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.tag')}</th>
            {steps.map((s) => (
              <th key={s.id} scope="col" className="num" title={t.l(s.name)}>
                {s.number}
              </th>
            ))}
            <th scope="col" className="num">
              {t('summary.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <th scope="row">{t.l(tag.label)}</th>
              {steps.map((s) => (
                <td key={s.id} className="num">
                  {here.filter((o) => o.tag === tag.id && o.stepId === s.id).length || ''}
                </td>
              ))}
              <td className="num">{here.filter((o) => o.tag === tag.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {texts.length > 0 && (
        <ul className="small" style={{ marginTop: '0.5rem' }}>
          {texts.map((o) => (
            <li key={o.id}>
              {clockTime(o.at, t.lang)} · {o.stepId ? t.l(anyStepById(o.stepId)?.name ?? { nl: '', en: '' }) : ''}: {o.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function TimingLog({ timing }: { timing: CaseTiming }) {
  const t = useT();
  return (
    <table>
      <caption className="sr-only">{t('summary.timing')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.step')}</th>
          <th scope="col" className="num">
            {t('summary.planned')}
          </th>
          <th scope="col" className="num">
            {t('summary.actual')}
          </th>
          <th scope="col" className="num">
            {t('summary.difference')}
          </th>
        </tr>
      </thead>
      <tbody>
        {timing.steps.map((s, i) => (
          <tr key={s.stepId}>
            <th scope="row">
              {i + 1}. {t.l(anyStepById(s.stepId)?.name ?? { nl: '', en: '' })}
            </th>
            <td className="num">{durationText(s.plannedMs)}</td>
            <td className="num">{durationText(s.actualMs)}</td>
            <td className="num">{deltaText(s.actualMs - s.plannedMs)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('summary.total')}</th>
          <td className="num">{durationText(timing.plannedMs)}</td>
          <td className="num">{durationText(timing.actualMs)}</td>
          <td className="num">{deltaText(timing.actualMs - timing.plannedMs)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The editor with the observations and the timing log beside it. The timing log changes with every
 * pushed view; the fields (state, autosave, privacy advice) re-render only when typed in.
 */
export const SummaryEditor = memo(function SummaryEditor({
  sessionId,
  caseId,
  timing,
  observations,
  knownNames,
}: {
  sessionId: string;
  caseId: string;
  timing: CaseTiming | null;
  observations: readonly Observation[];
  knownNames: readonly string[];
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="summary-editor stack" aria-labelledby={`${id}-title`}>
      <SummaryFields id={id} sessionId={sessionId} caseId={caseId} knownNames={knownNames} />
      <div className="grid-2">
        <section aria-labelledby={`${id}-obs`}>
          <h3 id={`${id}-obs`}>{t('summary.observations')}</h3>
          <ObservationCounts observations={observations} caseId={caseId} />
        </section>
        {timing && (
          <section aria-labelledby={`${id}-tim`}>
            <h3 id={`${id}-tim`}>{t('summary.timing')}</h3>
            <TimingLog timing={timing} />
          </section>
        )}
      </div>
    </section>
  );
});

const SummaryFields = memo(function SummaryFields({ id, sessionId, caseId, knownNames }: { id: string; sessionId: string; caseId: string; knownNames: readonly string[] }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [loaded, setLoaded] = useState(false);
  const [save, setSave] = useState<{ state: SaveState; at: number | null }>({ state: 'saved', at: null });
  const notes = useStore(notesStore);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const saverRef = useRef<ReturnType<typeof createAutosaver> | null>(null);

  useEffect(() => {
    const saver = createAutosaver({
      delayMs: 800,
      save: async (json) => (await call('summary.save', { sessionId, caseId, ...(JSON.parse(json) as Draft) })) !== undefined,
      onState: (state, at) => setSave({ state, at }),
    });
    saverRef.current = saver;
    let alive = true;
    void call('summary.list', { sessionId }).then((list) => {
      if (!alive) return;
      const found = list?.find((s) => s.caseId === caseId);
      if (found) setDraft({ commonThread: found.commonThread, themes: found.themes, reflections: found.reflections, requests: found.requests });
      setLoaded(true);
    });
    return () => {
      alive = false;
      void saver.flush();
      saver.dispose();
    };
  }, [sessionId, caseId]);

  const update = (change: Partial<Draft>) => {
    const next = { ...draftRef.current, ...change };
    setDraft(next);
    saverRef.current?.change(JSON.stringify(next));
  };
  const saveNow = async () => {
    saverRef.current?.change(JSON.stringify(draftRef.current));
    await saverRef.current?.flush();
  };

  const allText = [draft.commonThread, ...draft.themes, draft.reflections, ...draft.requests.flatMap((r) => [r.from, r.to, r.text])].join('\n');
  const findings = useFindings(allText, knownNames);
  const fromNotes = (stepId: 'terugkoppeling' | 'samenvatting') => notes.texts[noteKey(caseId, stepId)] ?? '';

  const setRequest = (i: number, change: Partial<RequestVoiced>) => update({ requests: draft.requests.map((r, j) => (j === i ? { ...r, ...change } : r)) });

  const threadLimit = useFieldLimit(TEXT_LIMITS.summaryField);
  const reflLimit = useFieldLimit(TEXT_LIMITS.summaryField);
  const status =
    save.state === 'error' ? t('notes.notSaved') : save.state === 'saved' ? (save.at ? t('notes.savedAt', { at: clockTime(save.at, t.lang) }) : loaded ? t('notes.autosave') : t('common.loading')) : t('notes.saving');

  return (
    <>
      <div className="row between">
        <h2 id={`${id}-title`}>{t('summary.title')}</h2>
        <span className="small muted" role="status" aria-live="polite" data-testid="summary-status">
          {status}
        </span>
      </div>
      <p className="muted small">{t('summary.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-thread`}>{t('summary.commonThread')}</label>
        <textarea id={`${id}-thread`} rows={4} value={draft.commonThread} maxLength={TEXT_LIMITS.summaryField} onChange={(e) => update({ commonThread: e.target.value })} onPaste={threadLimit.onPaste} aria-describedby={`${id}-thread-count`} data-testid="summary-thread" />
        <FieldLimit id={`${id}-thread-count`} length={draft.commonThread.length} max={TEXT_LIMITS.summaryField} cut={threadLimit.cut} onDismiss={threadLimit.clearCut} />
        {fromNotes('samenvatting') && !draft.commonThread && (
          <button type="button" className="quiet small" onClick={() => update({ commonThread: fromNotes('samenvatting') })}>
            {t('summary.fromNotes6')}
          </button>
        )}
      </div>
      <fieldset>
        <legend>{t('summary.themes')}</legend>
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {draft.themes.map((theme, i) => (
            <li key={i} className="row">
              <label className="sr-only" htmlFor={`${id}-theme-${i}`}>
                {t('summary.themeN', { n: i + 1 })}
              </label>
              <LimitedInput id={`${id}-theme-${i}`} max={500} value={theme} onValue={(v) => update({ themes: draft.themes.map((x, j) => (j === i ? v : x)) })} />
              <button type="button" className="quiet" onClick={() => update({ themes: draft.themes.filter((_, j) => j !== i) })} aria-label={t('summary.removeTheme', { n: i + 1 })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => update({ themes: [...draft.themes, ''] })} data-testid="add-theme">
          {t('summary.addTheme')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-refl`}>{t('summary.reflections')}</label>
        <textarea id={`${id}-refl`} rows={4} value={draft.reflections} maxLength={TEXT_LIMITS.summaryField} onChange={(e) => update({ reflections: e.target.value })} onPaste={reflLimit.onPaste} aria-describedby={`${id}-refl-count`} data-testid="summary-reflections" />
        <FieldLimit id={`${id}-refl-count`} length={draft.reflections.length} max={TEXT_LIMITS.summaryField} cut={reflLimit.cut} onDismiss={reflLimit.clearCut} />
        {fromNotes('terugkoppeling') && !draft.reflections && (
          <button type="button" className="quiet small" onClick={() => update({ reflections: fromNotes('terugkoppeling') })}>
            {t('summary.fromNotes5')}
          </button>
        )}
      </div>
      <fieldset>
        <legend>{t('summary.requests')}</legend>
        <p className="small muted">{t('summary.requestsHint')}</p>
        {draft.requests.map((r, i) => (
          <div key={i} className="request-row">
            <div className="field">
              <label htmlFor={`${id}-rf-${i}`}>{t('summary.from')}</label>
              <LimitedInput id={`${id}-rf-${i}`} max={100} value={r.from} onValue={(v) => setRequest(i, { from: v })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-rt-${i}`}>{t('summary.to')}</label>
              <LimitedInput id={`${id}-rt-${i}`} max={100} value={r.to} onValue={(v) => setRequest(i, { to: v })} />
            </div>
            <div className="field grow">
              <label htmlFor={`${id}-rx-${i}`}>{t('summary.request')}</label>
              <LimitedInput id={`${id}-rx-${i}`} max={2000} value={r.text} onValue={(v) => setRequest(i, { text: v })} />
            </div>
            <button type="button" className="quiet" onClick={() => update({ requests: draft.requests.filter((_, j) => j !== i) })} aria-label={t('summary.removeRequest', { n: i + 1 })}>
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => update({ requests: [...draft.requests, { from: '', to: '', text: '' }] })}>
          {t('summary.addRequest')}
        </button>
      </fieldset>
      <PrivacyAdvice findings={findings} />
      <div className="row">
        <button type="button" className="primary" onClick={() => void saveNow()} data-testid="summary-save">
          {t('summary.save')}
        </button>
      </div>
    </>
  );
});
