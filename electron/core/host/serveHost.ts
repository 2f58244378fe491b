import { isAppError, toWireError } from '../../shared/errors/AppError';
import type { HostPort } from './parentPort';
import { parseToHost, type FromHost, type LogLevel } from './protocol';

/** What a host method gets besides its arguments. */
export interface HostCallContext {
  signal: AbortSignal;
  /** Streams an item of this call to the parent; resolves once the message left (natural backpressure). */
  emit(name: string, payload: unknown): Promise<void>;
  log(level: LogLevel, ...args: unknown[]): void;
}

export type HostMethod = (args: unknown[], ctx: HostCallContext) => Promise<unknown>;

/**
 * The host side of protocol.ts: runs `methods` by name, one AbortController per call (aborted by `cancel`),
 * answers every call with exactly one `result`, and turns thrown errors into WireErrors.
 */
export function serveHost(port: HostPort, methods: Record<string, HostMethod>): void {
  const post = (msg: FromHost) => port.post(msg);
  const running = new Map<number, AbortController>();
  const log = (level: LogLevel, ...args: unknown[]) => { void post({ type: 'log', level, args }); };

  async function run(seq: number, method: string, args: unknown[]): Promise<void> {
    const impl = Object.hasOwn(methods, method) ? methods[method] : undefined;
    const controller = new AbortController();
    running.set(seq, controller);
    try {
      if (!impl) throw new Error(`unknown host method ${method}`);
      const ctx: HostCallContext = { signal: controller.signal, emit: (name, payload) => post({ type: 'event', seq, name, payload }), log };
      const value = await impl(args, ctx);
      await post({ type: 'result', seq, ok: true, value });
    } catch (err) {
      if (!isAppError(err)) log('error', `host method ${method} failed`, String(err));
      await post({ type: 'result', seq, ok: false, error: toWireError(err) });
    } finally {
      running.delete(seq);
    }
  }

  port.onMessage((raw) => {
    // One malformed message must not end the host.
    const msg = parseToHost(raw);
    if (!msg) { log('warn', 'dropped malformed message'); return; }
    if (msg.type === 'cancel') { running.get(msg.seq)?.abort(); return; }
    void run(msg.seq, msg.method, msg.args);
  });
  void post({ type: 'ready', pid: process.pid });
}
