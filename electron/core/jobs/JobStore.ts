import type { JobT } from '../../shared/contract/models';

/**
 * Where job records live. In memory for scan/import/export jobs now; uploads and signing will pass a SQLite
 * implementation (same calls) so their jobs survive a restart.
 */
export interface JobStore {
  save(job: JobT): void;
  get(id: string): JobT | undefined;
  list(): JobT[];
  remove(id: string): void;
}

/** Insertion-ordered in-memory store; `list()` returns the oldest job first. */
export class InMemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, JobT>();
  save(job: JobT): void { this.jobs.set(job.id, job); }
  get(id: string): JobT | undefined { return this.jobs.get(id); }
  list(): JobT[] { return [...this.jobs.values()]; }
  remove(id: string): void { this.jobs.delete(id); }
}
