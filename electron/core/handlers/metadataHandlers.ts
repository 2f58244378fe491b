import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { confirmMetadata, extractDocumentMetadata, getMetadata, saveMetadata } from '../metadata';
import { requireDocument } from '../services/documents';
import type { CoreDeps } from './CoreDeps';

export function metadataHandlers({ store, events }: CoreDeps): Pick<Handlers, 'metadata'> {
  /** The dossier view shows metadata state (and the finish gate depends on it): tell it to refresh. */
  const changed = (documentId: string): void => {
    events.emit('dossier.changed', { code: requireDocument(store, documentId).dossier.code });
  };
  return {
    metadata: {
      async get(input, ctx) {
        authorize(store, ctx);
        return getMetadata(store, input.documentId);
      },
      async save(input, ctx) {
        const result = saveMetadata(store, input.documentId, input.fields, authorize(store, ctx));
        changed(input.documentId);
        return result;
      },
      async confirm(input, ctx) {
        const result = confirmMetadata(store, input.documentId, authorize(store, ctx));
        changed(input.documentId);
        return result;
      },
      async extract(input, ctx) {
        const result = extractDocumentMetadata(store, input.documentId, authorize(store, ctx));
        changed(input.documentId);
        return result;
      },
    },
  };
}
