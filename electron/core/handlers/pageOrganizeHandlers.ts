import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { mergeDocuments, splitDocument } from '../services/documentOrganize';
import { excludePage, includePage, movePage } from '../services/pageOrganize';
import type { CoreDeps } from './CoreDeps';

type OrganizePart = {
  pages: Pick<Handlers['pages'], 'move' | 'exclude' | 'include'>;
  documents: Pick<Handlers['documents'], 'split' | 'merge'>;
};

/** Reorder, split, merge, and take pages out of / back into the output (blank and separator pages). */
export function pageOrganizeHandlers({ store, events }: CoreDeps): OrganizePart {
  const changed = (dossierCode: string): void => events.emit('dossier.changed', { code: dossierCode });
  return {
    pages: {
      async move(input, ctx) {
        changed(movePage(store, input, authorize(store, ctx)).dossierCode);
        return { ok: true as const };
      },
      async exclude(input, ctx) {
        changed(excludePage(store, input.pageId, input.reason, authorize(store, ctx)).dossierCode);
        return { ok: true as const };
      },
      async include(input, ctx) {
        changed(includePage(store, input.pageId, authorize(store, ctx)).dossierCode);
        return { ok: true as const };
      },
    },
    documents: {
      async split(input, ctx) {
        const { dossierCode, document } = splitDocument(store, input.pageId, authorize(store, ctx));
        changed(dossierCode);
        return document;
      },
      async merge(input, ctx) {
        const { dossierCode, document } = mergeDocuments(store, input, authorize(store, ctx));
        changed(dossierCode);
        return document;
      },
    },
  };
}
