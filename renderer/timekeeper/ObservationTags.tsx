/**
 * One-tap observation tags for the second facilitator, with an optional short text. A tag is
 * saved at once (observations.add); the counts for the current step show what was noted.
 */
import { memo, useEffect, useState } from 'react';
import { OBSERVATION_TAGS } from '../../shared/method/observations.ts';
import type { ObservationTagId } from '../../shared/method/observations.ts';
import type { Observation } from '../../shared/ipc/records.ts';
import { TEXT_LIMITS } from '../../shared/ipc/limits.ts';
import type { StepId } from '../../shared/method/types.ts';
import { call } from '../common/api.ts';
import { Kbd } from '../common/Kbd.tsx';
import { useShortcuts } from '../common/shortcuts.ts';
import { useT } from '../i18n/index.ts';

export const TAG_KEYS = OBSERVATION_TAGS.map((_, i) => String(i + 1));

export const ObservationTags = memo(function ObservationTags({ sessionId, stepId, caseId, enabled }: { sessionId: string; stepId: StepId | null; caseId: string | null; enabled: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  const [observations, setObservations] = useState<Observation[]>([]);
  const [last, setLast] = useState('');

  const refresh = async () => {
    const list = await call('observations.list', { sessionId });
    if (list) setObservations(list);
  };
  useEffect(() => {
    if (enabled) void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, stepId, caseId, enabled]);

  const add = async (tag: ObservationTagId | null) => {
    const saved = await call('observations.add', { tag, text: text.trim() });
    if (!saved) return;
    setText('');
    const label = tag ? t.l(OBSERVATION_TAGS.find((x) => x.id === tag)?.label ?? { nl: tag, en: tag }) : t('obs.noteOnly');
    setLast(t('obs.saved', { what: label }));
    setObservations((list) => [...list, saved]);
  };

  useShortcuts(OBSERVATION_TAGS.map((tag, i) => ({ keys: [TAG_KEYS[i] ?? ''], run: () => void add(tag.id), enabled })));

  const here = observations.filter((o) => o.stepId === stepId && o.caseId === caseId);
  const countOf = (tag: ObservationTagId) => here.filter((o) => o.tag === tag).length;

  return (
    <section className="card obs" aria-labelledby="obs-title">
      <h2 id="obs-title">{t('obs.title')}</h2>
      <div className="field">
        <label htmlFor="obs-text">
          {t('obs.textLabel')} <span className="hint">{t('obs.textHint')}</span>
        </label>
        <input
          id="obs-text"
          type="text"
          value={text}
          maxLength={TEXT_LIMITS.observation}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && text.trim()) void add(null);
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
          disabled={!enabled}
          autoComplete="off"
        />
      </div>
      <div className="obs-grid">
        {OBSERVATION_TAGS.map((tag, i) => (
          <button key={tag.id} type="button" onClick={() => void add(tag.id)} disabled={!enabled} aria-keyshortcuts={TAG_KEYS[i]} data-testid={`tag-${tag.id}`}>
            <span>{t.l(tag.label)}</span>
            {countOf(tag.id) > 0 && <span className="chip" aria-label={t('obs.countLabel', { n: countOf(tag.id) })}>{countOf(tag.id)}</span>}
            <Kbd keys={[TAG_KEYS[i] ?? '']} />
          </button>
        ))}
      </div>
      <div className="row between" style={{ marginTop: '0.6rem' }}>
        <p className="small muted" role="status" aria-live="polite" style={{ margin: 0 }}>
          {enabled ? last : t('obs.notNow')}
        </p>
        <button type="button" onClick={() => void add(null)} disabled={!enabled || !text.trim()}>
          {t('obs.saveNote')}
        </button>
      </div>
    </section>
  );
});
