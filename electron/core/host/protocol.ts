import type { WireError } from '../../shared/errors/AppError';

/** Log levels a host forwards to the parent's logger. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Parent → host. `cancel` aborts the AbortSignal the host gave the call with the same seq. */
export type ToHost =
  | { type: 'call'; seq: number; method: string; args: unknown[] }
  | { type: 'cancel'; seq: number };

/**
 * Host → parent. One shape for every host (architecture.md §6), plus:
 * - `event` with a `seq`: a streamed item of that call (e.g. `page`), sent before the call's `result`;
 *   without `seq` it is a host-wide event (`device.changed`);
 * - `ready`: sent once the host listens, so calls are never posted into a child that cannot hear them yet.
 */
export type FromHost =
  | { type: 'result'; seq: number; ok: true; value: unknown }
  | { type: 'result'; seq: number; ok: false; error: WireError }
  | { type: 'event'; seq?: number; name: string; payload: unknown }
  | { type: 'log'; level: LogLevel; args: unknown[] }
  | { type: 'ready'; pid: number };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Narrows an untrusted message; anything else is dropped (a listener must survive one bad message). */
export function parseToHost(msg: unknown): ToHost | null {
  if (!isObject(msg) || typeof msg.seq !== 'number') return null;
  if (msg.type === 'call' && typeof msg.method === 'string' && Array.isArray(msg.args)) return msg as ToHost;
  if (msg.type === 'cancel') return msg as ToHost;
  return null;
}

export function parseFromHost(msg: unknown): FromHost | null {
  if (!isObject(msg)) return null;
  switch (msg.type) {
    case 'result': return typeof msg.seq === 'number' && typeof msg.ok === 'boolean' ? msg as FromHost : null;
    case 'event': return typeof msg.name === 'string' ? msg as FromHost : null;
    case 'log': return Array.isArray(msg.args) ? msg as FromHost : null;
    case 'ready': return typeof msg.pid === 'number' ? msg as FromHost : null;
    default: return null;
  }
}
