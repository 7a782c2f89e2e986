/** The frame of the supervisor's window: header with where we are and the tools, then the screen. */
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { SupervisorView, TimerView } from '../../shared/session/views.ts';
import { api, call, updateSettings } from '../common/api.ts';
import { Countdown } from '../common/Countdown.tsx';
import { clockTime } from '../common/dates.ts';
import { warningMsFor, whereLabel } from '../common/labels.ts';
import { Notices } from '../common/Notices.tsx';
import { useSettings, useStatus } from '../common/store.ts';
import { useT } from '../i18n/index.ts';
import type { Overlay } from './App.tsx';
import { flushNotes } from './notes.ts';

export function Shell({
  view,
  overlay,
  setOverlay,
  onHome,
  minimal = false,
  children,
}: {
  view: SupervisorView | null;
  overlay: Overlay;
  setOverlay: (o: Overlay) => void;
  onHome?: () => void;
  minimal?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const status = useStatus();
  const settings = useSettings();
  const current = view?.current ?? null;
  const showClock = current !== null && view?.phase !== 'case';

  return (
    <div className="sv-layout">
      <a className="skip-link" href="#main">
        {t('common.skipToMain')}
      </a>
      <Header
        where={view ? whereLabel(t, view.phase, current) : null}
        clock={showClock && current ? current.timer : null}
        warningMs={showClock && current ? warningMsFor(current, settings) : undefined}
        overlay={overlay}
        setOverlay={setOverlay}
        onHome={onHome}
        minimal={minimal}
      />
      {status?.lockWarningAt && status.vault === 'unlocked' && (
        <div className="banner sv-banner" role="alert">
          {t('lock.warning', { at: clockTime(status.lockWarningAt, t.lang) })}{' '}
          <button type="button" onClick={() => void call('vault.activity', {})}>
            {t('lock.stay')}
          </button>
        </div>
      )}
      {status?.passphraseWeak && status.vault === 'unlocked' && overlay !== 'settings' && (
        <div className="banner sv-banner" role="status" data-testid="weak-passphrase">
          {t('vault.weakBanner')}{' '}
          <button type="button" onClick={() => setOverlay('settings')}>
            {t('vault.weakChange')}
          </button>
        </div>
      )}
      <main id="main" className="sv-main" tabIndex={-1}>
        {children}
      </main>
      <QuietNotices />
    </div>
  );
}

const QuietNotices = memo(Notices);

/** Where we are, the small clock outside a case, and the tools: re-renders when one of those changes, not with every pushed view. */
const Header = memo(function Header({
  where,
  clock,
  warningMs,
  overlay,
  setOverlay,
  onHome,
  minimal,
}: {
  where: string | null;
  clock: TimerView | null;
  warningMs: number | undefined;
  overlay: Overlay;
  setOverlay: (o: Overlay) => void;
  onHome?: () => void;
  minimal: boolean;
}) {
  const t = useT();
  const status = useStatus();
  const settings = useSettings();

  const lock = async () => {
    await flushNotes();
    await call('vault.lock', {});
  };
  const toggleLang = () => void updateSettings({ language: settings.language === 'nl' ? 'en' : 'nl' });

  return (
    <header className="sv-header">
      <div className="sv-brand">
        {onHome && !minimal ? (
          <button type="button" className="quiet brand-button" onClick={() => { setOverlay(null); onHome(); }}>
            {t('app.name')}
            <span className="sr-only"> · {t('nav.home')}</span>
          </button>
        ) : (
          <span className="brand-button">{t('app.name')}</span>
        )}
        {where !== null && <span className="sv-where" data-testid="sv-where">{where}</span>}
        {clock && <Countdown timer={clock} warningMs={warningMs} size="1.5rem" testId="header-time-left" className="header-clock" />}
      </div>
      <nav className="sv-nav" aria-label={t('nav.label')}>
        {!minimal && (
          <>
            <button type="button" className="quiet" onClick={() => void call('windows.open', { role: 'timekeeper' })}>
              {t('nav.openTimekeeper')}
            </button>
            <button type="button" className="quiet" onClick={() => void call('windows.open', { role: 'circle' })}>
              {t('nav.openCircle')}
            </button>
            <button type="button" className="quiet" aria-pressed={overlay === 'history'} onClick={() => setOverlay(overlay === 'history' ? null : 'history')}>
              {t('nav.history')}
            </button>
            <button type="button" className="quiet" aria-pressed={overlay === 'settings'} onClick={() => setOverlay(overlay === 'settings' ? null : 'settings')}>
              {t('nav.settings')}
            </button>
          </>
        )}
        <button type="button" className="quiet" onClick={toggleLang} lang={settings.language === 'nl' ? 'en' : 'nl'}>
          {settings.language === 'nl' ? 'EN' : 'NL'}
          <span className="sr-only">{settings.language === 'nl' ? ' · Switch to English' : ' · Schakel naar Nederlands'}</span>
        </button>
        {status?.vault === 'unlocked' && (
          <button type="button" onClick={() => void lock()} data-testid="lock">
            {t('nav.lock')}
          </button>
        )}
      </nav>
    </header>
  );
});
