/**
 * A signal from the timekeeper, on the supervisor's window at once: prominent but calm, until the
 * supervisor marks it seen (the timekeeper then sees that). It never takes the focus from what the
 * supervisor is typing; a screen reader hears it politely. "Keep" files it with the observations,
 * the only way a nudge reaches a summary or an export.
 */
import { memo } from 'react';
import type { Nudge } from '../../../shared/ipc/nudges.ts';
import { call } from '../../common/api.ts';
import { clockTime } from '../../common/dates.ts';
import { Kbd } from '../../common/Kbd.tsx';
import { nudgeText } from '../../common/nudge-labels.ts';
import { ariaKeys, useShortcuts } from '../../common/shortcuts.ts';
import { useNudges } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';

export const ACK_KEYS = ['g'];

export const NudgeBanner = memo(function NudgeBanner() {
  const t = useT();
  const waiting = useNudges().filter((n) => n.seenAt === null);
  const newest: Nudge | undefined = waiting.at(-1);
  const ack = () => {
    // Seen means all of them: the newest says what matters now.
    for (const n of waiting) void call('nudges.ack', { id: n.id });
  };
  useShortcuts([{ keys: ACK_KEYS, run: ack, enabled: newest !== undefined }]);
  const keep = async (n: Nudge) => {
    if (await call('observations.add', { tag: null, text: nudgeText(t, n) })) void call('nudges.ack', { id: n.id });
  };

  return (
    <div className="nudge-banner-slot" aria-live="polite">
      {newest && (
        <div className="nudge-banner" role="status" data-testid="nudge">
          <p className="nudge-from small">
            {t('nudge.from')} · {clockTime(newest.sentAt, t.lang)}
            {waiting.length > 1 && ` · ${t('nudge.more', { n: waiting.length - 1 })}`}
          </p>
          <p className="nudge-words" data-testid="nudge-text">
            {nudgeText(t, newest)}
          </p>
          <div className="row">
            <button type="button" className="primary" onClick={ack} aria-keyshortcuts={ariaKeys(ACK_KEYS)} data-testid="nudge-ack">
              {t('nudge.ack')} <Kbd keys={ACK_KEYS} />
            </button>
            <button type="button" className="quiet" onClick={() => void keep(newest)} data-testid="nudge-keep">
              {t('nudge.keep')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
});
