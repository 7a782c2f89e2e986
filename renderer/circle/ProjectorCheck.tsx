/**
 * "Scherm testen": before people arrive, the supervisor shows the sizes the group will read and
 * makes the text bigger or smaller from the back of the room (− and +, or the keys), remembered
 * for this display. Opened with the button shown before the session starts, or the T key.
 */
import { useEffect, useState } from 'react';
import { INTERVISIE } from '../../shared/method/method.ts';
import type { CircleView } from '../../shared/session/views.ts';
import { useView } from '../common/store.ts';
import { useT } from '../i18n/index.ts';
import { applyScale, clampScale, saveScale, SCALE, storedScale } from './circle-scale.ts';
import './projector.css';

export function ProjectorCheck() {
  const t = useT();
  const view = useView<CircleView>();
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState(storedScale);
  useEffect(() => applyScale(scale), [scale]);

  const change = (delta: number) => {
    const next = clampScale(scale + delta);
    setScale(next);
    saveScale(next);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 't' || e.key === 'T') setOpen((o) => !o);
      else if (open && (e.key === '+' || e.key === '=')) change(SCALE.step);
      else if (open && e.key === '-') change(-SCALE.step);
      else if (open && e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Before the session starts (nobody reads the display yet), the way in is a visible button.
  const beforeStart = !view || view.phase === 'planning' || view.phase === 'opening';
  if (!open) {
    return beforeStart ? (
      <button type="button" className="projector-open" onClick={() => setOpen(true)} data-testid="projector-open">
        {t('projector.open')}
      </button>
    ) : null;
  }
  const percent = Math.round(scale * 100);
  // The longest step the group reads: its name, rule and who speaks, at the sizes of a real step.
  const sample = INTERVISIE.steps[3]!;
  return (
    <div className="projector-check" role="dialog" aria-modal="true" aria-labelledby="projector-title" data-testid="projector-check">
      <main className="circle projector-sample">
        <header className="circle-top">
          <p>
            {t('case.number', { n: 1 })} · {t('step.numberOf', { n: sample.number, total: INTERVISIE.steps.length })}
          </p>
        </header>
        <p className="circle-step" role="presentation">
          {t.l(sample.name)}
        </p>
        <p className="circle-rule">{t.l(sample.circleRule)}</p>
        <p className="circle-who">
          <span className="muted">{t('circle.whoSpeaks')}</span> {t.l(sample.whoSpeaks)}
        </p>
        <p className="countdown projector-digits" style={{ fontSize: 'clamp(5rem, min(13vw, 24vh), 15rem)' }}>
          12:34
        </p>
      </main>
      <div className="projector-controls">
        <h1 id="projector-title">{t('projector.title')}</h1>
        <p>{t('projector.hint')}</p>
        <div className="projector-row">
          <button type="button" onClick={() => change(-SCALE.step)} disabled={scale <= SCALE.min} aria-label={t('projector.smaller')} data-testid="projector-smaller">
            −
          </button>
          <output aria-live="polite" data-testid="projector-scale">
            {t('projector.scale', { percent })}
          </output>
          <button type="button" onClick={() => change(SCALE.step)} disabled={scale >= SCALE.max} aria-label={t('projector.bigger')} data-testid="projector-bigger">
            +
          </button>
          <button type="button" onClick={() => change(SCALE.default - scale)} disabled={scale === SCALE.default}>
            {t('projector.reset')}
          </button>
          <button type="button" className="primary" onClick={() => setOpen(false)} data-testid="projector-done" autoFocus>
            {t('projector.done')}
          </button>
        </div>
      </div>
    </div>
  );
}
