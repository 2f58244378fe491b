import type { IncomingMessage } from 'node:http';
import { BridgeHttpError } from './BridgeHttpError';

/** 2026-01: a 500-path import request is ~250 KB; 20 MB leaves room without letting one request exhaust memory. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Reads a JSON request body; rejects other content types (415), oversize bodies (413) and bad JSON (400). */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new BridgeHttpError(415, 'Only application/json is accepted');
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) throw new BridgeHttpError(413, 'Request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BridgeHttpError(413, 'Request body too large');
    chunks.push(buf);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BridgeHttpError(400, 'Malformed JSON');
  }
}
