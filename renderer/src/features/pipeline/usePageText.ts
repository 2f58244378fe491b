import type { PageProcessingT, PageTextT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import { useQuery } from '../../hooks/useQuery';

/**
 * pages.text for the viewer's text mode, fetched only when shown and once the page's OCR is done; fetched again
 * when the page is processed again (its `updatedAt` moves).
 */
export function usePageText(processing: PageProcessingT | undefined, shown: boolean): { text: PageTextT | undefined; error: unknown; ready: boolean } {
  const ready = shown && processing?.status === 'done';
  const pageId = ready ? processing.pageId : null;
  const query = useQuery(
    () => (pageId ? station.pages.text({ pageId }) : Promise.resolve(undefined)),
    [pageId, ready ? processing.updatedAt : null],
  );
  const text = query.data && query.data.pageId === pageId ? query.data : undefined;
  return { text, error: pageId ? query.error : null, ready };
}
