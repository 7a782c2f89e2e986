/** Rendering a window: theme and language from the settings, an error boundary, the role's app. */
import { Component, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { translate, useLang } from '../i18n/index.ts';
import { readyLang } from '../i18n/words.ts';
import { applyDocumentSettings } from './document-settings.ts';
import type { DocumentOptions } from './document-settings.ts';
import { useSettings } from './store.ts';

/** Theme, contrast and language on <html>, from the settings. */
export function useDocumentSettings(options: DocumentOptions = {}) {
  const settings = useSettings();
  const lang = useLang();
  useEffect(() => {
    applyDocumentSettings({ theme: settings.theme, language: lang }, { contrast: options.contrast, title: options.title });
  }, [settings.theme, lang, options.contrast, options.title]);
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = readyLang.get();
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

/** Render a window's app into #root (the connection to main is already made by start.ts). */
export function mount(app: ReactNode) {
  const host = document.getElementById('root');
  if (!host) return;
  createRoot(host).render(<Boundary>{app}</Boundary>);
}

/**
 * False for the first paint, true right after: lets a window show what matters first (the digits)
 * and render the rest a frame later. One animation frame, once; no loop.
 */
export function useAfterFirstPaint(enabled = true): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!enabled || after) return;
    let done = false;
    const go = () => {
      if (!done) setAfter(true);
      done = true;
    };
    const frame = requestAnimationFrame(() => setTimeout(go, 0));
    const fallback = setTimeout(go, 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, [enabled, after]);
  return after;
}
