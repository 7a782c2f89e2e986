/**
 * The only bridge between a window and main: one named function per contract channel and a
 * push subscription. No ipcRenderer, no event objects, nothing else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, PUSH_CHANNEL } from '../../shared/ipc/channels.ts';

const api: Record<string, unknown> = {};
for (const channel of CHANNEL_NAMES) {
  api[channel] = (req: unknown) => ipcRenderer.invoke(channel, req);
}
api.onPush = (listener: (push: unknown) => void) => {
  const handler = (_event: unknown, push: unknown) => listener(push);
  ipcRenderer.on(PUSH_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PUSH_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('kring', api);
