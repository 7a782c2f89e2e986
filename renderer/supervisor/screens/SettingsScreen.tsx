/** Settings: language, look, sound and signals, the circle display, locking, retention, prompts, passphrase. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { STEPS } from '../../../shared/method/steps.ts';
import type { StepId } from '../../../shared/method/types.ts';
import type { Settings } from '../../../shared/ipc/settings.ts';
import type { ApiError } from '../../../shared/ipc/contract.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import { api, updateSettings } from '../../common/api.ts';
import { chime, unlockAudio } from '../../common/chime.ts';
import { useSettings } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import type { StringKey } from '../../i18n/index.ts';
import { CommitInput } from '../parts/CommitInput.tsx';
import { YourData } from '../parts/YourData.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase/strength.ts';
import { PassphraseAdvice, usePassphraseVerdict } from '../parts/PassphraseAdvice.tsx';

function Radio<V extends string>({ name, value, options, onChange, legend }: { name: string; value: V; options: [V, StringKey][]; onChange: (v: V) => void; legend: string }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        {options.map(([v, label]) => (
          <label key={v} className="check">
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
            <span>{t(label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ChangePassphrase() {
  const t = useT();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const verdict = usePassphraseVerdict(next);
  const ready = current.length > 0 && next.length >= MIN_PASSPHRASE_LENGTH && verdict?.acceptable === true && next === again;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setError(null);
    setDone(false);
    const reply = await api()['vault.changePassphrase']({ current, next });
    if (!reply.ok) setError(reply.error);
    else {
      setDone(true);
      setCurrent('');
      setNext('');
      setAgain('');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="stack">
      <div className="field">
        <label htmlFor={`${id}-c`}>{t('settings.currentPassphrase')}</label>
        <input id={`${id}-c`} data-testid="current-passphrase" type="password" autoComplete="current-password" value={current} maxLength={TEXT_LIMITS.passphrase} onChange={(e) => setCurrent(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('settings.newPassphrase')}</label>
        <input id={`${id}-n`} data-testid="new-passphrase" type="password" autoComplete="new-password" value={next} maxLength={TEXT_LIMITS.passphrase} onChange={(e) => setNext(e.target.value)} aria-describedby={`${id}-s`} />
        <PassphraseAdvice id={`${id}-s`} verdict={next ? verdict : null} empty={t('vault.minLength', { n: MIN_PASSPHRASE_LENGTH })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('vault.passphraseAgain')}</label>
        <input id={`${id}-a`} data-testid="new-passphrase-again" type="password" autoComplete="new-password" value={again} maxLength={TEXT_LIMITS.passphrase} onChange={(e) => setAgain(e.target.value)} aria-invalid={again.length > 0 && again !== next} />
      </div>
      {error && (
        <p className="error-box" role="alert">
          {t.l(error.message)}
        </p>
      )}
      {done && <p role="status">{t('settings.passphraseChanged')}</p>}
      <div className="row">
        <button type="submit" disabled={!ready}>
          {t('settings.changePassphrase')}
        </button>
      </div>
    </form>
  );
}

function OwnPrompts({ settings, set }: { settings: Settings; set: (p: Partial<Settings>) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [step, setStep] = useState<StepId | ''>('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    set({ customPrompts: [...settings.customPrompts, { id: `own-${Date.now().toString(36)}`, stepId: step || null, text: text.trim() }] });
    setText('');
  };
  return (
    <div className="stack">
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {settings.customPrompts.map((p) => (
          <li key={p.id} className="row between">
            <span>
              {p.text} <span className="muted small">· {p.stepId ? t.l(STEPS.find((s) => s.id === p.stepId)?.name ?? { nl: '', en: '' }) : t('settings.everyStep')}</span>
            </span>
            <button type="button" className="quiet" onClick={() => set({ customPrompts: settings.customPrompts.filter((x) => x.id !== p.id), favouritePrompts: settings.favouritePrompts.filter((f) => f !== p.id) })}>
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={add}>
        <div className="field grow">
          <label htmlFor={`${id}-t`}>{t('settings.ownPrompt')}</label>
          <input id={`${id}-t`} type="text" value={text} maxLength={300} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-s`}>{t('settings.forStep')}</label>
          <select id={`${id}-s`} value={step} onChange={(e) => setStep(e.target.value as StepId | '')}>
            <option value="">{t('settings.everyStep')}</option>
            {STEPS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.number}. {t.l(s.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!text.trim()} style={{ alignSelf: 'flex-end', marginBottom: '0.9rem' }}>
          {t('common.add')}
        </button>
      </form>
      {settings.favouritePrompts.length > 0 && (
        <div className="row">
          <span className="small muted">{t('settings.favourites', { n: settings.favouritePrompts.length })}</span>
          <button type="button" className="quiet" onClick={() => set({ favouritePrompts: [] })}>
            {t('settings.clearFavourites')}
          </button>
        </div>
      )}
    </div>
  );
}

export function SettingsScreen({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const settings = useSettings();
  const set = (patch: Partial<Settings>) => void updateSettings(patch);
  const onLinux = typeof navigator !== 'undefined' && /Linux/.test(navigator.userAgent) && !/Android/.test(navigator.userAgent);
  const [permission, setPermission] = useState(typeof Notification === 'undefined' ? 'denied' : Notification.permission);

  return (
    <div className="stack settings">
      <div className="row between">
        <h1>{t('settings.title')}</h1>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby={`${id}-look`}>
          <h2 id={`${id}-look`}>{t('settings.look')}</h2>
          <Radio name="language" legend={t('settings.language')} value={settings.language} onChange={(v) => set({ language: v })} options={[['nl-BE', 'settings.dutchBE'], ['nl-NL', 'settings.dutchNL'], ['en', 'settings.english']]} />
          <p className="small muted" style={{ marginTop: 0 }}>{t('settings.languageHint')}</p>
          <Radio name="theme" legend={t('settings.theme')} value={settings.theme} onChange={(v) => set({ theme: v })} options={[['system', 'settings.themeSystem'], ['light', 'settings.themeLight'], ['dark', 'settings.themeDark']]} />
          <Radio name="circle" legend={t('settings.circleDisplay')} value={settings.circleDisplay} onChange={(v) => set({ circleDisplay: v })} options={[['digits', 'settings.digits'], ['bar', 'settings.bar']]} />
        </section>
        <section className="card" aria-labelledby={`${id}-signals`}>
          <h2 id={`${id}-signals`}>{t('settings.signals')}</h2>
          <label className="check">
            <input type="checkbox" checked={settings.sound} onChange={(e) => set({ sound: e.target.checked })} />
            <span>
              {t('settings.sound')}
              <br />
              <span className="small muted">{t('settings.soundHint')}</span>
            </span>
          </label>
          <div className="row" style={{ margin: '0.4rem 0 1rem 2rem' }}>
            <button
              type="button"
              onClick={() => {
                unlockAudio();
                chime('warning');
              }}
            >
              {t('settings.testSound')}
            </button>
          </div>
          <label className="check">
            <input type="checkbox" checked={settings.notifications} onChange={(e) => set({ notifications: e.target.checked })} />
            <span>
              {t('settings.notifications')}
              <br />
              <span className="small muted">{t('settings.notificationsHint')}</span>
            </span>
          </label>
          {settings.notifications && permission === 'default' && (
            <div className="row" style={{ margin: '0.4rem 0 1rem 2rem' }}>
              <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
                {t('settings.allowNotifications')}
              </button>
            </div>
          )}
          {settings.notifications && permission === 'denied' && <p className="small muted">{t('settings.notificationsBlocked')}</p>}
          <h3>{t('settings.warnings')}</h3>
          <p className="small muted">{t('settings.warningsHint')}</p>
          <div className="warn-grid">
            {STEPS.map((s) => (
              <div key={s.id} className="warn-row">
                <label htmlFor={`${id}-w-${s.id}`}>
                  {s.number}. {t.l(s.name)}
                </label>
                <CommitInput
                  id={`${id}-w-${s.id}`}
                  type="number"
                  min={0}
                  max={30}
                  value={String(settings.warningMinutes[s.id] ?? s.warningMinutes)}
                  onCommit={(v) => {
                    const n = Number(v);
                    if (v.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 30) set({ warningMinutes: { ...settings.warningMinutes, [s.id]: n } });
                  }}
                />
              </div>
            ))}
          </div>
        </section>
        <section className="card" aria-labelledby={`${id}-privacy`}>
          <h2 id={`${id}-privacy`}>{t('settings.privacy')}</h2>
          <div className="field">
            <label htmlFor={`${id}-lock`}>
              {t('settings.autoLock')} <span className="hint">{t('settings.autoLockHint')}</span>
            </label>
            <CommitInput id={`${id}-lock`} type="number" min={1} max={240} value={String(settings.autoLockMinutes)} onCommit={(v) => Number.isInteger(Number(v)) && set({ autoLockMinutes: Number(v) })} />
            {onLinux && (
              <span className="hint" data-testid="linux-lock-note">
                {t('settings.linuxLock')}
              </span>
            )}
          </div>
          <label className="check">
            <input type="checkbox" checked={settings.contentProtection} onChange={(e) => set({ contentProtection: e.target.checked })} data-testid="content-protection" />
            <span>
              {t('settings.contentProtection')}
              <br />
              <span className="small muted">{onLinux ? t('settings.contentProtectionLinux') : t('settings.contentProtectionHint')}</span>
            </span>
          </label>
          <div className="field">
            <label htmlFor={`${id}-ret`}>
              {t('settings.retention')} <span className="hint">{t('settings.retentionHint')}</span>
            </label>
            <CommitInput id={`${id}-ret`} type="number" min={1} max={120} value={String(settings.retentionMonths)} onCommit={(v) => Number.isInteger(Number(v)) && set({ retentionMonths: Number(v) })} />
          </div>
          <h3 id="change-passphrase">{t('settings.changePassphrase')}</h3>
          <ChangePassphrase />
        </section>
        <section className="card" aria-labelledby={`${id}-prompts`}>
          <h2 id={`${id}-prompts`}>{t('settings.prompts')}</h2>
          <p className="small muted">{t('settings.promptsHint')}</p>
          <OwnPrompts settings={settings} set={set} />
        </section>
        <section className="card" aria-labelledby={`${id}-data`}>
          <h2 id={`${id}-data`}>{t('data.title')}</h2>
          <YourData />
        </section>
      </div>
    </div>
  );
}
