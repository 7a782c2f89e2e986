/**
 * Prompt suggestions for the step, situation buttons with fitting prompts, and what fits now
 * (two minutes left; tags the timekeeper noted). Star a prompt to keep it at the top.
 */
import { memo, useState } from 'react';
import { OBSERVATION_TAGS } from '../../../shared/method/observations.ts';
import { SITUATIONS } from '../../../shared/method/prompts.ts';
import type { SituationId } from '../../../shared/method/prompts.ts';
import type { StepId } from '../../../shared/method/types.ts';
import type { Observation } from '../../../shared/ipc/records.ts';
import { api, updateSettings } from '../../common/api.ts';
import { useSettings } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import type { StringKey } from '../../i18n/index.ts';
import { boosts, situationPrompts, stepPrompts } from '../suggestions.ts';
import type { PromptItem } from '../suggestions.ts';

const TO_KEYS: Record<string, StringKey> = { group: 'prompts.toGroup', presenter: 'prompts.toPresenter', all: 'prompts.toAll' };

function PromptList({ items, label }: { items: PromptItem[]; label: string }) {
  const t = useT();
  const settings = useSettings();
  const toggleFavourite = (id: string) => {
    const fav = settings.favouritePrompts.includes(id) ? settings.favouritePrompts.filter((x) => x !== id) : [...settings.favouritePrompts, id];
    void updateSettings({ favouritePrompts: fav });
  };
  return (
    <ul className="prompt-list" aria-label={label}>
      {items.map((p) => {
        const text = typeof p.text === 'string' ? p.text : t.l(p.text);
        return (
          <li key={p.id} className={p.favourite ? 'favourite' : ''}>
            <button
              type="button"
              className="quiet star"
              aria-pressed={p.favourite}
              aria-label={p.favourite ? t('prompts.unstar', { text }) : t('prompts.star', { text })}
              title={p.favourite ? t('prompts.unstarShort') : t('prompts.starShort')}
              onClick={() => toggleFavourite(p.id)}
            >
              <span aria-hidden="true">{p.favourite ? '★' : '☆'}</span>
            </button>
            <span className="prompt-text">
              {text}
              {p.to && <span className="prompt-to muted small"> · {t(TO_KEYS[p.to] ?? 'prompts.toAll')}</span>}
              {p.own && <span className="prompt-to muted small"> · {t('prompts.own')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export const Prompts = memo(function Prompts({ stepId, caseId, endingSoon, observations }: { stepId: StepId; caseId: string | null; endingSoon: boolean; observations: readonly Observation[] }) {
  const t = useT();
  const settings = useSettings();
  const [open, setOpen] = useState<SituationId | null>(null);
  const forward = boosts({ stepId, caseId, endingSoon, observations });
  const reasonText = (b: (typeof forward)[number]) =>
    b.reasons
      .map((r) =>
        r.kind === 'time' ? t('prompts.reasonTime') : t('prompts.reasonTag', { n: r.count, tag: t.l(OBSERVATION_TAGS.find((x) => x.id === r.tag)?.label ?? { nl: r.tag, en: r.tag }) }),
      )
      .join(' · ');

  return (
    <section className="card prompts" aria-labelledby="prompts-title">
      <h2 id="prompts-title">{t('prompts.title')}</h2>
      {forward.length > 0 && (
        <div className="prompts-now" data-testid="prompts-now" role="region" aria-label={t('prompts.now')}>
          {forward.map((b) => {
            const s = SITUATIONS.find((x) => x.id === b.situation);
            return (
              <div key={b.situation} data-situation={b.situation}>
                <h3>
                  {t('prompts.now')}: {s ? t.l(s.label) : b.situation} <span className="muted small">({reasonText(b)})</span>
                </h3>
                <PromptList items={situationPrompts(b.situation, settings.favouritePrompts)} label={s ? t.l(s.label) : b.situation} />
              </div>
            );
          })}
        </div>
      )}
      <PromptList items={stepPrompts(stepId, settings)} label={t('prompts.forStep')} />
      <h3 className="situations-title">{t('prompts.situations')}</h3>
      <div className="situation-buttons" role="group" aria-label={t('prompts.situations')}>
        {SITUATIONS.map((s) => (
          <button key={s.id} type="button" aria-pressed={open === s.id} aria-controls="situation-prompts" onClick={() => setOpen(open === s.id ? null : s.id)} data-testid={`situation-${s.id}`}>
            {t.l(s.label)}
          </button>
        ))}
      </div>
      <div id="situation-prompts" aria-live="polite">
        {open && <PromptList items={situationPrompts(open, settings.favouritePrompts)} label={t.l(SITUATIONS.find((s) => s.id === open)?.label ?? { nl: '', en: '' })} />}
      </div>
    </section>
  );
});
