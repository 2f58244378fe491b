import { fork, type ChildProcess } from 'node:child_process';
import { AppError } from '../../shared/errors/AppError';
import { assertNever } from '../../shared/util/assertNever';
import type { CallOptions, HostEventListener, HostLogListener, WorkerHost } from './WorkerHost';
import type { WorkerEntry } from './workerEntry';
import { parseFromHost, type FromHost, type ToHost } from './protocol';

export interface ForkWorkerHostOptions {
  entry: WorkerEntry;
  env?: NodeJS.ProcessEnv;
  /** Default inactivity timeout per call. 2026-03: 60 s covers a slow first SANE page (8–10 s) with margin. */
  callTimeoutMs?: number;
  /** tsx compiles the entry on first start; 30 s is generous on a loaded CI runner. */
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
const cancelled = () => new AppError('job/cancelled', 'Đã hủy theo yêu cầu.');
const stoppedError = () => new AppError('host/stopped', 'Tiến trình điều khiển thiết bị đã tắt.', { retryable: false });
const timedOut = (method: string, ms: number) => new AppError('host/timeout', `Thiết bị không phản hồi sau ${Math.round(ms / 1000)} giây (${method}). Kiểm tra máy quét rồi thử lại.`, { retryable: true });

/**
 * Runs a worker entry in a `child_process.fork` child. Crashes fail pending calls with retryable `host/crashed`
 * and restart the child (with growing delay on crash loops); a call silent for longer than its timeout kills and
 * restarts the child and fails with `host/timeout`.
 */
export class ForkWorkerHost implements WorkerHost {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<HostEventListener>();
  private readonly logListeners = new Set<HostLogListener>();
  private seq = 0;
  private stopped = false;
  private consecutiveCrashes = 0;
  restarts = 0;

  constructor(private readonly opts: ForkWorkerHostOptions) {}

  get pid(): number | null { return this.child?.pid ?? null; }

  onEvent(listener: HostEventListener): () => void { this.eventListeners.add(listener); return () => this.eventListeners.delete(listener); }
  onLog(listener: HostLogListener): () => void { this.logListeners.add(listener); return () => this.logListeners.delete(listener); }

  start(): Promise<void> {
    if (this.stopped) return Promise.reject(stoppedError());
    this.ready ??= this.spawn();
    return this.ready;
  }

  private spawn(): Promise<void> {
    const child = fork(this.opts.entry.path, [], {
      execArgv: this.opts.entry.execArgv, env: this.opts.env ?? process.env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new AppError('host/timeout', 'Tiến trình điều khiển thiết bị không khởi động được.', { retryable: true })); child.kill('SIGKILL'); }, this.opts.startTimeoutMs ?? 30_000);
      child.on('message', (raw: unknown) => {
        const msg = parseFromHost(raw);
        if (msg?.type === 'ready') { clearTimeout(timer); resolve(); return; }
        if (msg) this.dispatch(msg);
      });
      child.once('exit', (code, signal) => { clearTimeout(timer); reject(crashed()); this.onExit(child, code, signal); });
      child.once('error', () => { /* 'exit' follows; a spawn failure surfaces as a crash there */ });
    });
    // A failed start must not be cached: the next call spawns afresh.
    ready.catch(() => { if (this.child === child || this.child === null) this.ready = null; });
    return ready;
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return; // already retired (timeout) or replaced
    this.retire(this.stopped ? stoppedError() : crashed());
    if (this.stopped || (code === 0 && signal === null)) return;
    this.scheduleRestart();
  }

  /** Forgets the current child at once (so new calls start a fresh one) and fails what was pending on it. */
  private retire(err: AppError): void {
    this.child = null;
    this.ready = null;
    for (const p of this.pending.values()) { p.cleanup(); p.reject(err); }
    this.pending.clear();
  }

  private scheduleRestart(): void {
    this.restarts++;
    this.consecutiveCrashes++;
    const delay = Math.min((this.opts.restartDelayMs ?? 200) * 2 ** (this.consecutiveCrashes - 1), 10_000);
    // Restart eagerly so the next call finds a warm host; a call arriving earlier simply starts it itself.
    setTimeout(() => { if (!this.stopped && !this.child) this.start().catch(() => undefined); }, delay).unref();
  }

  private dispatch(msg: Exclude<FromHost, { type: 'ready' }>): void {
    switch (msg.type) {
      case 'result': this.settle(msg); return;
      case 'event': this.deliverEvent(msg); return;
      case 'log':
        if (this.logListeners.size === 0) console[msg.level === 'debug' ? 'log' : msg.level]('[host]', ...msg.args);
        for (const l of this.logListeners) safely(() => l(msg.level, msg.args));
        return;
      default: assertNever(msg);
    }
  }

  private settle(msg: Extract<FromHost, { type: 'result' }>): void {
    const p = this.pending.get(msg.seq);
    if (!p) return; // cancelled or timed out already
    this.pending.delete(msg.seq);
    p.cleanup();
    if (msg.ok) { this.consecutiveCrashes = 0; p.resolve(msg.value); } else p.reject(AppError.fromWire(msg.error));
  }

  private deliverEvent(msg: Extract<FromHost, { type: 'event' }>): void {
    if (msg.seq === undefined) { for (const l of this.eventListeners) safely(() => l(msg.name, msg.payload)); return; }
    const p = this.pending.get(msg.seq);
    if (!p) return;
    p.arm(); // any sign of life resets the inactivity timeout
    safely(() => p.onEvent?.(msg.name, msg.payload));
  }

  async call<T = unknown>(method: string, args: unknown[], opts: CallOptions = {}): Promise<T> {
    if (opts.signal?.aborted) throw cancelled();
    await this.start();
    // The signal may have fired while the host was starting (no listener was attached yet).
    if (opts.signal?.aborted) throw cancelled();
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
        reject(cancelled());
      };
      const pending: Pending = {
        resolve: resolve as (v: unknown) => void, reject, onEvent: opts.onEvent,
        arm: () => { clearTimeout(timer); timer = setTimeout(onTimeout, timeoutMs); },
        cleanup: () => { clearTimeout(timer); opts.signal?.removeEventListener('abort', onAbort); },
      };
      const onTimeout = () => {
        if (!this.pending.delete(seq)) return;
        pending.cleanup();
        reject(timedOut(method, timeoutMs));
        // A hung driver holds the device; only a fresh process gets it back. Other calls on it fail as crashed.
        if (this.child === child) { this.retire(crashed()); this.scheduleRestart(); }
        child.kill('SIGKILL');
      };
      this.pending.set(seq, pending);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      pending.arm();
      this.post(child, { type: 'call', seq, method, args });
    });
  }

  private post(child: ChildProcess, msg: ToHost): void {
    if (!child.connected) return; // the exit handler fails the call
    child.send(msg, (err) => { if (err) child.kill('SIGKILL'); });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    for (const p of this.pending.values()) { p.cleanup(); p.reject(stoppedError()); }
    this.pending.clear();
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    // The host exits on disconnect; SIGKILL only if it hangs in vendor code.
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}

function safely(fn: () => void): void {
  try { fn(); } catch (err) { console.error('[ForkWorkerHost] listener failed', err); }
}
