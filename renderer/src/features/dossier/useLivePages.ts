import { useEffect, useMemo, useState } from 'react';
import type { DossierDetailT, PageT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';

type Docs = DossierDetailT['documents'];

function merge(documents: Docs, live: readonly PageT[]): Docs {
  if (live.length === 0) return documents;
  return documents.map((doc) => {
    const extra = live.filter((p) => p.documentId === doc.id && !doc.pages.some((q) => q.id === p.id));
    if (extra.length === 0) return doc;
    return { ...doc, pages: [...doc.pages, ...extra].sort((a, b) => a.position - b.position) };
  });
}

/**
 * The dossier's documents plus pages that arrived by `scan.pageAdded` since the last load, so thumbnails appear
 * while the batch runs. A page for a document not loaded yet triggers a reload; a reload replaces the live pages.
 */
export function useLivePages(code: string, documents: Docs | undefined, reload: () => void): Docs {
  const [live, setLive] = useState<{ base: Docs | undefined; pages: PageT[] }>({ base: undefined, pages: [] });
  useEffect(() => station.on('scan.pageAdded', (e) => {
    if (e.dossierCode !== code) return;
    if (!documents?.some((d) => d.id === e.page.documentId)) { reload(); return; }
    setLive((s) => ({ base: documents, pages: [...(s.base === documents ? s.pages : []), e.page] }));
  }), [code, documents, reload]);
  return useMemo(() => merge(documents ?? [], live.base === documents ? live.pages : []), [documents, live]);
}
