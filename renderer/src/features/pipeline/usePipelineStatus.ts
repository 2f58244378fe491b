import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import { useQuery } from '../../hooks/useQuery';

export type ProcessingByPage = ReadonlyMap<string, PageProcessingT>;

export interface PipelineStatus {
  /** The newest known clean-up/OCR state of each page (snapshot merged with `page.processed` events). */
  byPage: ProcessingByPage;
  error: unknown;
  reload(): void;
  /** Takes in a state returned by a call (pages.rotate) before its event arrives. */
  accept(processing: PageProcessingT): void;
}

/** A later event for the same page replaces an earlier one, also within the same millisecond. */
function newer(a: PageProcessingT | undefined, b: PageProcessingT): boolean {
  return a === undefined || b.updatedAt >= a.updatedAt;
}

/**
 * The dossier's per-page pipeline state: `pipeline.status` once (and again after `dossier.changed`), then every
 * `page.processed` event for the dossier. Per page the newer `updatedAt` wins, so a snapshot that raced an event
 * never moves a badge backwards.
 */
export function usePipelineStatus(dossierCode: string): PipelineStatus {
  const status = useQuery(() => station.pipeline.status({ dossierCode }), [dossierCode]);
  const [live, setLive] = useState<{ code: string; pages: ReadonlyMap<string, PageProcessingT> }>({ code: dossierCode, pages: new Map() });
  const accept = useCallback((p: PageProcessingT) => {
    setLive((s) => {
      const pages = s.code === dossierCode ? s.pages : new Map<string, PageProcessingT>();
      if (!newer(pages.get(p.pageId), p)) return s;
      return { code: dossierCode, pages: new Map(pages).set(p.pageId, p) };
    });
  }, [dossierCode]);
  const { reload } = status;
  useEffect(() => {
    const offProcessed = station.on('page.processed', (e) => { if (e.dossierCode === dossierCode) accept(e.processing); });
    const offChanged = station.on('dossier.changed', (e) => { if (e.code === dossierCode) reload(); });
    return () => { offProcessed(); offChanged(); };
  }, [dossierCode, accept, reload]);
  const snapshot = status.data;
  const byPage = useMemo(() => {
    const merged = new Map<string, PageProcessingT>();
    for (const p of snapshot?.pages ?? []) merged.set(p.pageId, p);
    if (live.code === dossierCode) {
      // An event wins over the snapshot only when strictly newer: pages.include changes `excluded` without a new
      // `updatedAt`, and the snapshot loaded after it (dossier.changed) must not be hidden by the older event.
      for (const p of live.pages.values()) {
        const loaded = merged.get(p.pageId);
        if (!loaded || p.updatedAt > loaded.updatedAt) merged.set(p.pageId, p);
      }
    }
    return merged;
  }, [snapshot, live, dossierCode]);
  return { byPage, error: status.error, reload, accept };
}
