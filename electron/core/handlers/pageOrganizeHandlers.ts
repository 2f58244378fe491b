import type { Handlers } from '../../shared/ipc/createRouter';
import type { CoreDeps } from './CoreDeps';
import { notImplemented } from './notImplemented';

type OrganizePart = {
  pages: Pick<Handlers['pages'], 'move' | 'exclude' | 'include'>;
  documents: Pick<Handlers['documents'], 'split' | 'merge'>;
};

/** Reorder, split, merge, and take pages out of / back into the output (blank and separator pages). */
export function pageOrganizeHandlers(_deps: CoreDeps): OrganizePart {
  return {
    pages: {
      async move() { return notImplemented('pages.move'); },
      async exclude() { return notImplemented('pages.exclude'); },
      async include() { return notImplemented('pages.include'); },
    },
    documents: {
      async split() { return notImplemented('documents.split'); },
      async merge() { return notImplemented('documents.merge'); },
    },
  };
}
