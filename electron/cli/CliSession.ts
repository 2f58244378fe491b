import type { JobT } from '../shared/contract/models';
import type { InputOf, MethodOf, Namespace, OutputOf } from '../shared/contract/api';
import { AppError } from '../shared/errors/AppError';
import { channelName } from '../shared/ipc/channelName';
import type { CallContext } from '../shared/ipc/createRouter';
import { createCore, type Core, type CoreOptions } from '../core/createCore';
import { progressLine } from './output';

/** The CLI's view of the core: the same router the UI uses, called directly with a `cli` context. */
export class CliSession {
  private readonly ctx: CallContext = { origin: 'cli', session: { userId: null } };
  private constructor(readonly core: Core) {}

  static async open(dataDir: string, extra: Omit<CoreOptions, 'dataDir'> = {}): Promise<CliSession> {
    return new CliSession(await createCore({ ...extra, dataDir }));
  }

  async call<N extends Namespace, M extends MethodOf<N>>(ns: N, method: M, input: InputOf<N, M>): Promise<OutputOf<N, M>> {
    const result = await this.core.router.dispatch(channelName(ns, method), input, this.ctx);
    if (!result.ok) throw AppError.fromWire(result.error);
    return result.value as OutputOf<N, M>;
  }

  /** Waits for a job, drawing its progress; a failed job throws its error, a cancelled one `job/cancelled`. */
  async waitForJob(jobId: string): Promise<JobT> {
    const off = this.core.events.on((name, payload) => {
      const job = payload as JobT;
      if (name === 'job.progressed' && job.id === jobId) progressLine(job.progress.done, job.progress.total, job.progress.note);
    });
    try {
      const job = await this.core.jobs.waitFor(jobId);
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (job.state === 'failed' && job.error) throw AppError.fromWire(job.error as never);
      if (job.state === 'cancelled') throw new AppError('job/cancelled', 'Công việc đã bị hủy.');
      return job;
    } finally {
      off();
    }
  }

  close(): Promise<void> {
    return this.core.close();
  }
}
