import type { WireError } from '../shared/errors/AppError';

/** Messages to and from a worker host (architecture.md §6): seq-numbered calls, one shape for every host. */
export type ToHost =
  | { type: 'call'; seq: number; method: string; args: unknown[] }
  | { type: 'cancel'; seq: number };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type FromHost =
  | { type: 'result'; seq: number; ok: true; value: unknown }
  | { type: 'result'; seq: number; ok: false; error: WireError }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'log'; level: LogLevel; args: unknown[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseResult(msg: Record<string, unknown>): FromHost | null {
  if (typeof msg.seq !== 'number' || typeof msg.ok !== 'boolean') return null;
  if (msg.ok) return { type: 'result', seq: msg.seq, ok: true, value: msg.value };
  if (!isRecord(msg.error) || typeof msg.error.code !== 'string') return null;
  return { type: 'result', seq: msg.seq, ok: false, error: msg.error as unknown as WireError };
}

/** Checks a message from the child before trusting it; a malformed one is dropped, never thrown. */
export function parseFromHost(msg: unknown): FromHost | null {
  if (!isRecord(msg)) return null;
  if (msg.type === 'result') return parseResult(msg);
  if (msg.type === 'event') return typeof msg.name === 'string' ? { type: 'event', name: msg.name, payload: msg.payload } : null;
  if (msg.type === 'log' && typeof msg.level === 'string' && Array.isArray(msg.args)) {
    return { type: 'log', level: msg.level as LogLevel, args: msg.args as unknown[] };
  }
  return null;
}
