import { AppError } from '../../shared/errors/AppError';
import { assertNever } from '../../shared/util/assertNever';
import { callCancelled, callTimedOut, hostCrashed, hostRestarted, hostStartTimedOut, hostStopped } from './hostErrors';
import { parseFromHost, type FromHost, type ToHost } from './protocol';
import type { CallOptions, HostEventListener, HostLogListener, WorkerHost } from './WorkerHost';
import type { WorkerEntry } from './workerEntry';

/**
 * The one thing a process API must offer for MessageWorkerHost to drive it. Adapters (fork, Electron
 * utilityProcess, a test fake) translate their API to this; all protocol and restart logic stays here.
 */
export interface ChildLike {
  /** OS process id, undefined until spawned (utilityProcess) or when spawning failed. */
  readonly pid: number | undefined;
  /** Posts a message. Must not throw: on failure the adapter kills the child, and the exit fails the call. */
  send(msg: ToHost): void;
  /** Ends the child hard: it may hang in vendor code, so a polite request is not enough. */
  kill(): void;
  /** Asks the child to exit by itself (fork: disconnect). Without it, stop() kills at once. */
  close?(): void;
  /** Every message from the child, as sent (not yet validated). */
  onMessage(cb: (msg: unknown) => void): void;
  /** Called once when the child is gone; may be registered more than once. */
  onExit(cb: (code: number | null, signal: string | null) => void): void;
}

export type SpawnChild = (entry: WorkerEntry, env: NodeJS.ProcessEnv) => ChildLike;

export interface MessageWorkerHostOptions {
  entry: WorkerEntry;
  spawn: SpawnChild;
  /** The child's environment; a function is read at every (re)start, so settings changed since apply then. */
  env?: NodeJS.ProcessEnv | (() => NodeJS.ProcessEnv);
  /** Default inactivity timeout per call. 2026-03: 60 s covers a slow first SANE page (8–10 s) with margin. */
  callTimeoutMs?: number;
  /** tsx compiles the entry on first start; 30 s is generous on a loaded CI runner. */
  startTimeoutMs?: number;
  restartDelayMs?: number;
  /** Prefix for this class's own console lines. */
  name?: string;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: AppError): void;
  onEvent?: CallOptions['onEvent'];
  arm(): void;
  cleanup(): void;
}

/** Crash loops back off exponentially up to this, so a broken driver does not spin a core. */
const MAX_RESTART_DELAY_MS = 10_000;
/** How long stop() lets the host exit by itself before killing it. */
const STOP_GRACE_MS = 3000;

/**
 * WorkerHost over any message-passing child (protocol.ts). Crashes fail pending calls with retryable
 * `host/crashed` and restart the child (with growing delay on crash loops); a call silent for longer than its
 * timeout kills and restarts the child and fails with `host/timeout`; abort sends `cancel`.
 */
export class MessageWorkerHost implements WorkerHost {
  private child: ChildLike | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<HostEventListener>();
  private readonly logListeners = new Set<HostLogListener>();
  private seq = 0;
  private stopped = false;
  private consecutiveCrashes = 0;
  restarts = 0;

  constructor(private readonly opts: MessageWorkerHostOptions) {}

  get pid(): number | null { return this.child?.pid ?? null; }

  onEvent(listener: HostEventListener): () => void { this.eventListeners.add(listener); return () => this.eventListeners.delete(listener); }
  onLog(listener: HostLogListener): () => void { this.logListeners.add(listener); return () => this.logListeners.delete(listener); }

  start(): Promise<void> {
    if (this.stopped) return Promise.reject(hostStopped());
    this.ready ??= this.spawn();
    return this.ready;
  }

  private spawn(): Promise<void> {
    const env = typeof this.opts.env === 'function' ? this.opts.env() : this.opts.env ?? process.env;
    const child = this.opts.spawn(this.opts.entry, env);
    this.child = child;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(hostStartTimedOut()); child.kill(); }, this.opts.startTimeoutMs ?? 30_000);
      child.onMessage((raw) => {
        // One malformed message must not end the subscription.
        const msg = parseFromHost(raw);
        if (msg?.type === 'ready') { clearTimeout(timer); resolve(); return; }
        if (msg) this.dispatch(msg);
      });
      child.onExit((code, signal) => { clearTimeout(timer); reject(hostCrashed()); this.onExit(child, code, signal); });
    });
    // A failed start must not be cached: the next call spawns afresh.
    ready.catch(() => { if (this.child === child || this.child === null) this.ready = null; });
    return ready;
  }

  private onExit(child: ChildLike, code: number | null, signal: string | null): void {
    if (this.child !== child) return; // already retired (timeout) or replaced
    this.retire(this.stopped ? hostStopped() : hostCrashed());
    if (this.stopped || (code === 0 && !signal)) return;
    this.scheduleRestart();
  }

  /** Forgets the current child at once (so new calls start a fresh one) and fails what was pending on it. */
  private retire(err: AppError): void {
    this.child = null;
    this.ready = null;
    this.failAll(err);
  }

  private failAll(err: AppError): void {
    for (const p of this.pending.values()) { p.cleanup(); p.reject(err); }
    this.pending.clear();
  }

  private scheduleRestart(): void {
    this.restarts++;
    this.consecutiveCrashes++;
    const delay = Math.min((this.opts.restartDelayMs ?? 200) * 2 ** (this.consecutiveCrashes - 1), MAX_RESTART_DELAY_MS);
    // Restart eagerly so device events keep flowing and the next call finds a warm host; a call arriving
    // earlier simply starts it itself. unref: a pending restart must not keep a CLI process alive.
    setTimeout(() => { if (!this.stopped && !this.child) this.start().catch(() => undefined); }, delay).unref();
  }

  private dispatch(msg: Exclude<FromHost, { type: 'ready' }>): void {
    switch (msg.type) {
      case 'result': this.settle(msg); return;
      case 'event': this.deliverEvent(msg); return;
      case 'log':
        // Nobody listening (CLI, tests): the host's logs must not vanish.
        if (this.logListeners.size === 0) console[msg.level === 'debug' ? 'log' : msg.level]('[host]', ...msg.args);
        for (const l of this.logListeners) this.safely(() => l(msg.level, msg.args));
        return;
      default: assertNever(msg);
    }
  }

  private settle(msg: Extract<FromHost, { type: 'result' }>): void {
    const p = this.pending.get(msg.seq);
    if (!p) return; // cancelled or timed out already
    this.pending.delete(msg.seq);
    p.cleanup();
    // Only a successful call proves the restarted host healthy; until then crash delays keep growing.
    if (msg.ok) { this.consecutiveCrashes = 0; p.resolve(msg.value); } else p.reject(AppError.fromWire(msg.error));
  }

  private deliverEvent(msg: Extract<FromHost, { type: 'event' }>): void {
    if (msg.seq === undefined) { for (const l of this.eventListeners) this.safely(() => l(msg.name, msg.payload)); return; }
    const p = this.pending.get(msg.seq);
    if (!p) return;
    p.arm(); // any sign of life resets the inactivity timeout
    this.safely(() => p.onEvent?.(msg.name, msg.payload));
  }

  async call<T = unknown>(method: string, args: unknown[], opts: CallOptions = {}): Promise<T> {
    if (opts.signal?.aborted) throw callCancelled();
    await this.start();
    // The signal may have fired while the host was starting (no listener was attached yet).
    if (opts.signal?.aborted) throw callCancelled();
    const child = this.child;
    if (!child) throw hostCrashed();
    const seq = ++this.seq;
    const timeoutMs = opts.timeoutMs ?? this.opts.callTimeoutMs ?? 60_000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        if (!this.pending.delete(seq)) return;
        pending.cleanup();
        child.send({ type: 'cancel', seq });
        reject(callCancelled());
      };
      const pending: Pending = {
        resolve: resolve as (v: unknown) => void, reject, onEvent: opts.onEvent,
        arm: () => { clearTimeout(timer); timer = setTimeout(onTimeout, timeoutMs); },
        cleanup: () => { clearTimeout(timer); opts.signal?.removeEventListener('abort', onAbort); },
      };
      const onTimeout = () => {
        if (!this.pending.delete(seq)) return;
        pending.cleanup();
        reject(callTimedOut(method, timeoutMs));
        this.killHung(child);
      };
      this.pending.set(seq, pending);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      pending.arm();
      child.send({ type: 'call', seq, method, args });
    });
  }

  /**
   * A hung driver holds the device; only a fresh process gets it back. The child is retired before it is
   * killed, so its other calls fail as crashed at once and its late exit is not counted as a second crash.
   */
  private killHung(child: ChildLike): void {
    if (this.child === child) { this.retire(hostCrashed()); this.scheduleRestart(); }
    child.kill();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    this.failAll(hostStopped());
    if (child) await this.endChild(child);
  }

  /**
   * Replaces the running child with a fresh one (which reads `env` again), e.g. after IT changed the scanner
   * settings. Calls pending on the old child fail at once with retryable `host/crashed`; no child yet → no-op.
   */
  async restart(): Promise<void> {
    if (this.stopped) throw hostStopped();
    const child = this.child;
    if (!child) return;
    this.retire(hostRestarted());
    await this.endChild(child);
    if (!this.stopped) await this.start();
  }

  /** Lets the child exit by itself, killing it after a grace period (or at once when it cannot be asked). */
  private async endChild(child: ChildLike): Promise<void> {
    // Never spawned (or spawning failed): there is no exit to wait for.
    if (child.pid === undefined) { child.kill(); return; }
    const exited = new Promise<void>((r) => child.onExit(() => r()));
    // The host exits on disconnect; kill only if it hangs in vendor code or cannot be asked.
    if (child.close) child.close(); else child.kill();
    const timer = setTimeout(() => child.kill(), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  private safely(fn: () => void): void {
    try { fn(); } catch (err) { console.error(`[${this.opts.name ?? 'MessageWorkerHost'}] listener failed`, err); }
  }
}
