import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL } from '../shared/contract/events';
import { CHANNEL_PREFIX } from '../shared/ipc/channelName';
import { createClient } from '../shared/ipc/createClient';
import type { WireResult } from '../shared/ipc/WireResult';

// The whole preload (architecture.md §4): one `window.station` built from the contract; no raw ipcRenderer and
// never the Electron event object. Bundled into one file because a sandboxed preload cannot require our modules.
function invoke(channel: string, payload: unknown): Promise<WireResult<unknown>> {
  if (!channel.startsWith(CHANNEL_PREFIX) || channel === EVENT_CHANNEL) return Promise.reject(new Error(`Kênh IPC bị từ chối: ${channel}`));
  return ipcRenderer.invoke(channel, payload) as Promise<WireResult<unknown>>;
}

contextBridge.exposeInMainWorld('station', createClient(invoke, (listener) => {
  const h = (_e: IpcRendererEvent, name: string, p: unknown) => listener(name, p);
  ipcRenderer.on(EVENT_CHANNEL, h);
  return () => { ipcRenderer.off(EVENT_CHANNEL, h); };
}));
