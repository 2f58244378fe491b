/** HTTP handlers of the eSCL resources. Each returns after answering; the server records the status. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadSettings, parseScanSettings } from './settings.js';
import { createJob, decideNextDocument, finish, imageDelivered, refuseNewJob } from './jobs.js';
import { renderPage } from './pages.js';
import { capabilitiesXml, imageInfoXml, isActive, statusXml } from './xml.js';
import type { EsclSimJob, EsclSimOptions, EsclSimState } from './types.js';

export interface SimContext {
  opts: EsclSimOptions;
  state: EsclSimState;
  makeAndModel: string;
  uuid: string;
  resolutions: number[];
  scheme: 'http' | 'https';
}

export function send(res: ServerResponse, status: number, body = '', type = 'text/xml; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function getCapabilities(ctx: SimContext, req: IncomingMessage, res: ServerResponse): void {
  const xml = capabilitiesXml({
    makeAndModel: ctx.makeAndModel,
    serial: `SIM-${ctx.uuid.slice(0, 8).toUpperCase()}`,
    uuid: ctx.uuid,
    resolutions: ctx.resolutions,
    adf: !ctx.opts.quirks?.platenOnly,
    duplex: !!ctx.opts.duplex,
    adminUri: `${ctx.scheme}://${req.headers.host ?? '127.0.0.1'}/`,
  });
  send(res, 200, xml);
}

export function getStatus(ctx: SimContext, res: ServerResponse): void {
  send(res, 200, statusXml(ctx.state, !ctx.opts.quirks?.platenOnly));
}

export function postScanJob(ctx: SimContext, req: IncomingMessage, res: ServerResponse, body: string): void {
  let settings;
  try {
    settings = parseScanSettings(body, ctx.resolutions);
  } catch (e) {
    if (e instanceof BadSettings) return send(res, 400, e.message, 'text/plain; charset=utf-8');
    throw e;
  }
  const now = Date.now();
  const refused = refuseNewJob(settings, ctx.state, ctx.opts, now);
  if (refused) return send(res, refused);
  const job = createJob(settings, now, ctx.opts);
  ctx.state.jobs.set(job.id, job);
  // HP DeskJet over IPP-USB answers with a host nobody can reach; clients must re-host Location (guide §3.3).
  const host = ctx.opts.quirks?.bogusLocationHost ? 'bogus-host.invalid' : (req.headers.host ?? '127.0.0.1');
  res.writeHead(201, { Location: `${ctx.scheme}://${host}${job.uri}`, 'Content-Length': 0 });
  res.end();
}

/** Sends the image, or (disconnectAtPage) half of it and then kills the socket, as a Wi-Fi drop would. */
async function sendPage(ctx: SimContext, job: EsclSimJob, image: number, disconnect: boolean, res: ServerResponse): Promise<number> {
  const s = job.settings;
  const page = await renderPage({
    page: image,
    width: Math.max(1, Math.round((s.region.width * s.xResolution) / 300)),
    height: Math.max(1, Math.round((s.region.height * s.yResolution) / 300)),
    dpi: s.xResolution,
    colorMode: s.colorMode,
    format: s.format,
  });
  if (!isActive(job)) return sendStatus(res, 410); // cancelled while rendering
  res.writeHead(200, { 'Content-Type': page.contentType, 'Content-Length': page.body.length });
  if (disconnect) {
    res.write(page.body.subarray(0, Math.floor(page.body.length / 2)));
    res.socket?.destroy();
    return -1;
  }
  res.end(page.body);
  job.lastImage = { width: page.width, height: page.height, bytesPerLine: page.bytesPerLine };
  imageDelivered(job, ctx.state, ctx.opts, Date.now());
  return 200;
}

function sendStatus(res: ServerResponse, status: number): number {
  send(res, status);
  return status;
}

export async function getNextDocument(ctx: SimContext, job: EsclSimJob, res: ServerResponse): Promise<number> {
  const d = decideNextDocument(job, ctx.state, ctx.opts, Date.now());
  switch (d.kind) {
    case 'busy':
    case 'jam':
      res.setHeader('Retry-After', '1');
      return sendStatus(res, 503);
    case 'none':
      return sendStatus(res, 404);
    case 'gone':
      return sendStatus(res, 410);
    case 'page':
      return sendPage(ctx, job, d.image, d.disconnect, res);
  }
}

export function getImageInfo(job: EsclSimJob, res: ServerResponse): void {
  send(res, 200, imageInfoXml(job));
}

export function deleteJob(job: EsclSimJob, res: ServerResponse): void {
  // Deleting a finished job is the client's clean-up and stays 200; an active one becomes Canceled.
  if (isActive(job)) finish(job, 'Canceled', 'JobCanceledByUser');
  send(res, 200);
}
