import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { runImport } from '../import/runImport';
import type { CoreDeps } from './CoreDeps';

export function importHandlers(deps: CoreDeps): Pick<Handlers, 'imports'> {
  const { store, jobs } = deps;
  return {
    imports: {
      async start(input, ctx) {
        const actor = authorize(store, ctx);
        const job = jobs.enqueue({
          kind: 'import', title: `Nhập ${input.paths.length} tệp vào hồ sơ ${input.dossierCode}`, dossierCode: input.dossierCode,
          run: (jobCtx) => runImport(deps, input, actor, jobCtx),
        });
        return { jobId: job.id };
      },
    },
  };
}
