/**
 * Every word main itself shows a person (menus, dialogs), from the one catalog
 * (shared/i18n/messages.ts, keys "main.*"), in the language chosen in Settings.
 */
import type { Settings } from '../../shared/ipc/index.ts';
import { translate } from '../../shared/i18n/index.ts';

type Language = Settings['language'];

export function mainText(lang: Language) {
  return {
    menuFile: translate(lang, 'main.menuFile'),
    menuEdit: translate(lang, 'main.menuEdit'),
    menuView: translate(lang, 'main.menuView'),
    menuWindow: translate(lang, 'main.menuWindow'),
    menuHelp: translate(lang, 'main.menuHelp'),
    backup: translate(lang, 'main.backup'),
    quit: translate(lang, 'main.quit'),
    undo: translate(lang, 'main.undo'),
    redo: translate(lang, 'main.redo'),
    cut: translate(lang, 'main.cut'),
    copy: translate(lang, 'main.copy'),
    paste: translate(lang, 'main.paste'),
    selectAll: translate(lang, 'main.selectAll'),
    zoomIn: translate(lang, 'main.zoomIn'),
    zoomOut: translate(lang, 'main.zoomOut'),
    resetZoom: translate(lang, 'main.resetZoom'),
    fullScreen: translate(lang, 'main.fullScreen'),
    reload: translate(lang, 'main.reload'),
    openTimekeeper: translate(lang, 'main.openTimekeeper'),
    openCircle: translate(lang, 'main.openCircle'),
    minimize: translate(lang, 'main.minimize'),
    close: translate(lang, 'main.close'),
    about: translate(lang, 'main.about'),
    whereData: translate(lang, 'main.whereData'),
    ok: translate(lang, 'main.ok'),
    openFolder: translate(lang, 'main.openFolder'),
    aboutDetail: (version: string) => translate(lang, 'main.aboutDetail', { version }),
    whereDataMessage: translate(lang, 'main.whereDataMessage'),
    whereDataDetail: (dir: string) => translate(lang, 'main.whereDataDetail', { dir }),
    quitTitle: translate(lang, 'main.quitTitle'),
    quitMessage: translate(lang, 'main.quitMessage'),
    quitDetail: translate(lang, 'main.quitDetail'),
    quitKeepOpen: translate(lang, 'main.quitKeepOpen'),
    quitConfirm: translate(lang, 'main.quitConfirm'),
    exportTitle: translate(lang, 'main.exportTitle'),
    pdfTitle: translate(lang, 'main.pdfTitle'),
    backupTitle: translate(lang, 'main.backupTitle'),
    restoreTitle: translate(lang, 'main.restoreTitle'),
    backupFilter: translate(lang, 'main.backupFilter'),
    backupSaved: (path: string) => translate(lang, 'main.backupSaved', { path }),
    backupFailed: translate(lang, 'main.backupFailed'),
    startFailedTitle: translate(lang, 'main.startFailedTitle'),
    startFailed: (what: string, dir: string) => translate(lang, 'main.startFailed', { what, dir }),
    rendererGoneTitle: translate(lang, 'main.rendererGoneTitle'),
    rendererGone: translate(lang, 'main.rendererGone'),
    placesReset: translate(lang, 'main.placesReset'),
  };
}

export type MainText = ReturnType<typeof mainText>;

/** Before settings can be read: the system's language if it is English, Flemish Dutch otherwise. */
export function fallbackLanguage(locale: string): Language {
  const l = locale.toLowerCase();
  return l.startsWith('en') ? 'en' : l === 'nl-nl' || l === 'nl_nl' ? 'nl-NL' : 'nl-BE';
}
