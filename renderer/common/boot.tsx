/** Starting a window: connect to main, apply theme and language, render the role's app. */
import { Component, useEffect } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { translate } from '../i18n/index.ts';
import { api } from './api.ts';
import { connectStores, settingsStore, useSettings } from './store.ts';
import './theme.css';

/** Theme, contrast and language on <html>, from the settings. */
export function useDocumentSettings(options: { contrast?: 'high' | 'normal'; title?: string } = {}) {
  const settings = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.lang = settings.language;
    if (options.contrast === 'high') root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    if (options.title) document.title = options.title;
  }, [settings.theme, settings.language, options.contrast, options.title]);
}

/** Tell main a person is here (keeps the vault from locking), at most twice a minute. */
function watchActivity() {
  let last = 0;
  const ping = () => {
    const now = Date.now();
    if (now - last < 30_000) return;
    last = now;
    void api()['vault.activity']({});
  };
  window.addEventListener('pointerdown', ping, { passive: true });
  window.addEventListener('keydown', ping, { passive: true });
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = settingsStore.get().language;
    return (
      <main className="connecting">
        <div className="stack" style={{ alignItems: 'center' }}>
          <p>{translate(lang, 'app.crashed')}</p>
          <button type="button" onClick={() => location.reload()}>
            {translate(lang, 'app.reload')}
          </button>
        </div>
      </main>
    );
  }
}

export function boot(app: ReactNode, options: { activity: boolean }) {
  connectStores(api());
  if (options.activity) watchActivity();
  const host = document.getElementById('root');
  if (!host) return;
  createRoot(host).render(<Boundary>{app}</Boundary>);
}
