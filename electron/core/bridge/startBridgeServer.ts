import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallContext, Router } from '../../shared/ipc/createRouter';
import type { EventBus } from '../events/EventBus';
import { BridgeHttpError } from './BridgeHttpError';
import { checkHostAndOrigin, requireToken } from './checkRequest';
import { openEventStream } from './eventStream';
import { readJsonBody } from './readJsonBody';
import { setSecurityHeaders } from './securityHeaders';
import { serveStatic } from './serveStatic';

export interface BridgeOptions {
  router: Router;
  events: EventBus;
  /** Folder of the built renderer (`dist/renderer`); without it only `/ipc` and `/events` are served. */
  staticDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The one session of this server (the bridge serves the local user only); defaults to signed out. */
  sessionFactory?: () => CallContext['session'];
}

export interface BridgeServer {
  /** Base URL, `http://127.0.0.1:<port>/`. */
  url: string;
  /** 32 random bytes, hex. Required on every `/ipc` and `/events` request. */
  token: string;
  /** The page to open: the base URL with `#token=…` (a fragment never reaches the server or its logs). */
  openUrl: string;
  close(): Promise<void>;
}

interface BridgeState { opts: BridgeOptions; token: string; ctx: CallContext; port: number; streams: Set<ServerResponse> }

async function handleIpc(req: IncomingMessage, res: ServerResponse, url: URL, s: BridgeState): Promise<void> {
  requireToken(req, url, s.token, false);
  const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
  const body = await readJsonBody(req);
  const result = await s.opts.router.dispatch(channel, body, s.ctx);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
}

async function route(req: IncomingMessage, res: ServerResponse, s: BridgeState): Promise<void> {
  checkHostAndOrigin(req, s.port);
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${s.port}`);
  const method = req.method ?? 'GET';
  if (url.pathname.startsWith('/ipc/')) {
    if (method !== 'POST') throw new BridgeHttpError(405, 'Use POST');
    return handleIpc(req, res, url, s);
  }
  if (url.pathname === '/events') {
    if (method !== 'GET') throw new BridgeHttpError(405, 'Use GET');
    requireToken(req, url, s.token, true);
    s.streams.add(res);
    openEventStream(req, res, s.opts.events, (r) => s.streams.delete(r));
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') throw new BridgeHttpError(405, 'Method not allowed');
  if (!s.opts.staticDir) throw new BridgeHttpError(404, 'Not found');
  // Static files carry no data (the built UI); the token arrives in the fragment, which the browser never sends.
  return serveStatic(s.opts.staticDir, url.pathname, res, method === 'HEAD');
}

function onRequest(s: BridgeState) {
  return (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    route(req, res, s).catch((err: unknown) => {
      const status = err instanceof BridgeHttpError ? err.status : 500;
      if (status === 500) console.error('[bridge] request failed', err);
      if (res.headersSent) { res.destroy(); return; }
      const text = err instanceof BridgeHttpError ? err.message : 'Internal error';
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end(text);
      req.resume();
    });
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the bridge must never be reachable from the desk network.
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Serves the router and events to a browser on this machine: `POST /ipc/<channel>` (JSON → WireResult),
 * `GET /events` (Server-Sent Events) and the built renderer. Used by `npm run ui` and the renderer tests.
 */
export async function startBridgeServer(opts: BridgeOptions): Promise<BridgeServer> {
  const token = randomBytes(32).toString('hex');
  const session = opts.sessionFactory ? opts.sessionFactory() : { userId: null };
  const state: BridgeState = { opts, token, ctx: { origin: 'bridge', session }, port: 0, streams: new Set() };
  const server = createServer(onRequest(state));
  server.requestTimeout = 120_000;
  state.port = await listen(server, opts.port ?? 0);
  const url = `http://127.0.0.1:${state.port}/`;
  return {
    url,
    token,
    openUrl: `${url}#token=${token}`,
    close: () => new Promise<void>((resolve) => {
      for (const res of state.streams) res.end();
      state.streams.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
