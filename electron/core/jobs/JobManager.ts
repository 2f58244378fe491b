import { randomUUID } from 'node:crypto';
import type { JobKindT, JobStateT, JobT } from '../../shared/contract/models';
import { AppError, isAppError, toWireError } from '../../shared/errors/AppError';
import { throttle } from '../../shared/util/throttle';
import { silentLogger, type JobContext, type JobLogger, type JobRunner, type ProgressUpdate } from './JobContext';
import { InMemoryJobStore, type JobStore } from './JobStore';

export type JobEventName = 'job.progressed' | 'job.finished';

export interface JobManagerOptions {
  /** Receives snapshots; the composition root forwards them to the EventBus. */
  emit(name: JobEventName, job: JobT): void;
  store?: JobStore;
  maxConcurrent?: number;
  /** 2026-03: 100 ms = ≤ 10 progress events/s per job (architecture §7); enough for a smooth bar. */
  progressIntervalMs?: number;
  now?: () => Date;
  newId?: () => string;
  logger?: (jobId: string) => JobLogger;
}

/** What `enqueue` needs besides the runner. */
export interface JobSpec {
  kind: JobKindT;
  title: string;
  dossierCode?: string | null;
  run: JobRunner;
}

interface Live {
  run: JobRunner;
  controller: AbortController;
  progress: ((p: ProgressUpdate) => void) & { flush(): void };
  done: Promise<JobT>;
  resolve(job: JobT): void;
}

const TERMINAL: ReadonlySet<JobStateT> = new Set(['succeeded', 'failed', 'cancelled']);

/**
 * Runs jobs with at most `maxConcurrent` at a time. Every change is saved to the store; progress is throttled
 * at the source and the final progress is flushed before `job.finished`, so no UI misses the last state.
 */
export class JobManager {
  private readonly store: JobStore;
  private readonly live = new Map<string, Live>();
  private readonly queue: string[] = [];
  private running = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly opts: JobManagerOptions) {
    this.store = opts.store ?? new InMemoryJobStore();
  }

  private now(): string { return (this.opts.now?.() ?? new Date()).toISOString(); }

  /** Queues a job and returns its first snapshot; it starts as soon as a slot is free. */
  enqueue(spec: JobSpec): JobT {
    const at = this.now();
    const job: JobT = {
      id: this.opts.newId?.() ?? randomUUID(), kind: spec.kind, state: 'queued', title: spec.title, dossierCode: spec.dossierCode ?? null,
      progress: { done: 0, total: null, note: null }, error: null, result: null, createdAt: at, updatedAt: at,
    };
    this.store.save(job);
    let resolve!: (j: JobT) => void;
    const done = new Promise<JobT>((r) => { resolve = r; });
    const progress = throttle(() => { const j = this.store.get(job.id); if (j) this.opts.emit('job.progressed', j); }, this.opts.progressIntervalMs ?? 100);
    this.live.set(job.id, { run: spec.run, controller: new AbortController(), progress, done, resolve });
    this.queue.push(job.id);
    this.pump();
    return job;
  }

  list(): JobT[] { return this.store.list(); }

  get(id: string): JobT {
    const job = this.store.get(id);
    if (!job) throw new AppError('job/not-found', 'Không tìm thấy công việc này (có thể đã bị xóa).');
    return job;
  }

  /** Aborts a running job (it ends `cancelled` once its runner returns) or cancels a queued one at once. */
  cancel(id: string): void {
    const job = this.get(id);
    if (TERMINAL.has(job.state)) return;
    const live = this.live.get(id);
    live?.controller.abort(new AppError('job/cancelled', 'Đã hủy theo yêu cầu.'));
    if (job.state === 'queued') {
      this.queue.splice(this.queue.indexOf(id), 1);
      this.finish(id, { state: 'cancelled', error: null });
    }
  }

  /** Resolves with the final snapshot (already-finished jobs resolve at once). */
  waitFor(id: string): Promise<JobT> {
    const job = this.get(id);
    if (TERMINAL.has(job.state)) return Promise.resolve(job);
    return this.live.get(id)!.done;
  }

  /** Test hook: resolves when nothing is queued or running. */
  waitForIdle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private update(id: string, patch: Partial<JobT>): JobT {
    const next = { ...this.get(id), ...patch, updatedAt: this.now() };
    this.store.save(next);
    return next;
  }

  private pump(): void {
    const max = Math.max(1, this.opts.maxConcurrent ?? 2);
    while (this.running < max && this.queue.length > 0) {
      const id = this.queue.shift()!;
      this.running++;
      void this.execute(id).finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
    }
  }

  private async execute(id: string): Promise<void> {
    const live = this.live.get(id)!;
    this.update(id, { state: 'running' });
    const ctx: JobContext = {
      jobId: id,
      signal: live.controller.signal,
      log: this.opts.logger?.(id) ?? silentLogger,
      progress: (p) => {
        if (TERMINAL.has(this.get(id).state)) return;
        this.update(id, { progress: { done: p.done, total: p.total ?? null, note: p.note ?? null } });
        live.progress(p);
      },
    };
    try {
      const result = await live.run(ctx);
      if (live.controller.signal.aborted) this.finish(id, { state: 'cancelled', error: null });
      else this.finish(id, { state: 'succeeded', error: null, result: result ?? null });
    } catch (err) {
      // Whatever the runner threw after an abort, the user asked to stop: the job is cancelled, not failed.
      if (live.controller.signal.aborted || isAppError(err, 'job/cancelled')) this.finish(id, { state: 'cancelled', error: null });
      else {
        if (!isAppError(err)) ctx.log.error('job failed unexpectedly', { error: String(err) });
        this.finish(id, { state: 'failed', error: toWireError(err) });
      }
    }
  }

  private finish(id: string, patch: Pick<JobT, 'state' | 'error'> & Partial<JobT>): void {
    const live = this.live.get(id);
    live?.progress.flush();
    const job = this.update(id, patch);
    this.live.delete(id);
    this.opts.emit('job.finished', job);
    live?.resolve(job);
  }
}
