/**
 * The keys of a window, shown where people look for them. A presentation clicker's PageUp/PageDown
 * are deliberately bound to nothing, and the legend says so.
 */
import { memo } from 'react';
import { OBSERVATION_TAGS } from '../../shared/method/observations.ts';
import { DISPLAY_KEYS } from './CircleDisplayControls.tsx';
import { TIME_KEYS } from './TimeControls.tsx';
import { keyLabel } from './shortcuts.ts';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';

export type LegendRow = [readonly string[], StringKey];

const DISPLAY_ROWS: LegendRow[] = [
  [DISPLAY_KEYS.blackout, 'keys.blackout'],
  [DISPLAY_KEYS.ruleCard, 'keys.ruleCard'],
  [DISPLAY_KEYS.hideTime, 'keys.hideTime'],
];

const ROWS: LegendRow[] = [
  [TIME_KEYS.toggle, 'keys.toggle'],
  [TIME_KEYS.next, 'keys.next'],
  [TIME_KEYS.back, 'keys.back'],
  [TIME_KEYS.plus1, 'keys.plus1'],
  [TIME_KEYS.plus5, 'keys.plus5'],
  [TIME_KEYS.minus1, 'keys.minus1'],
];

export const ShortcutLegend = memo(function ShortcutLegend({ tags = true, extra = [] }: { tags?: boolean; extra?: readonly LegendRow[] }) {
  const t = useT();
  const show = (k: string) => (k === 'Space' ? t('key.space') : keyLabel(k));
  return (
    <details className="card small">
      <summary>{t('keys.title')}</summary>
      <dl className="keys">
        {[...ROWS, ...DISPLAY_ROWS, ...extra].map(([keys, label]) => (
          <div key={label}>
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{show(k)}</kbd>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
        {tags && (
          <div>
            <dt>
              <kbd>1</kbd>–<kbd>{OBSERVATION_TAGS.length}</kbd>
            </dt>
            <dd>{t('keys.tags')}</dd>
          </div>
        )}
      </dl>
      <p className="muted">{t('keys.clicker')}</p>
      <p className="muted">{t('keys.typing')}</p>
    </details>
  );
});
