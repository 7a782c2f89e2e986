/** Create the vault (first start) and unlock it (every later start, and after a lock). */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import type { ApiError } from '../../../shared/ipc/contract.ts';
import { api } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { warningMsFor, whereLabel } from '../../common/labels.ts';
import { useSettings, useStatus } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import { YourData } from '../parts/YourData.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase/strength.ts';
import { PassphraseAdvice, usePassphraseVerdict, useSecondsUntil } from '../parts/PassphraseAdvice.tsx';

function ErrorText({ error }: { error: ApiError | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="error-box" role="alert" data-testid="vault-error">
      {t.l(error.message)}
    </p>
  );
}

export function VaultCreateScreen() {
  const t = useT();
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const verdict = usePassphraseVerdict(pass);
  const mismatch = again.length > 0 && again !== pass;
  const ready = pass.length >= MIN_PASSPHRASE_LENGTH && verdict?.acceptable === true && again === pass && understood && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const reply = await api()['vault.create']({ passphrase: pass });
    setBusy(false);
    if (!reply.ok) setError(reply.error);
  };

  return (
    <div className="narrow stack">
      <h1>{t('vault.createTitle')}</h1>
      <p>{t('vault.createIntro')}</p>
      <form onSubmit={(e) => void submit(e)} className="card stack" aria-describedby={`${id}-warn`}>
        <div className="field">
          <label htmlFor={`${id}-p1`}>{t('vault.passphrase')}</label>
          <input
            id={`${id}-p1`}
            type="password"
            autoComplete="new-password"
            value={pass}
            maxLength={TEXT_LIMITS.passphrase}
            onChange={(e) => setPass(e.target.value)}
            aria-describedby={`${id}-strength`}
            data-testid="passphrase"
            autoFocus
          />
          <PassphraseAdvice id={`${id}-strength`} verdict={pass ? verdict : null} empty={t('vault.minLength', { n: MIN_PASSPHRASE_LENGTH })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-p2`}>{t('vault.passphraseAgain')}</label>
          <input id={`${id}-p2`} type="password" autoComplete="new-password" value={again} maxLength={TEXT_LIMITS.passphrase} onChange={(e) => setAgain(e.target.value)} aria-invalid={mismatch} data-testid="passphrase-again" />
          {mismatch && <span className="hint error-text">{t('vault.mismatch')}</span>}
        </div>
        <p id={`${id}-warn`} className="advice">
          <strong>{t('vault.noRecoveryTitle')}</strong> {t('vault.noRecovery')}
        </p>
        <label className="check">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="understood" />
          <span>{t('vault.understood')}</span>
        </label>
        <ErrorText error={error} />
        <div className="row">
          <button type="submit" className="primary big" disabled={!ready} data-testid="create-vault">
            {busy ? t('vault.creating') : t('vault.create')}
          </button>
        </div>
      </form>
      <p className="muted small">{t('vault.whatIsStored')}</p>
      <details className="card">
        <summary>{t('data.fromAnotherComputer')}</summary>
        <YourData parts={['restore']} />
      </details>
    </div>
  );
}

export function LockScreen({ view }: { view: SupervisorView | null }) {
  const t = useT();
  const id = useId();
  const settings = useSettings();
  const status = useStatus();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // After wrong passphrases main refuses for a while (also after a restart): count it down here.
  const waitSeconds = useSecondsUntil(error?.retryAt ?? status?.unlockRetryAt);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pass || busy || waitSeconds > 0) return;
    setBusy(true);
    setError(null);
    const reply = await api()['vault.unlock']({ passphrase: pass });
    setBusy(false);
    if (!reply.ok) setError(reply.error);
    else setPass('');
  };

  const current = view?.current ?? null;
  return (
    <div className="narrow stack">
      <h1>{t('vault.lockedTitle')}</h1>
      <p>{t('vault.lockedIntro')}</p>
      {view && current && (
        <div className="card stack" aria-label={t('vault.sessionGoesOn')} role="region">
          <p style={{ margin: 0 }}>
            <strong>{t('vault.sessionGoesOn')}</strong> · {whereLabel(t, view.phase, current)}
          </p>
          <Countdown timer={current.timer} warningMs={warningMsFor(current, settings)} size="3rem" testId="locked-time-left" />
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} className="card stack">
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('vault.passphrase')}</label>
          <input
            id={`${id}-p`}
            type="password"
            autoComplete="current-password"
            value={pass}
            maxLength={TEXT_LIMITS.passphrase}
            onChange={(e) => setPass(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-err` : undefined}
            data-testid="passphrase"
            autoFocus
          />
        </div>
        <div id={`${id}-err`}>
          {/* With a wait running, the countdown says when; main's message would hold a frozen number. */}
          {error?.retryAt !== undefined ? (
            error.code === 'wrong-passphrase' && (
              <p className="error-box" role="alert" data-testid="vault-error">
                {t('vault.wrongPassphrase')}
              </p>
            )
          ) : (
            <ErrorText error={error} />
          )}
        </div>
        {waitSeconds > 0 && (
          <p className="advice" role="status" data-testid="unlock-wait">
            {waitSeconds <= 90
              ? t('vault.retryIn', { s: waitSeconds })
              : t('vault.retryInMinutes', { time: `${Math.floor(waitSeconds / 60)}:${String(waitSeconds % 60).padStart(2, '0')}` })}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary big" disabled={!pass || busy || waitSeconds > 0} data-testid="unlock">
            {busy ? t('vault.unlocking') : t('vault.unlock')}
          </button>
        </div>
      </form>
      <details className="card">
        <summary>{t('vault.forgottenMore')}</summary>
        <div className="stack">
          <p className="small">{t('vault.forgotten')}</p>
          <YourData parts={['restore', 'wipe']} />
        </div>
      </details>
    </div>
  );
}
