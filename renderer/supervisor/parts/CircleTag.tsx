/** "Kring Oostkust": which circle this session is of, on the plan screen. Nothing when it is of none. */
import { useT } from '../../i18n/index.ts';
import { useCircleBrief } from '../circle-brief.ts';

export function CircleTag({ sessionId }: { sessionId: string }) {
  const t = useT();
  const { brief } = useCircleBrief(sessionId);
  if (!brief) return null;
  return (
    <p className="muted" style={{ margin: 0 }} data-testid="circle-tag">
      {t('kringen.sessionOf', { name: brief.name })}
    </p>
  );
}
