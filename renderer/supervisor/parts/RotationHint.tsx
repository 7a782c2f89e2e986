/**
 * Fairness, privately: who brought a case in the circle's last sessions and who has not for a
 * while. On the supervisor's choosing screen only: never on the circle display, never in exports.
 */
import { useT } from '../../i18n/index.ts';
import { useCircleBrief } from '../circle-brief.ts';

export function RotationHint({ sessionId }: { sessionId: string }) {
  const t = useT();
  const { brief } = useCircleBrief(sessionId);
  if (!brief || brief.rotation.lines.length === 0) return null;
  const { rotation } = brief;
  return (
    <details className="card rotation" data-testid="rotation-hint" open>
      <summary>
        <strong>{t('rotation.title')}</strong> <span className="muted small">{t('rotation.private')}</span>
      </summary>
      {rotation.notForAWhile.length > 0 && (
        <p data-testid="rotation-waiting">{t('rotation.notForAWhile', { n: rotation.sessionsLooked, names: rotation.notForAWhile.join(', ') })}</p>
      )}
      <ul className="small rotation-lines">
        {rotation.lines.map((l) => (
          <li key={l.name}>
            {l.name}: {l.lastAt === null ? t('rotation.none', { n: rotation.sessionsLooked }) : `${t('rotation.cases', { n: l.cases })}, ${t('rotation.since', { n: l.sessionsSince })}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
