/**
 * Theme, contrast, language and title on <html>, from the settings (every window; no React).
 * Written only where they differ, so a push that changes none of them changes nothing.
 */
import type { Settings } from '../../shared/ipc/settings.ts';

export interface DocumentOptions {
  contrast?: 'high' | 'normal';
  title?: string;
}

export function applyDocumentSettings(settings: Pick<Settings, 'theme' | 'language'>, options: DocumentOptions = {}) {
  const root = document.documentElement;
  if (root.dataset.theme !== settings.theme) root.dataset.theme = settings.theme;
  if (root.lang !== settings.language) root.lang = settings.language;
  if (options.contrast === 'high') {
    if (root.dataset.contrast !== 'high') root.dataset.contrast = 'high';
  } else if (root.dataset.contrast !== undefined) delete root.dataset.contrast;
  if (options.title && document.title !== options.title) document.title = options.title;
}
