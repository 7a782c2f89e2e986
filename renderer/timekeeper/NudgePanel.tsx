/**
 * The timekeeper's private line to the supervisor: a few signals that fit the method, or a short
 * line of their own, and whether the last one was seen. Nothing of it reaches the circle display.
 */
import { memo, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { NUDGE_PRESETS, NUDGE_TEXT_MAX } from '../../shared/ipc/nudges.ts';
import type { NudgePresetId } from '../../shared/ipc/nudges.ts';
import { call } from '../common/api.ts';
import { clockTime } from '../common/dates.ts';
import { NUDGE_LABELS, nudgeText } from '../common/nudge-labels.ts';
import { useShortcuts } from '../common/shortcuts.ts';
import { useNudges } from '../common/store.ts';
import { useT } from '../i18n/index.ts';

export const NUDGE_KEY = ['n'];

export const NudgePanel = memo(function NudgePanel() {
  const t = useT();
  const id = useId();
  const nudges = useNudges();
  const [text, setText] = useState('');
  const last = nudges.at(-1) ?? null;
  useShortcuts([{ keys: NUDGE_KEY, run: () => (document.querySelector('[data-nudge-first]') as HTMLButtonElement | null)?.focus() }]);

  const send = async (preset: NudgePresetId | null, words: string) => {
    const sent = await call('nudges.send', { preset, text: words });
    if (sent && words) setText((now) => (now === words ? '' : now));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void send(null, text);
  };

  return (
    <section className="card stack nudge-panel" aria-labelledby={`${id}-title`} data-testid="nudge-panel">
      <h2 id={`${id}-title`}>{t('nudge.title')}</h2>
      <p className="small muted">{t('nudge.hint')}</p>
      <div className="nudge-presets">
        {NUDGE_PRESETS.map((preset, i) => (
          <button key={preset} type="button" onClick={() => void send(preset, '')} data-testid={`nudge-preset-${preset}`} {...(i === 0 ? { 'data-nudge-first': '' } : {})}>
            {t(NUDGE_LABELS[preset])}
          </button>
        ))}
      </div>
      <form className="row nudge-text" onSubmit={submit}>
        <label htmlFor={`${id}-text`} className="small">
          {t('nudge.textLabel', { max: NUDGE_TEXT_MAX })}
        </label>
        <input id={`${id}-text`} type="text" value={text} maxLength={NUDGE_TEXT_MAX} onChange={(e) => setText(e.target.value)} autoComplete="off" data-testid="nudge-text" />
        <button type="submit" disabled={!text.trim()} data-testid="nudge-send">
          {t('nudge.send')}
        </button>
      </form>
      {last && (
        <p className={`small nudge-status ${last.seenAt ? 'seen' : 'waiting'}`} role="status" data-testid="nudge-status">
          <strong>{nudgeText(t, last)}</strong> ·{' '}
          {last.seenAt ? t('nudge.seen', { time: clockTime(last.seenAt, t.lang) }) : t('nudge.waiting', { time: clockTime(last.sentAt, t.lang) })}
        </p>
      )}
    </section>
  );
});
