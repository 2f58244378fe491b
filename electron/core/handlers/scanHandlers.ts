import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

/** Scanning into dossiers (issue 4): the work is in ScanController; cancelling is the job's AbortSignal. */
export function scanHandlers({ store, jobs, scanner }: CoreDeps): Pick<Handlers, 'scan'> {
  return {
    scan: {
      async start(input, ctx) {
        const actor = authorize(store, ctx);
        return { jobId: scanner.start(input, actor).id };
      },
      async cancel(input, ctx) {
        authorize(store, ctx);
        jobs.cancel(input.jobId);
        return { ok: true as const };
      },
      async resume(input, ctx) {
        const actor = authorize(store, ctx);
        return { jobId: scanner.resume(input.jobId, actor).id };
      },
    },
  };
}
