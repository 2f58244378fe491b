import type { Handlers } from '../../shared/ipc/createRouter';
import type { CoreDeps } from './CoreDeps';
import { notImplemented } from './notImplemented';

export function metadataHandlers(_deps: CoreDeps): Pick<Handlers, 'metadata'> {
  return {
    metadata: {
      async get() { return notImplemented('metadata.get'); },
      async save() { return notImplemented('metadata.save'); },
      async confirm() { return notImplemented('metadata.confirm'); },
      async extract() { return notImplemented('metadata.extract'); },
    },
  };
}
