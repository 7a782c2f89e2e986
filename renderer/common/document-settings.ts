/** Theme, contrast, language and title on <html>, from the settings (every window; no React). */
import type { Settings } from '../../shared/ipc/settings.ts';

export interface DocumentOptions {
  contrast?: 'high' | 'normal';
  title?: string;
}

export function applyDocumentSettings(settings: Pick<Settings, 'theme' | 'language'>, options: DocumentOptions = {}) {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.lang = settings.language;
  if (options.contrast === 'high') root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
  if (options.title) document.title = options.title;
}
