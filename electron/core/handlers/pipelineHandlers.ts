import type { Handlers } from '../../shared/ipc/createRouter';
import type { CoreDeps } from './CoreDeps';
import { notImplemented } from './notImplemented';

type PipelinePart = Pick<Handlers, 'pipeline'> & { pages: Pick<Handlers['pages'], 'text' | 'rotate'> };

export function pipelineHandlers(_deps: CoreDeps): PipelinePart {
  return {
    pipeline: {
      async status() { return notImplemented('pipeline.status'); },
      async reprocess() { return notImplemented('pipeline.reprocess'); },
      async separatorSheet() { return notImplemented('pipeline.separatorSheet'); },
    },
    pages: {
      async text() { return notImplemented('pages.text'); },
      async rotate() { return notImplemented('pages.rotate'); },
    },
  };
}
