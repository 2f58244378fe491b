import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { exportDossierPdf } from '../export/exportDossierPdf';
import { getSettings } from '../services/settings';
import type { CoreDeps } from './CoreDeps';

export function jobHandlers({ store, jobs }: CoreDeps): Pick<Handlers, 'jobs' | 'exports'> {
  return {
    jobs: {
      async list(_input, ctx) {
        authorize(store, ctx);
        return jobs.list();
      },
      async get(input, ctx) {
        authorize(store, ctx);
        return jobs.get(input.jobId);
      },
      async cancel(input, ctx) {
        authorize(store, ctx);
        jobs.cancel(input.jobId);
        return { ok: true as const };
      },
    },
    exports: {
      async start(input, ctx) {
        authorize(store, ctx);
        const outDir = input.outDir ?? getSettings(store).outboxDir;
        const job = jobs.enqueue({
          kind: 'export', title: `Xuất PDF hồ sơ ${input.dossierCode}`, dossierCode: input.dossierCode,
          run: (jobCtx) => exportDossierPdf(store, input.dossierCode, outDir, jobCtx),
        });
        return { jobId: job.id };
      },
    },
  };
}
