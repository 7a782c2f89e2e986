/**
 * The contract on Electron's IPC: one handler per channel, the caller's role taken from which
 * window sent it (never from the payload), and only from our own page in that window's main frame.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES, contractError } from '../../shared/ipc/index.ts';
import type { WindowRole } from '../../shared/ipc/index.ts';
import type { Dispatch } from './services/dispatch.ts';
import { APP_ORIGIN } from './windows/window-options.ts';

export function registerIpc(dispatch: Dispatch, roleOf: (contents: WebContents) => WindowRole | null) {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, req: unknown) => {
      const role = roleOf(event.sender);
      const frame = event.senderFrame;
      const ours = frame !== null && frame === event.sender.mainFrame && frame.url.startsWith(`${APP_ORIGIN}/`);
      if (!role || !ours) return { ok: false, error: contractError('not-allowed') };
      return dispatch(role, channel, req);
    });
  }
}
