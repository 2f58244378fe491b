/** Minimal scoped logger a job writes to; the composition root passes the app's logger. Never log personal data. */
export interface JobLogger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Progress as the runner reports it; `total` and `note` may be omitted. */
export interface ProgressUpdate {
  done: number;
  total?: number;
  note?: string;
}

/** What a running job gets: one AbortSignal end to end, throttled progress, a logger. */
export interface JobContext {
  readonly jobId: string;
  signal: AbortSignal;
  progress(p: ProgressUpdate): void;
  log: JobLogger;
}

/** The work itself. Resolves with a small JSON-able result (stored on the job), or throws an AppError. */
export type JobRunner = (ctx: JobContext) => Promise<Record<string, unknown> | void>;

export const silentLogger: JobLogger = { info: () => {}, warn: () => {}, error: () => {} };
