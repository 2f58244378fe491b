import { utilityProcess, type UtilityProcess } from 'electron';
import { AppError } from '../shared/errors/AppError';
import { parseFromHost, type FromHost, type LogLevel, type ToHost } from './hostMessages';

export interface UtilityProcessHostOptions {
  /** Absolute path of the bundled worker entry, e.g. dist/workers/deviceHost.cjs. */
  modulePath: string;
  /** Shown in the OS task manager. */
  serviceName: string;
  /** Every call fails with `host/timeout` after this long and the host is restarted. */
  callTimeoutMs?: number;
  onEvent?(name: string, payload: unknown): void;
  onLog?(level: LogLevel, args: unknown[]): void;
}

interface Pending { resolve(v: unknown): void; reject(e: AppError): void; timer: NodeJS.Timeout; detach(): void }

// 2026-03: backoff between restarts so a driver that crashes at load does not spin the CPU.
const RESTART_DELAYS_MS = [250, 1_000, 5_000, 15_000];
const STABLE_AFTER_MS = 60_000;

/**
 * Hosts native drivers in an Electron utility process (app only; tests use the Node hosts in core/host).
 * Calls are seq-numbered; a crash rejects every pending call with `host/crashed` and restarts the process.
 */
export class UtilityProcessHost {
  private child: UtilityProcess | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private crashes = 0;
  private startedAt = 0;
  private closed = false;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: UtilityProcessHostOptions) {}

  /** Calls `method` in the host. Aborting `signal` sends `cancel` and rejects with `job/cancelled`. */
  call(method: string, args: unknown[], signal?: AbortSignal): Promise<unknown> {
    if (this.closed) return Promise.reject(new AppError('host/crashed', 'Tiến trình thiết bị đã đóng.'));
    if (signal?.aborted) return Promise.reject(cancelled());
    const child = this.ensureStarted();
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      const onAbort = () => { this.send({ type: 'cancel', seq }); this.settle(seq)?.reject(cancelled()); };
      const timer = setTimeout(() => this.timeOut(seq), this.opts.callTimeoutMs ?? 60_000);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(seq, { resolve, reject, timer, detach: () => signal?.removeEventListener('abort', onAbort) });
      child.postMessage({ type: 'call', seq, method, args } satisfies ToHost);
    });
  }

  /** Stops the host for good (app quit); pending calls fail with `host/crashed`. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill(); });
  }

  private ensureStarted(): UtilityProcess {
    if (this.child) return this.child;
    const child = utilityProcess.fork(this.opts.modulePath, [], { serviceName: this.opts.serviceName, stdio: 'inherit' });
    this.child = child;
    this.startedAt = Date.now();
    child.on('message', (raw: unknown) => {
      // One malformed message must not end the subscription.
      try { this.receive(parseFromHost(raw)); } catch (err) { console.error('[UtilityProcessHost] message failed', err); }
    });
    child.once('exit', (code) => this.onExit(child, code));
    return child;
  }

  private receive(msg: FromHost | null): void {
    if (!msg) return;
    if (msg.type === 'event') this.opts.onEvent?.(msg.name, msg.payload);
    else if (msg.type === 'log') this.opts.onLog?.(msg.level, msg.args);
    else if (msg.ok) this.settle(msg.seq)?.resolve(msg.value);
    else this.settle(msg.seq)?.reject(AppError.fromWire(msg.error));
  }

  private settle(seq: number): Pending | undefined {
    const p = this.pending.get(seq);
    if (!p) return undefined;
    this.pending.delete(seq);
    clearTimeout(p.timer);
    p.detach();
    return p;
  }

  private timeOut(seq: number): void {
    this.settle(seq)?.reject(new AppError('host/timeout', 'Thiết bị không phản hồi. Kiểm tra cáp và nguồn rồi thử lại.', { retryable: true }));
    // A hung driver is not trusted with the next call: kill it; onExit restarts it.
    this.child?.kill();
  }

  private onExit(child: UtilityProcess, code: number): void {
    if (this.child === child) this.child = null;
    for (const seq of [...this.pending.keys()]) {
      this.settle(seq)?.reject(new AppError('host/crashed', 'Tiến trình thiết bị bị dừng đột ngột và đang được khởi động lại.', { retryable: true, details: { code } }));
    }
    if (this.closed) return;
    this.crashes = Date.now() - this.startedAt > STABLE_AFTER_MS ? 1 : this.crashes + 1;
    const delay = RESTART_DELAYS_MS[Math.min(this.crashes, RESTART_DELAYS_MS.length) - 1] ?? 15_000;
    this.restartTimer = setTimeout(() => { this.restartTimer = null; if (!this.closed) this.ensureStarted(); }, delay);
  }

  private send(msg: ToHost): void {
    this.child?.postMessage(msg);
  }
}

function cancelled(): AppError {
  return new AppError('job/cancelled', 'Đã huỷ thao tác.');
}
