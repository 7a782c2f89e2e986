/**
 * The supervisor's window: vault first, then the start screen, then the session screen that fits
 * the phase. History and settings open over it and close back to where you were.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SupervisorView } from '../../shared/session/views.ts';
import { useDocumentSettings } from '../common/boot.tsx';
import { Notices } from '../common/Notices.tsx';
import { useConnected, useStatus, useView } from '../common/store.ts';
import { useT } from '../i18n/index.ts';
import { flushNotes, forgetSavedNotes, loadNotes, watchNotes } from './notes.ts';
import { Shell } from './Shell.tsx';
import { CaseScreen } from './screens/CaseScreen.tsx';

import { LockScreen, VaultCreateScreen } from './screens/VaultScreens.tsx';

// Opened now and then, not during a session: loaded when first opened, so the window starts lighter.
// Screens a running case never needs load when first opened: the window's own bundle stays small
// and the case screen (what a reload must show at once) comes first.
const BreakScreen = lazy(() => import('./screens/BreakScreen.tsx').then((m) => ({ default: m.BreakScreen })));
const CaseEndScreen = lazy(() => import('./screens/CaseEndScreen.tsx').then((m) => ({ default: m.CaseEndScreen })));
const ChoosingScreen = lazy(() => import('./screens/ChoosingScreen.tsx').then((m) => ({ default: m.ChoosingScreen })));
const StartScreen = lazy(() => import('./screens/StartScreen.tsx').then((m) => ({ default: m.StartScreen })));
const ClosingScreen = lazy(() => import('./screens/ClosingScreen.tsx').then((m) => ({ default: m.ClosingScreen })));
const HistoryScreen = lazy(() => import('./screens/HistoryScreen.tsx').then((m) => ({ default: m.HistoryScreen })));
const OpeningScreen = lazy(() => import('./screens/OpeningScreen.tsx').then((m) => ({ default: m.OpeningScreen })));
const PlanScreen = lazy(() => import('./screens/PlanScreen.tsx').then((m) => ({ default: m.PlanScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));
const CirclesScreen = lazy(() => import('./screens/CirclesScreen.tsx').then((m) => ({ default: m.CirclesScreen })));
const KringkaartScreen = lazy(() => import('./screens/KringkaartScreen.tsx').then((m) => ({ default: m.KringkaartScreen })));

export type Overlay = 'history' | 'settings' | 'circles' | 'kringkaart' | null;

function SessionScreen({ view }: { view: SupervisorView }) {
  switch (view.phase) {
    case 'planning':
      return <PlanScreen view={view} />;
    case 'opening':
      return <OpeningScreen view={view} />;
    case 'choosing':
      return <ChoosingScreen view={view} />;
    case 'case':
      return <CaseScreen view={view} />;
    case 'caseEnd':
      return <CaseEndScreen view={view} />;
    case 'break':
      return <BreakScreen view={view} />;
    case 'closing':
    case 'closed':
      return <ClosingScreen view={view} />;
  }
}

export function App() {
  const t = useT();
  const connected = useConnected();
  const status = useStatus();
  const raw = useView<SupervisorView>();
  const view = raw?.role === 'supervisor' ? raw : null;
  const [overlay, setOverlay] = useState<Overlay>(null);
  // A running session is shown where it is, also after a reload or a restart; the start screen
  // comes only when the supervisor asks for it (home) or when no session is running.
  const [home, setHome] = useState(false);
  const goHome = useCallback(() => setHome(true), []);
  // A session this window saw running stays on screen once closed (its closing page), until home.
  const [sawActive, setSawActive] = useState(false);
  if (status?.session === 'active' && !sawActive) setSawActive(true);
  useDocumentSettings({ title: `${t('app.name')} · ${t('role.supervisor')}` });

  useEffect(() => watchNotes(), []);
  const unlocked = status?.vault === 'unlocked';
  const sessionId = view?.sessionId ?? null;
  useEffect(() => {
    if (status?.vault === 'locked') forgetSavedNotes();
  }, [status?.vault]);
  useEffect(() => {
    // After an unlock (or a reconnect), read what is stored and send what could not be saved meanwhile.
    if (unlocked && sessionId) void loadNotes(sessionId).then(() => flushNotes());
  }, [unlocked, sessionId]);
  // A lock is coming: save what is typed first.
  useEffect(() => {
    if (status?.lockWarningAt) void flushNotes();
  }, [status?.lockWarningAt]);

  if (!connected || !status) {
    return (
      <main className="connecting" id="main">
        <h1 className="sr-only">{t('app.name')}</h1>
        <p>{connected ? t('common.loading') : t('common.connecting')}</p>
        <Notices />
      </main>
    );
  }

  if (status.vault === 'absent') {
    return (
      <Shell view={null} overlay={null} setOverlay={setOverlay} minimal>
        <VaultCreateScreen />
      </Shell>
    );
  }
  if (status.vault === 'locked') {
    return (
      <Shell view={null} overlay={null} setOverlay={setOverlay} minimal>
        <LockScreen view={view} />
      </Shell>
    );
  }

  const inSession = !home && view !== null && (status.session === 'active' || (status.session === 'closed' && sawActive));
  let body;
  if (overlay === 'history') body = <HistoryScreen onClose={() => setOverlay(null)} />;
  else if (overlay === 'settings') body = <SettingsScreen onClose={() => setOverlay(null)} />;
  else if (overlay === 'kringkaart') body = <KringkaartScreen methodId={view?.methodId ?? null} plan={view?.plan ?? null} onClose={() => setOverlay(null)} />;
  else if (overlay === 'circles')
    body = (
      <CirclesScreen
        onClose={() => setOverlay(null)}
        onBegun={() => {
          setOverlay(null);
          setHome(false);
        }}
      />
    );
  else if (inSession) body = <SessionScreen view={view} />;
  else
    body = (
      <StartScreen
        view={view}
        session={status.session}
        onEnter={() => setHome(false)}
        onHistory={() => setOverlay('history')}
        onSettings={() => setOverlay('settings')}
        onCircles={() => setOverlay('circles')}
        onKringkaart={() => setOverlay('kringkaart')}
      />
    );

  return (
    <Shell view={inSession ? view : null} overlay={overlay} setOverlay={setOverlay} onHome={goHome}>
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>{body}</Suspense>
    </Shell>
  );
}
