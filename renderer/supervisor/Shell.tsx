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
import { LANGUAGES } from '../../shared/i18n/lang.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { useT } from '../i18n/index.ts';
import type { StringKey } from '../i18n/index.ts';
import type { Overlay } from './App.tsx';
import { flushNotes } from './notes.ts';
import { NudgeBanner } from './parts/NudgeBanner.tsx';

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
  // Always in the sticky header while a clock runs, in a case too: on a laptop mirrored to a
  // projector (1024×768) the time card may be scrolled away, the header never is.
  const showClock = current !== null;

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
      {view?.practice && (
        <div className="banner practice-banner" role="note" data-testid="practice-banner">
          <strong>{t('practice.banner')}</strong>
          <button
            type="button"
            onClick={() => void flushNotes().then(() => call('session.endPractice', {})).then((r) => r !== undefined && onHome?.())}
            data-testid="stop-practice"
          >
            {t('practice.stop')}
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

const HEADER_RUN: Record<TimerView['status'], StringKey> = {
  'not-started': 'run.idle',
  running: 'run.running',
  paused: 'run.paused',
  overtime: 'run.overtime',
  done: 'run.done',
};

/** The header's language menu: short, so it fits beside the other buttons. */
const LANGUAGE_SHORT = { 'nl-BE': 'lang.shortNlBE', 'nl-NL': 'lang.shortNlNL', en: 'lang.shortEn' } as const satisfies Record<Lang, StringKey>;

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
        {clock && (
          <Countdown timer={clock} warningMs={warningMs} size="1.9rem" testId="header-time-left" className="header-clock">
            <span className="header-run small">{t(HEADER_RUN[clock.status])}</span>
          </Countdown>
        )}
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
        <select
          className="quiet lang-select"
          value={settings.language}
          onChange={(e) => void updateSettings({ language: e.target.value as Lang })}
          aria-label={t('settings.language')}
          title={t('settings.language')}
          data-testid="header-language"
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(LANGUAGE_SHORT[lang])}
            </option>
          ))}
        </select>
        {status?.vault === 'unlocked' && (
          <button type="button" onClick={() => void lock()} data-testid="lock">
            {t('nav.lock')}
          </button>
        )}
      </nav>
      {/* Inside the sticky header, so a signal stays in sight while the supervisor scrolls. */}
      {!minimal && <NudgeBanner />}
    </header>
  );
});
