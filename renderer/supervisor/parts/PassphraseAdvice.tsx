/**
 * Main's verdict on a passphrase being chosen, asked while typing (debounced) and shown as a
 * meter with advice. Main decides: the window never judges a passphrase itself.
 */
import { useEffect, useState } from 'react';
import type { PassphraseVerdict } from '../../../shared/passphrase/strength.ts';
import { api } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';

const ASK_AFTER_MS = 200;

export function usePassphraseVerdict(passphrase: string): PassphraseVerdict | null {
  const [verdict, setVerdict] = useState<{ for: string; verdict: PassphraseVerdict } | null>(null);
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    const timer = setTimeout(() => {
      void api()['vault.judgePassphrase']({ passphrase }).then((reply) => {
        if (current && reply.ok) setVerdict({ for: passphrase, verdict: reply.value });
      });
    }, ASK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  // A verdict on what was typed before is no verdict on what is there now.
  return verdict && verdict.for === passphrase ? verdict.verdict : null;
}

export function PassphraseAdvice({ id, verdict, empty }: { id: string; verdict: PassphraseVerdict | null; empty: string }) {
  const t = useT();
  return (
    <span id={id} className="hint" aria-live="polite" data-testid="passphrase-advice">
      {verdict ? (
        <>
          <meter min={0} max={4} low={2} high={3.5} optimum={4} value={verdict.score} aria-label={t('vault.strength')} /> {t.l(verdict.advice)}
        </>
      ) : (
        empty
      )}
    </span>
  );
}

/** Seconds left until `at`, updated every second; 0 once it has passed. */
export function useSecondsUntil(at: number | null | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!at || at <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= at) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [at]);
  return at ? Math.max(0, Math.ceil((at - now) / 1000)) : 0;
}
