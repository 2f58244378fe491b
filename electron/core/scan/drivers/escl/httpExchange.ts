import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { isAppError } from '../../../../shared/errors/AppError';
import { cancelledError } from '../../cancelled';
import { certificateChangedError, communicationError, malformedResponseError, transportError } from './esclErrors';

/** Trust-on-first-use fingerprints (SHA-256, as Node prints them) by device id; the core backs it with settings. */
export interface PinStore {
  get(deviceId: string): string | null;
  set(deviceId: string, fingerprint: string): void;
}

/** One HTTP exchange with a device. Every wait is bounded: connect, the whole exchange and the body size. */
export interface HttpCall {
  method: 'GET' | 'POST' | 'DELETE';
  url: URL;
  /** The `Host:` value (always with the port, or `localhost` for some HP models). */
  hostHeader: string;
  body?: string;
  connectTimeoutMs: number;
  /** Deadline for the whole exchange, connect included. */
  timeoutMs: number;
  maxBodyBytes: number;
  signal?: AbortSignal;
  /** Resolve on the status line and headers; the body is drained, not awaited (Kyocera drops TLS after headers). */
  headersOnly?: boolean;
  /** For https: whose certificate to pin. */
  pin?: { deviceId: string; deviceName: string; store: PinStore };
}

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const codeError = (message: string, code: string): Error => Object.assign(new Error(message), { code });

/** Checks (or records) the device's certificate right after the handshake, before any request byte is sent. */
function checkPin(sock: TLSSocket, call: HttpCall): Error | null {
  if (!call.pin) return null;
  const fp = sock.getPeerCertificate().fingerprint256;
  if (!fp) return communicationError({ deviceName: call.pin.deviceName }, new Error('no peer certificate'));
  const pinned = call.pin.store.get(call.pin.deviceId);
  if (pinned === null) { call.pin.store.set(call.pin.deviceId, fp); return null; }
  return pinned === fp ? null : certificateChangedError(call.pin.deviceName);
}

/** Opens TCP (or TLS) ourselves so the connect timeout and the pin check happen before the request is written. */
function openSocket(call: HttpCall): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secure = call.url.protocol === 'https:';
    const host = call.url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(call.url.port) || (secure ? 443 : 80);
    // Self-signed device certificates: verification is the pin check below, not a CA chain.
    const sock: Socket = secure
      ? tlsConnect({ host, port, rejectUnauthorized: false, ...(isIP(host) ? {} : { servername: host }) })
      : netConnect({ host, port });
    const ready = secure ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => fail(codeError('connect timeout', 'ESCL_CONNECT_TIMEOUT')), call.connectTimeoutMs);
    const onAbort = (): void => fail(cancelledError());
    function cleanup(): void {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      sock.off('error', fail);
      sock.off(ready, ok);
    }
    function fail(err: unknown): void { cleanup(); sock.destroy(); reject(err); }
    function ok(): void {
      const pinError = secure ? checkPin(sock as TLSSocket, call) : null;
      if (pinError) { fail(pinError); return; }
      cleanup();
      resolve(sock);
    }
    sock.once('error', fail);
    sock.once(ready, ok);
    if (call.signal?.aborted) { fail(cancelledError()); return; }
    call.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads a response body up to the cap; a short or cut body is a communication error, never a partial result. */
function readBody(res: IncomingMessage, call: HttpCall, done: (err: unknown, body?: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > call.maxBodyBytes) { done(malformedResponseError(`${call.url.pathname}: quá lớn`)); return; }
    chunks.push(chunk);
  });
  res.on('end', () => (res.complete ? done(null, Buffer.concat(chunks)) : done(communicationError({}, new Error('truncated body')))));
  res.on('error', (err) => done(transportError(err)));
  res.on('close', () => done(communicationError({}, new Error('connection closed mid-body'))));
}

/**
 * Performs one exchange and resolves with the status and body. Rejects only with AppErrors: `job/cancelled`
 * (signal), `device/offline` (refused, unreachable, connect timeout), `device/communication` (reset, timeout,
 * truncated or oversized body, certificate changed).
 */
export async function httpExchange(call: HttpCall): Promise<HttpAnswer> {
  const started = Date.now();
  let sock: Socket;
  try {
    sock = await openSocket(call);
  } catch (err) {
    throw isAppError(err) ? err : transportError(err);
  }
  return exchangeOn(sock, call, Math.max(1, call.timeoutMs - (Date.now() - started)));
}

function exchangeOn(sock: Socket, call: HttpCall, remainingMs: number): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const headers: Record<string, string | number> = { Host: call.hostHeader, Connection: 'close', Accept: '*/*' };
    if (call.body !== undefined) {
      headers['Content-Type'] = 'text/xml';
      headers['Content-Length'] = Buffer.byteLength(call.body);
    }
    const req = httpRequest({ method: call.method, path: call.url.pathname + call.url.search, headers, createConnection: () => sock });
    const finish = (err: unknown, answer?: HttpAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      if (err || call.headersOnly) req.destroy();
      if (err) reject(err); else resolve(answer!);
    };
    const timer = setTimeout(() => finish(communicationError({}, new Error(`no answer within ${call.timeoutMs} ms`))), remainingMs);
    const onAbort = (): void => finish(cancelledError());
    if (call.signal?.aborted) { finish(cancelledError()); return; }
    call.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => finish(transportError(err)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (call.headersOnly) { res.resume(); finish(null, { status, headers: res.headers, body: Buffer.alloc(0) }); return; }
      readBody(res, call, (err, body) => finish(err, err ? undefined : { status, headers: res.headers, body: body! }));
    });
    req.end(call.body);
  });
}
