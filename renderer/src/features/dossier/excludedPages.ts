import { useMemo } from 'react';
import type { DossierDetailT, PageT } from '../../../../electron/shared/contract/models';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import type { ProcessingByPage } from '../pipeline/usePipelineStatus';

type Docs = DossierDetailT['documents'];
export type ExcludedReasonT = NonNullable<PageProcessingT['excluded']>;
export interface ExcludedPage { page: PageT; doc: Docs[number]; /** 1-based place among the document's pages. */ n: number; reason: ExcludedReasonT }

/**
 * Set aside when the page row says so (reloaded after pages.exclude/include) or the pipeline does (it sets blank
 * pages and separator sheets aside while the dossier is open, announced by `page.processed` only).
 */
function reasonOf(page: PageT, fromPipeline: ExcludedReasonT | null): ExcludedReasonT | null {
  return page.excluded ?? fromPipeline;
}

/**
 * Splits the dossier's pages into those shown in the grid (the output) and those set aside as blank pages or
 * separator sheets ("Trang đã tách riêng"), which stay on disk and can be put back.
 */
export function useExcludedSplit(documents: Docs, byPage: ProcessingByPage): { shown: Docs; excluded: ExcludedPage[] } {
  // Only the pipeline's set-aside pages matter here: badge updates must not rebuild the grid's rows.
  const setAside = [...byPage.values()].filter((p) => p.excluded !== null).map((p) => `${p.pageId}:${p.excluded}`).join(',');
  return useMemo(() => {
    const fromPipeline = new Map(setAside === '' ? [] : setAside.split(',').map((s) => s.split(':') as [string, ExcludedReasonT]));
    const excluded: ExcludedPage[] = [];
    const shown = documents.map((doc) => {
      const kept = doc.pages.filter((page, i) => {
        const reason = reasonOf(page, fromPipeline.get(page.id) ?? null);
        if (reason) excluded.push({ page, doc, n: i + 1, reason });
        return reason === null;
      });
      return kept.length === doc.pages.length ? doc : { ...doc, pages: kept };
    });
    return { shown, excluded };
  }, [documents, setAside]);
}
