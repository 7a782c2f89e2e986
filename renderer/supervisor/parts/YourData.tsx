/**
 * "Your data": where Kring keeps everything on this machine, a backup that stays encrypted,
 * restoring one, and erasing everything after a clear two-step confirmation. Used in Settings and,
 * for a forgotten passphrase, on the lock screen.
 */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError, DataLocation } from '../../../shared/ipc/contract.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import { api } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

function Outcome({ error, done }: { error: ApiError | null; done: string }) {
  const t = useT();
  if (error) {
    return (
      <p className="error-box" role="alert">
        {t.l(error.message)}
      </p>
    );
  }
  return (
    <p className="small" role="status" aria-live="polite" style={{ margin: 0 }}>
      {done}
    </p>
  );
}

function Backup() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const run = async () => {
    setBusy(true);
    setError(null);
    setDone('');
    const reply = await api()['data.backup']({});
    setBusy(false);
    if (reply.ok) setDone(t('data.backupSaved', { path: reply.value.savedTo }));
    else if (reply.error.code !== 'cancelled') setError(reply.error);
  };
  return (
    <div className="stack">
      <h3>{t('data.backupTitle')}</h3>
      <p className="small muted">{t('data.backupHint')}</p>
      <div className="row">
        <button type="button" onClick={() => void run()} disabled={busy} data-testid="data-backup">
          {t('data.backup')}
        </button>
      </div>
      <Outcome error={error} done={done} />
    </div>
  );
}

function Restore() {
  const t = useT();
  const id = useId();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pass || busy) return;
    setBusy(true);
    setError(null);
    setDone('');
    const reply = await api()['data.restore']({ passphrase: pass });
    setBusy(false);
    if (reply.ok) {
      setPass('');
      setDone(t('data.restored', { n: reply.value.files }));
    } else if (reply.error.code !== 'cancelled') setError(reply.error);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <h3>{t('data.restoreTitle')}</h3>
      <p className="small muted">{t('data.restoreHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('data.restorePassphrase')}</label>
        <input id={`${id}-p`} type="password" autoComplete="off" value={pass} maxLength={TEXT_LIMITS.passphrase} onChange={(e) => setPass(e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" disabled={!pass || busy} data-testid="data-restore">
          {t('data.restore')}
        </button>
      </div>
      <Outcome error={error} done={done} />
    </form>
  );
}

function Wipe() {
  const t = useT();
  const id = useId();
  const [understood, setUnderstood] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const run = async () => {
    setAsking(false);
    setError(null);
    const reply = await api()['data.wipe']({ confirm: 'wipe-everything' });
    if (reply.ok) setDone(t('data.wiped'));
    else setError(reply.error);
  };
  return (
    <div className="stack">
      <h3>{t('data.wipeTitle')}</h3>
      <p className="small muted">{t('data.wipeHint')}</p>
      <label className="check" htmlFor={`${id}-u`}>
        <input id={`${id}-u`} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>{t('data.wipeCheck')}</span>
      </label>
      <div className="row">
        <button type="button" className="danger" disabled={!understood || done !== ''} onClick={() => setAsking(true)} data-testid="data-wipe">
          {t('data.wipe')}
        </button>
      </div>
      <Outcome error={error} done={done} />
      <ConfirmDialog open={asking} danger title={t('data.wipeConfirmTitle')} confirmLabel={t('data.wipeConfirm')} onConfirm={() => void run()} onCancel={() => setAsking(false)}>
        <p>{t('data.wipeConfirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}

export function YourData({ parts = ['backup', 'restore', 'wipe'] }: { parts?: ('backup' | 'restore' | 'wipe')[] }) {
  const t = useT();
  const [location, setLocation] = useState<DataLocation | null>(null);
  useEffect(() => {
    let live = true;
    void api()['data.location']({}).then((reply) => {
      if (live && reply.ok) setLocation(reply.value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!location) return null;
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>{t('data.where')}</p>
      <p style={{ margin: 0 }}>
        <code className="path" data-testid="data-dir">
          {location.dataDir}
        </code>
      </p>
      <p className="small muted">{t('data.vaultHint')}</p>
      {location.canCarry ? (
        <>
          {parts.includes('backup') && <Backup />}
          {parts.includes('restore') && <Restore />}
          {parts.includes('wipe') && <Wipe />}
        </>
      ) : (
        <p className="small muted">{t('data.desktopOnly')}</p>
      )}
    </div>
  );
}
