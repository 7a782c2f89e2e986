/**
 * The application menu by platform convention: on macOS the app menu first (About, Quit); File,
 * Edit, View (zoom, full screen, reload), Window, Help (About elsewhere, and "where is my data").
 * Every label comes from main-text.ts in the chosen language; roles keep the system's shortcuts.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MainText } from './main-text.ts';

export interface MenuActions {
  openTimekeeper(): void;
  openCircle(): void;
  about(): void;
  whereIsMyData(): void;
  /** Backup needs no question first (it stays encrypted); restore and wipe live in Settings. */
  backup?: () => void;
}

export function menuTemplate(text: MainText, actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const dataItems: MenuItemConstructorOptions[] = actions.backup ? [{ label: text.backup, click: actions.backup }] : [];
  const about: MenuItemConstructorOptions = { label: text.about, click: actions.about };
  return [
    ...(mac
      ? [
          {
            label: 'Kring',
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit', label: text.quit },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: text.menuFile,
      submenu: [
        ...dataItems,
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: text.quit }]),
      ].filter((item, i, all) => !(item.type === 'separator' && (i === 0 || i === all.length - 1))),
    },
    {
      label: text.menuEdit,
      submenu: [
        { role: 'undo', label: text.undo },
        { role: 'redo', label: text.redo },
        { type: 'separator' },
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { role: 'selectAll', label: text.selectAll },
      ],
    },
    {
      label: text.menuView,
      submenu: [
        { role: 'zoomIn', label: text.zoomIn },
        // Ctrl+= as well as Ctrl++ (on most keyboards + needs Shift).
        { role: 'zoomIn', label: text.zoomIn, accelerator: 'CmdOrCtrl+=', visible: false },
        { role: 'zoomOut', label: text.zoomOut },
        { role: 'resetZoom', label: text.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: text.fullScreen },
        { role: 'reload', label: text.reload },
      ],
    },
    {
      label: text.menuWindow,
      submenu: [
        { label: text.openTimekeeper, accelerator: 'CmdOrCtrl+Shift+T', click: actions.openTimekeeper },
        { label: text.openCircle, accelerator: 'CmdOrCtrl+Shift+K', click: actions.openCircle },
        { type: 'separator' },
        { role: 'minimize', label: text.minimize },
        { role: 'close', label: text.close },
      ],
    },
    {
      label: text.menuHelp,
      role: 'help',
      submenu: [{ label: text.whereData, click: actions.whereIsMyData }, ...(mac ? [] : [{ type: 'separator' as const }, about])],
    },
  ];
}
