/**
 * Advice, not a block: likely identifiers in a text (names not in the circle, dates, postcodes,
 * phone numbers, e-mail, national numbers), each with a neutral label to use instead.
 */
import { useDeferredValue, useMemo } from 'react';
import { findIdentifiers } from '../../../shared/privacy/identifiers.ts';
import type { IdentifierFinding } from '../../../shared/privacy/identifiers.ts';
import { useT } from '../../i18n/index.ts';

export function useFindings(text: string, knownNames: readonly string[]): IdentifierFinding[] {
  const deferred = useDeferredValue(text);
  const names = knownNames.join('\u0000');
  return useMemo(() => {
    try {
      return findIdentifiers(deferred, { knownNames: names ? names.split('\u0000') : [] });
    } catch {
      return [];
    }
  }, [deferred, names]);
}

export function PrivacyAdvice({ findings, onReplace }: { findings: IdentifierFinding[]; onReplace?: (f: IdentifierFinding, replacement: string) => void }) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <div className="advice" role="note" aria-label={t('privacy.title')} data-testid="privacy-advice">
      <p style={{ margin: 0, fontWeight: 600 }}>{t('privacy.title')}</p>
      <ul className="small">
        {findings.slice(0, 6).map((f) => (
          <li key={`${f.start}-${f.match}`}>
            <q>{f.match}</q> — {t.l(f.message)}{' '}
            {onReplace && (
              <button type="button" className="quiet small" onClick={() => onReplace(f, t.l(f.suggestion))}>
                {t('privacy.replaceWith', { label: t.l(f.suggestion) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {findings.length > 6 && <p className="small">{t('privacy.more', { n: findings.length - 6 })}</p>}
      <p className="small muted" style={{ margin: 0 }}>
        {t('privacy.adviceOnly')}
      </p>
    </div>
  );
}

/** Replace one finding in a text (offsets are checked: the text may have changed meanwhile). */
export function replaceFinding(text: string, f: IdentifierFinding, replacement: string): string {
  if (text.slice(f.start, f.end) !== f.match) return text.replace(f.match, replacement);
  return text.slice(0, f.start) + replacement + text.slice(f.end);
}
