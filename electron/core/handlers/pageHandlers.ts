import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { getRawProcessing } from '../pipeline/processingRows';
import { pagePreview, toDataUrl } from '../preview/pagePreview';
import { getPage, listTrash, pageFilePath, removePage, restoreFromTrash } from '../services/pages';
import type { CoreDeps } from './CoreDeps';

type PagePart = Pick<Handlers, 'trash'> & { pages: Pick<Handlers['pages'], 'image' | 'remove'> };

export function pageHandlers({ store, events }: CoreDeps): PagePart {
  const cacheDir = join(store.paths.dataDir, 'previews');
  return {
    pages: {
      async image(input, ctx) {
        authorize(store, ctx);
        const page = getPage(store, input.pageId);
        const derived = input.variant === 'derived' ? getRawProcessing(store, page.id) : null;
        // The cleaned image once the pipeline has made it; until then the original stands in.
        const bytes = derived?.derived_rel_path && derived.derived_sha256
          ? await pagePreview(cacheDir, join(store.paths.dataDir, derived.derived_rel_path), derived.derived_sha256, 'full')
          : await pagePreview(cacheDir, pageFilePath(store, page), page.sha256, input.variant === 'derived' ? 'full' : input.variant);
        return { dataUrl: toDataUrl(bytes) };
      },
      async remove(input, ctx) {
        const item = removePage(store, input.pageId, input.reason, authorize(store, ctx));
        events.emit('dossier.changed', { code: item.label.split(' ')[0] ?? '' });
        return item;
      },
    },
    trash: {
      async list(_input, ctx) {
        authorize(store, ctx);
        return listTrash(store);
      },
      async restore(input, ctx) {
        restoreFromTrash(store, input.trashId, authorize(store, ctx));
        return { ok: true as const };
      },
    },
  };
}
