import type { DocumentT, PageT } from '../../../../electron/shared/contract/models';

export interface GridPage { page: PageT; doc: DocumentT; /** 1-based page number inside its document. */ n: number; index: number }
export type GridRow =
  | { type: 'doc'; key: string; doc: DocumentT; pageCount: number }
  | { type: 'pages'; key: string; items: GridPage[] };

/**
 * Lays the dossier out as virtual rows: one header row per document, then rows of `columns` thumbnails.
 * `rowOfPage[i]` is the row holding flat page i (for arrow-key scrolling).
 */
export function buildGridRows(documents: ReadonlyArray<DocumentT & { pages: PageT[] }>, columns: number) {
  const rows: GridRow[] = [];
  const flat: GridPage[] = [];
  const rowOfPage: number[] = [];
  for (const doc of documents) {
    if (doc.pages.length === 0 && doc.presentOnly) continue;
    rows.push({ type: 'doc', key: `d-${doc.id}`, doc, pageCount: doc.pages.length });
    for (let start = 0; start < doc.pages.length; start += columns) {
      const items = doc.pages.slice(start, start + columns).map((page, i) => {
        const item: GridPage = { page, doc, n: start + i + 1, index: flat.length };
        flat.push(item);
        rowOfPage.push(rows.length);
        return item;
      });
      rows.push({ type: 'pages', key: `p-${items[0]!.page.id}`, items });
    }
  }
  return { rows, flat, rowOfPage };
}
