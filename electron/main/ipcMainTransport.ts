import { ipcMain, webContents, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { EventBus } from '../core/events/EventBus';
import { EVENT_CHANNEL } from '../shared/contract/events';
import { toWireError } from '../shared/errors/AppError';
import type { CallContext, Router } from '../shared/ipc/createRouter';
import type { WireResult } from '../shared/ipc/WireResult';

export interface IpcMainTransportOptions {
  router: Router;
  events: EventBus;
  /** Throws when the calling frame is not our renderer (see trustedFrame.ts). */
  assertTrustedFrame(frame: WebFrameMain | null): void;
}

/**
 * Connects the transport-agnostic router to ipcMain: one `ipcMain.handle` per contract channel, and every core
 * event forwarded to each live window on `ss:event`. Returns a function that removes everything again.
 */
export function registerIpcMainTransport({ router, events, assertTrustedFrame }: IpcMainTransportOptions): () => void {
  // One session object per window, so `auth.signIn` in one call is seen by the next call from the same window.
  const sessions = new WeakMap<WebContents, CallContext['session']>();
  const ctxFor = (e: IpcMainInvokeEvent): CallContext => {
    let session = sessions.get(e.sender);
    if (!session) { session = { userId: null }; sessions.set(e.sender, session); }
    return { origin: 'ipc', session };
  };

  for (const channel of router.channels) {
    ipcMain.handle(channel, async (e, raw: unknown): Promise<WireResult<unknown>> => {
      try {
        assertTrustedFrame(e.senderFrame);
      } catch (err) {
        return { ok: false, error: toWireError(err) };
      }
      return router.dispatch(channel, raw, ctxFor(e));
    });
  }

  const unsubscribe = events.on((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (!contents.isDestroyed() && contents.getType() === 'window') contents.send(EVENT_CHANNEL, name, payload);
    }
  });

  return () => {
    unsubscribe();
    for (const channel of router.channels) ipcMain.removeHandler(channel);
  };
}
