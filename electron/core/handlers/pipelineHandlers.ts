import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { renderSeparatorSheet } from '../codes';
import { writeFileAtomic } from '../fsutil/durable';
import { pageText, reprocess, rotatePage } from '../pipeline/pageQueries';
import { listDossierProcessing } from '../pipeline/processingRows';
import { getDossierDetail } from '../services/dossiers';
import { getSettings } from '../services/settings';
import type { CoreDeps } from './CoreDeps';

type PipelinePart = Pick<Handlers, 'pipeline'> & { pages: Pick<Handlers['pages'], 'text' | 'rotate'> };

/** Printable file name: `to-phan-cach.pdf` or `to-phan-cach-<value>.pdf` (value reduced to safe characters). */
function sheetFileName(value: string | undefined): string {
  const safe = (value ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return safe ? `to-phan-cach-${safe}.pdf` : 'to-phan-cach.pdf';
}

export function pipelineHandlers({ store, events, pipeline }: CoreDeps): PipelinePart {
  return {
    pipeline: {
      async status(input, ctx) {
        authorize(store, ctx);
        const { dossier } = getDossierDetail(store, input.dossierCode);
        const pages = listDossierProcessing(store, dossier.id);
        const count = (s: string[]) => pages.filter((p) => s.includes(p.status)).length;
        return { dossierCode: dossier.code, total: pages.length, done: count(['done']), failed: count(['failed']), pending: count(['queued', 'cleaning', 'ocr']), pages };
      },
      async reprocess(input, ctx) {
        authorize(store, ctx);
        const dossierId = input.dossierCode ? getDossierDetail(store, input.dossierCode).dossier.id : undefined;
        const queued = reprocess(store, { pageId: input.pageId, dossierId });
        pipeline?.kick();
        return { queued };
      },
      async separatorSheet(input, ctx) {
        authorize(store, ctx);
        const outDir = input.outDir ?? getSettings(store).outboxDir;
        const sheet = await renderSeparatorSheet(input.value ? { value: input.value } : {});
        await mkdir(outDir, { recursive: true });
        const path = join(outDir, sheetFileName(input.value));
        await writeFileAtomic(path, sheet.pdf);
        return { path };
      },
    },
    pages: {
      async text(input, ctx) {
        authorize(store, ctx);
        return pageText(store, input.pageId);
      },
      async rotate(input, ctx) {
        const result = rotatePage(store, input.pageId, input.degrees, authorize(store, ctx));
        pipeline?.kick();
        const code = store.db.prepare('SELECT d.code FROM pages p JOIN dossiers d ON d.id = p.dossier_id WHERE p.id = ?').get(input.pageId) as { code: string };
        events.emit('page.processed', { dossierCode: code.code, processing: result });
        return result;
      },
    },
  };
}
