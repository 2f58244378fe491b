import type { LogLevel } from './protocol';

/** Per-call options. */
export interface CallOptions {
  /** Aborting sends `{ type: 'cancel' }` and rejects the call with `job/cancelled`. */
  signal?: AbortSignal;
  /**
   * Inactivity timeout: the call fails with `host/timeout` (and the host is killed and restarted) when neither
   * an event nor the result arrives for this long. Streaming calls therefore survive long scans.
   */
  timeoutMs?: number;
  /** Streamed items of this call (`{ type: 'event', seq }`), delivered in order before the result resolves. */
  onEvent?(name: string, payload: unknown): void;
}

/** A host-wide event or a forwarded log line. */
export type HostEventListener = (name: string, payload: unknown) => void;
export type HostLogListener = (level: LogLevel, args: unknown[]) => void;

/**
 * A separate execution context (child process, worker thread, Electron utility process) that runs methods by
 * name. Implementations restart the host when it crashes; pending calls fail with retryable `host/crashed`.
 */
export interface WorkerHost {
  call<T = unknown>(method: string, args: unknown[], opts?: CallOptions): Promise<T>;
  onEvent(listener: HostEventListener): () => void;
  onLog(listener: HostLogListener): () => void;
  /** Starts the host if needed and resolves once it reported ready. */
  start(): Promise<void>;
  /**
   * Replaces a running host with a fresh process (which reads its environment again); calls pending on the old
   * one fail with retryable `host/crashed`. Does nothing when the host is not running (the next start is fresh).
   */
  restart(): Promise<void>;
  /** Stops the host for good; pending and later calls fail with `host/stopped`. */
  stop(): Promise<void>;
  /** OS process id of the current host (tests use it to kill the host), or null when not running. */
  readonly pid: number | null;
  /** How many times the host was restarted after a crash or timeout. */
  readonly restarts: number;
}
