import { createClient, type Invoke, type StationApi, type Subscribe } from '../../electron/shared/ipc/createClient';
import type { WireResult } from '../../electron/shared/ipc/WireResult';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent when the UI runs in a browser behind the loopback bridge. */
    station?: StationApi;
  }
}

const TOKEN_KEY = 'ss.token';

/** Moves `#token=…` from the URL into sessionStorage and removes it from the address bar and history. */
function takeToken(): string {
  const match = /(?:^#|&)token=([0-9a-f]{64})\b/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function transportError(status: number): WireResult<unknown> {
  const code = status === 401 ? 'ipc/unauthorized' : 'internal/unexpected';
  return { ok: false, error: { code, message: `HTTP ${status}`, retryable: status >= 500 } };
}

function httpInvoke(token: string): Invoke {
  return async (channel, payload) => {
    let res: Response;
    try {
      res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-station-token': token },
        body: JSON.stringify(payload ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'host/crashed', message: 'Bridge unreachable', retryable: true } };
    }
    if (!res.ok) return transportError(res.status);
    return (await res.json()) as WireResult<unknown>;
  };
}

/** One shared EventSource, opened with the first listener; the browser reconnects on its own after errors. */
function sseSubscribe(token: string): Subscribe {
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let source: EventSource | null = null;
  const open = () => {
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (ev: MessageEvent<string>) => {
      let msg: { name?: unknown; payload?: unknown };
      try { msg = JSON.parse(ev.data) as typeof msg; } catch { return; }
      if (typeof msg.name !== 'string') return;
      for (const l of listeners) l(msg.name, msg.payload);
    };
  };
  return (listener) => {
    listeners.add(listener);
    if (!source) open();
    return () => { listeners.delete(listener); };
  };
}

function createBrowserStation(): StationApi {
  const token = takeToken();
  return createClient(httpInvoke(token), sseSubscribe(token));
}

/** The only way the renderer reaches the core: `window.station` in Electron, the loopback bridge otherwise. */
export const station: StationApi = window.station ?? createBrowserStation();
