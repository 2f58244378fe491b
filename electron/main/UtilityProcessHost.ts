import { utilityProcess, type UtilityProcess } from 'electron';
import type { CallOptions, HostEventListener, HostLogListener, WorkerHost } from '../core/host/WorkerHost';
import type { WorkerEntry } from '../core/host/workerEntry';
import { parseFromHost, type FromHost, type ToHost } from '../core/host/protocol';
import { AppError } from '../shared/errors/AppError';

export interface UtilityProcessHostOptions {
  entry: WorkerEntry;
  /** Shown in the OS task manager. */
  serviceName: string;
  /** Default inactivity timeout per call. 2026-03: 60 s covers a slow first SANE page, as ForkWorkerHost. */
  callTimeoutMs?: number;
  startTimeoutMs?: number;
  restartDelayMs?: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: AppError): void;
  onEvent?: CallOptions['onEvent'];
  arm(): void;
  cleanup(): void;
}

const crashed = () => new AppError('host/crashed', 'Tiến trình điều khiển thiết bị bị dừng đột ngột và đang được khởi động lại. Hãy thử lại.', { retryable: true });
const stoppedError = () => new AppError('host/stopped', 'Tiến trình điều khiển thiết bị đã tắt.', { retryable: false });
const timedOut = (method: string, ms: number) => new AppError('host/timeout', `Thiết bị không phản hồi sau ${Math.round(ms / 1000)} giây (${method}). Kiểm tra máy quét rồi thử lại.`, { retryable: true });

/**
 * The app's WorkerHost (architecture.md §6): runs the device host in an Electron utility process. Same behaviour
 * as core's ForkWorkerHost — crashes fail pending calls with retryable `host/crashed` and restart the process
 * with growing delay; a call silent past its timeout kills and restarts it and fails with `host/timeout`.
 */
export class UtilityProcessHost implements WorkerHost {
  private child: UtilityProcess | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<HostEventListener>();
  private readonly logListeners = new Set<HostLogListener>();
  private seq = 0;
  private stopped = false;
  private consecutiveCrashes = 0;
  restarts = 0;

  constructor(private readonly opts: UtilityProcessHostOptions) {}

  get pid(): number | null { return this.child?.pid ?? null; }

  onEvent(listener: HostEventListener): () => void { this.eventListeners.add(listener); return () => this.eventListeners.delete(listener); }
  onLog(listener: HostLogListener): () => void { this.logListeners.add(listener); return () => this.logListeners.delete(listener); }

  start(): Promise<void> {
    if (this.stopped) return Promise.reject(stoppedError());
    this.ready ??= this.spawn();
    return this.ready;
  }

  private spawn(): Promise<void> {
    const child = utilityProcess.fork(this.opts.entry.path, [], {
      serviceName: this.opts.serviceName, execArgv: this.opts.entry.execArgv, stdio: 'inherit',
    });
    this.child = child;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new AppError('host/timeout', 'Tiến trình điều khiển thiết bị không khởi động được.', { retryable: true })); child.kill(); }, this.opts.startTimeoutMs ?? 30_000);
      child.on('message', (raw: unknown) => {
        // One malformed message must not end the subscription.
        const msg = parseFromHost(raw);
        if (msg?.type === 'ready') { clearTimeout(timer); resolve(); return; }
        if (msg) this.dispatch(msg);
      });
      child.once('exit', (code) => { clearTimeout(timer); reject(crashed()); this.onExit(child, code); });
    });
    // A failed start must not be cached: the next call spawns afresh.
    ready.catch(() => { if (this.child === child || this.child === null) this.ready = null; });
    return ready;
  }

  private onExit(child: UtilityProcess, code: number): void {
    if (this.child !== child) return;
    this.child = null;
    this.ready = null;
    const err = this.stopped ? stoppedError() : crashed();
    for (const p of this.pending.values()) { p.cleanup(); p.reject(err); }
    this.pending.clear();
    if (this.stopped || code === 0) return;
    this.restarts++;
    this.consecutiveCrashes++;
    const delay = Math.min((this.opts.restartDelayMs ?? 200) * 2 ** (this.consecutiveCrashes - 1), 10_000);
    // Restart eagerly so device events keep flowing and the next call finds a warm host.
    setTimeout(() => { if (!this.stopped && !this.child) this.start().catch(() => undefined); }, delay).unref();
  }

  private dispatch(msg: Exclude<FromHost, { type: 'ready' }>): void {
    if (msg.type === 'result') {
      const p = this.pending.get(msg.seq);
      if (!p) return; // cancelled or timed out already
      this.pending.delete(msg.seq);
      p.cleanup();
      if (msg.ok) { this.consecutiveCrashes = 0; p.resolve(msg.value); } else p.reject(AppError.fromWire(msg.error));
    } else if (msg.type === 'event') {
      if (msg.seq === undefined) { for (const l of this.eventListeners) safely(() => l(msg.name, msg.payload)); return; }
      const p = this.pending.get(msg.seq);
      if (p) { p.arm(); safely(() => p.onEvent?.(msg.name, msg.payload)); }
    } else {
      if (this.logListeners.size === 0) console[msg.level === 'debug' ? 'log' : msg.level]('[host]', ...msg.args);
      for (const l of this.logListeners) safely(() => l(msg.level, msg.args));
    }
  }

  async call<T = unknown>(method: string, args: unknown[], opts: CallOptions = {}): Promise<T> {
    opts.signal?.throwIfAborted();
    await this.start();
    const child = this.child;
    if (!child) throw crashed();
    const seq = ++this.seq;
    const timeoutMs = opts.timeoutMs ?? this.opts.callTimeoutMs ?? 60_000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        if (!this.pending.delete(seq)) return;
        pending.cleanup();
        this.post(child, { type: 'cancel', seq });
        reject(new AppError('job/cancelled', 'Đã hủy theo yêu cầu.'));
      };
      const onTimeout = () => {
        if (!this.pending.delete(seq)) return;
        pending.cleanup();
        reject(timedOut(method, timeoutMs));
        // A hung driver holds the device; only a fresh process gets it back.
        child.kill();
      };
      const pending: Pending = {
        resolve: resolve as (v: unknown) => void, reject, onEvent: opts.onEvent,
        arm: () => { clearTimeout(timer); timer = setTimeout(onTimeout, timeoutMs); },
        cleanup: () => { clearTimeout(timer); opts.signal?.removeEventListener('abort', onAbort); },
      };
      this.pending.set(seq, pending);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      pending.arm();
      this.post(child, { type: 'call', seq, method, args });
    });
  }

  private post(child: UtilityProcess, msg: ToHost): void {
    try { child.postMessage(msg); } catch { child.kill(); } // the exit handler fails the call
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    for (const p of this.pending.values()) { p.cleanup(); p.reject(stoppedError()); }
    this.pending.clear();
    if (!child || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill();
    await exited;
  }
}

function safely(fn: () => void): void {
  try { fn(); } catch (err) { console.error('[UtilityProcessHost] listener failed', err); }
}
