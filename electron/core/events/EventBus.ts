import type { EventName, EventPayload } from '../../shared/contract/events';

export type EventListener = (name: EventName, payload: unknown) => void;

/** The core's outbound events; every transport (ipcMain, loopback bridge, CLI) subscribes here. */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  on(listener: EventListener): () => void;
}

export function createEventBus(onListenerError: (err: unknown) => void = (err) => console.error('[events]', err)): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const l of listeners) {
        // A failing subscriber must not stop delivery to the others.
        try { l(name, payload); } catch (err) { onListenerError(err); }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
