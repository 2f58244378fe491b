import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BridgeHttpError } from './BridgeHttpError';

export const TOKEN_HEADER = 'x-station-token';

/** Constant-time token comparison (the token is the only credential of the loopback bridge). */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses requests addressed to another host name (DNS rebinding: a web page that resolves its own name to
 * 127.0.0.1 would send `Host: evil.example`) and cross-origin POSTs.
 */
export function checkHostAndOrigin(req: IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) throw new BridgeHttpError(421, 'Unexpected Host header');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null' && !allowed.some((h) => origin === `http://${h}`)) {
    throw new BridgeHttpError(403, 'Cross-origin request refused');
  }
}

/** The token from the `x-station-token` header, or (EventSource cannot set headers) from `?token=`. */
export function requireToken(req: IncomingMessage, url: URL, expected: string, allowQuery: boolean): void {
  const header = req.headers[TOKEN_HEADER];
  const given = typeof header === 'string' ? header : allowQuery ? url.searchParams.get('token') : null;
  if (!tokenMatches(expected, given)) throw new BridgeHttpError(401, 'Missing or wrong station token');
}
