import { api, type InputOf, type MethodOf, type Namespace, type OutputOf } from '../contract/api';
import type { EventName, EventPayload } from '../contract/events';
import { AppError } from '../errors/AppError';
import { channelName } from './channelName';
import type { WireResult } from './WireResult';

export type StationClient = {
  [N in Namespace]: { [M in MethodOf<N>]: (input?: InputOf<N, M>) => Promise<OutputOf<N, M>> };
};

/** The renderer's `window.station`: every contract method, plus `on` for events (returns an unsubscribe). */
export type StationApi = StationClient & {
  on<E extends EventName>(name: E, cb: (payload: EventPayload<E>) => void): () => void;
};

export type Invoke = (channel: string, payload: unknown) => Promise<WireResult<unknown>>;
export type Subscribe = (listener: (name: string, payload: unknown) => void) => () => void;

/**
 * Builds the typed client from the contract. It unwraps WireResult and throws an AppError rebuilt from the
 * wire code, so callers see the same error class in every process.
 */
export function createClient(invoke: Invoke, subscribe: Subscribe): StationApi {
  const client: Record<string, unknown> = {};
  for (const ns of Object.keys(api) as Namespace[]) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(api[ns])) {
      const channel = channelName(ns, method);
      methods[method] = async (input?: unknown) => {
        const result = await invoke(channel, input ?? {});
        if (!result.ok) throw AppError.fromWire(result.error);
        return result.value;
      };
    }
    client[ns] = Object.freeze(methods);
  }
  client.on = (name: string, cb: (payload: unknown) => void) =>
    subscribe((eventName, payload) => {
      if (eventName !== name) return;
      // One malformed or throwing listener must not end the subscription.
      try { cb(payload); } catch (err) { console.error('[station] event listener failed', err); }
    });
  return Object.freeze(client) as StationApi;
}
