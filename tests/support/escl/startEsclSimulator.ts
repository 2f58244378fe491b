/**
 * eSCL (AirScan) scanner simulator for tests: plain node:http on 127.0.0.1, checked against Debian's sane-airscan
 * (tests/integration/escl). See README.md for the knobs and the quirks they reproduce.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { deleteJob, getCapabilities, getImageInfo, getNextDocument, getStatus, postScanJob, send, type SimContext } from './routes.js';
import type { EsclRequestRecord, EsclSim, EsclSimJob, EsclSimOptions } from './types.js';

export type * from './types.js';
export { readPageNumber } from './pages.js';
export { scanSettingsXml, type ScanSettingsInput } from './scanSettingsXml.js';

/** ScanSettings documents are ~1 KiB; anything this large is a broken or hostile client. */
const MAX_BODY = 64 * 1024;
const BODY_TIMEOUT_MS = 5_000;
const RS = '/eSCL';

function readBody(req: IncomingMessage): Promise<string | 413 | 408> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => resolve(408), BODY_TIMEOUT_MS);
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        clearTimeout(timer);
        resolve(413);
        req.removeAllListeners('data');
        req.resume();
      } else chunks.push(c);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', () => {
      clearTimeout(timer);
      resolve(408);
    });
  });
}

type JobHandler = (ctx: SimContext, job: EsclSimJob, res: ServerResponse) => unknown;

/** Resources under a job, keyed by the path segment after the job id ('' = the job itself). */
const JOB_ROUTES = new Map<string, { method: string; handle: JobHandler }>([
  ['', { method: 'DELETE', handle: (_ctx, job, res) => deleteJob(job, res) }],
  ['NextDocument', { method: 'GET', handle: (ctx, job, res) => getNextDocument(ctx, job, res) }],
  ['ScanImageInfo', { method: 'GET', handle: (_ctx, job, res) => getImageInfo(job, res) }],
]);

async function handleJobs(ctx: SimContext, req: IncomingMessage, res: ServerResponse, rest: string[]): Promise<void> {
  if (rest.length === 0) {
    if (req.method !== 'POST') return send(res, 405);
    const body = await readBody(req);
    if (typeof body === 'number') return send(res, body);
    return postScanJob(ctx, req, res, body);
  }
  const [id = '', sub = '', ...extra] = rest;
  const job = ctx.state.jobs.get(id);
  const jobRoute = JOB_ROUTES.get(sub);
  if (!job || !jobRoute || extra.length > 0) return send(res, 404);
  if (req.method !== jobRoute.method) return send(res, 405);
  await jobRoute.handle(ctx, job, res);
}

async function route(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (!path.startsWith(`${RS}/`)) return send(res, 404);
  const [resource, ...rest] = path.slice(RS.length + 1).split('/').filter(Boolean);
  if (resource === 'ScanJobs') return handleJobs(ctx, req, res, rest);
  if (rest.length > 0) return send(res, 404);
  if (resource === 'ScannerCapabilities' && req.method === 'GET') return getCapabilities(ctx, req, res);
  if (resource === 'ScannerStatus' && req.method === 'GET') return getStatus(ctx, res);
  send(res, resource === 'ScannerCapabilities' || resource === 'ScannerStatus' ? 405 : 404);
}

/** Records the request and guarantees an answer: a handler bug becomes a 500, never an unhandled rejection. */
function onRequest(ctx: SimContext, req: IncomingMessage, res: ServerResponse): void {
  const record: EsclRequestRecord = { method: req.method ?? '?', path: req.url ?? '', status: 0 };
  ctx.state.requests.push(record);
  // status 0 = the connection was dropped before the answer completed (disconnectAtPage, client gone).
  res.on('close', () => {
    record.status = res.writableFinished ? res.statusCode : 0;
  });
  route(ctx, req, res).catch((err: unknown) => {
    if (!res.headersSent) send(res, 500, String(err), 'text/plain; charset=utf-8');
    else res.destroy();
  });
}

function createServer(ctx: SimContext, opts: EsclSimOptions): http.Server {
  const handler = (req: IncomingMessage, res: ServerResponse) => onRequest(ctx, req, res);
  const server = opts.tls ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, handler) : http.createServer(handler);
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.setTimeout(30_000, (socket) => socket.destroy());
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

export async function startEsclSimulator(opts: EsclSimOptions = {}): Promise<EsclSim> {
  const ctx: SimContext = {
    opts,
    state: { jobs: new Map(), requests: [], adfPages: opts.adfPages ?? 5, jammed: false, jamFired: false },
    makeAndModel: opts.makeAndModel ?? 'Trạm Test eSCL Simulator',
    uuid: opts.uuid ?? randomUUID(),
    resolutions: opts.resolutions ?? [100, 150, 200, 300],
    scheme: opts.tls ? 'https' : 'http',
  };
  const server = createServer(ctx, opts);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${ctx.scheme}://127.0.0.1:${port}${RS}`,
    state: ctx.state,
    setAdfPages(n: number) {
      ctx.state.adfPages = Math.max(0, Math.floor(n));
      ctx.state.jammed = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
