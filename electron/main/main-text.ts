/**
 * Every word main itself shows a person (menus, dialogs), Dutch first, English second, following
 * the language chosen in Settings. One table so that it can move into the shared catalog whole.
 */
import type { Settings } from '../../shared/ipc/index.ts';

type Language = Settings['language'];
/** Menus and dialogs speak Dutch or English; nl-BE and nl-NL read the same Dutch here. */
type Base = 'nl' | 'en';

const nl = {
  menuFile: 'Bestand',
  menuEdit: 'Bewerken',
  menuView: 'Beeld',
  menuWindow: 'Venster',
  menuHelp: 'Help',
  backup: 'Reservekopie maken…',
  quit: 'Kring afsluiten',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  zoomIn: 'Groter',
  zoomOut: 'Kleiner',
  resetZoom: 'Normale grootte',
  fullScreen: 'Volledig scherm',
  reload: 'Venster opnieuw laden',
  openTimekeeper: 'Tijdbewaker openen',
  openCircle: 'Kringscherm openen',
  minimize: 'Minimaliseren',
  close: 'Venster sluiten',
  about: 'Over Kring',
  whereData: 'Waar staan mijn gegevens?',
  ok: 'OK',
  openFolder: 'Map openen',
  aboutDetail: (version: string) =>
      `Versie ${version}\n\nKring helpt een supervisor een intervisiekring te begeleiden volgens de zesstappenmethode. Alles blijft op deze computer; notities en samenvattingen zijn versleuteld.`,
  whereDataMessage: 'Je gegevens staan alleen op deze computer.',
  whereDataDetail: (dir: string) =>
      `Map: ${dir}\n\nNotities en samenvattingen staan versleuteld in de submap "vault". Een reservekopie maak je via Bestand › Reservekopie maken; die blijft versleuteld.`,
  quitTitle: 'Kring afsluiten?',
  quitMessage: 'Er loopt nog een sessie.',
  quitDetail: 'Als je afsluit, bewaart Kring de sessie en gaat de klok gewoon door. Bij het opnieuw openen ga je verder waar je was.',
  quitKeepOpen: 'Kring open laten',
  quitConfirm: 'Afsluiten',
  exportTitle: 'Samenvatting exporteren (niet versleuteld)',
  pdfTitle: 'Samenvatting als PDF bewaren (niet versleuteld)',
  backupTitle: 'Reservekopie bewaren (blijft versleuteld)',
  restoreTitle: 'Reservekopie kiezen om terug te zetten',
  backupFilter: 'Reservekopie van Kring',
  backupSaved: (path: string) => `De reservekopie is bewaard in:\n${path}\n\nZe blijft versleuteld: terugzetten kan alleen met je wachtwoord.`,
  backupFailed: 'Geen reservekopie gemaakt',
  startFailedTitle: 'Kring kan niet starten',
  startFailed: (what: string, dir: string) =>
      `Er ging iets mis bij het starten:\n${what}\n\nJe gegevens staan in:\n${dir}\nEr is niets gewist. Controleer of die map bestaat en of je er mag schrijven, en start Kring opnieuw.`,
  rendererGoneTitle: 'Venster gestopt',
  rendererGone:
      'Dit venster van Kring is een paar keer kort na elkaar gestopt. De sessie loopt door en is bewaard. Sluit het venster en open het opnieuw, of start Kring opnieuw.',
  placesReset: 'De opgeslagen vensterposities waren onleesbaar; de vensters staan weer op hun gewone plek. Het oude bestand is bewaard.',
};

export type MainText = typeof nl;

const en: MainText = {
  menuFile: 'File',
  menuEdit: 'Edit',
  menuView: 'View',
  menuWindow: 'Window',
  menuHelp: 'Help',
  backup: 'Make a backup…',
  quit: 'Quit Kring',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  fullScreen: 'Full screen',
  reload: 'Reload window',
  openTimekeeper: 'Open timekeeper',
  openCircle: 'Open circle display',
  minimize: 'Minimise',
  close: 'Close window',
  about: 'About Kring',
  whereData: 'Where is my data?',
  ok: 'OK',
  openFolder: 'Open folder',
  aboutDetail: (version: string) =>
      `Version ${version}\n\nKring helps a supervisor lead an intervision circle through the six-step method. Everything stays on this computer; notes and summaries are encrypted.`,
  whereDataMessage: 'Your data is on this computer only.',
  whereDataDetail: (dir: string) =>
      `Folder: ${dir}\n\nNotes and summaries are encrypted in the "vault" subfolder. Make a backup with File › Make a backup; it stays encrypted.`,
  quitTitle: 'Quit Kring?',
  quitMessage: 'A session is running.',
  quitDetail: 'If you quit, Kring keeps the session and the clock keeps running. When you open Kring again you continue where you were.',
  quitKeepOpen: 'Keep Kring open',
  quitConfirm: 'Quit',
  exportTitle: 'Export summary (not encrypted)',
  pdfTitle: 'Save summary as PDF (not encrypted)',
  backupTitle: 'Save backup (stays encrypted)',
  restoreTitle: 'Choose a backup to restore',
  backupFilter: 'Kring backup',
  backupSaved: (path: string) => `The backup was saved to:\n${path}\n\nIt stays encrypted: it can only be restored with your passphrase.`,
  backupFailed: 'No backup made',
  startFailedTitle: 'Kring cannot start',
  startFailed: (what: string, dir: string) =>
      `Something went wrong while starting:\n${what}\n\nYour data is in:\n${dir}\nNothing has been erased. Check that this folder exists and that you may write to it, then start Kring again.`,
  rendererGoneTitle: 'Window stopped',
  rendererGone:
      'This Kring window stopped several times in a row. The session goes on and is saved. Close the window and open it again, or restart Kring.',
  placesReset: 'The saved window positions could not be read; the windows are back in their usual place. The old file was kept.',
};

const TEXT: Record<Base, MainText> = { nl, en };

export function mainText(language: Language | Base): MainText {
  return TEXT[language === 'en' ? 'en' : 'nl'];
}

/** Before settings can be read: the system's language if it is English, Flemish Dutch otherwise. */
export function fallbackLanguage(locale: string): Language {
  const l = locale.toLowerCase();
  return l.startsWith('en') ? 'en' : l === 'nl-nl' || l === 'nl_nl' ? 'nl-NL' : 'nl-BE';
}
