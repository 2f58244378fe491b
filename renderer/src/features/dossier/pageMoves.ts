import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import type { GridPage } from './gridRows';

type Docs = DossierDetailT['documents'];
export interface MoveTarget { pageId: string; documentId: string; position: number }
export type DropSide = 'before' | 'after';

/**
 * The `position` for `pages.move` that puts `pageId` next to `anchorId` in `documentId` (or last when `anchorId` is
 * null). Positions are the stored ones (trashed pages keep theirs): the moved page first leaves its place, which
 * moves the later pages of its own document up by one.
 */
export function placeNear(documents: Docs, pageId: string, documentId: string, anchorId: string | null, side: DropSide): MoveTarget | null {
  const doc = documents.find((d) => d.id === documentId);
  const source = documents.flatMap((d) => d.pages).find((p) => p.id === pageId);
  if (!doc || !source) return null;
  const sameDocument = source.documentId === documentId;
  const afterRemoval = (position: number) => position - (sameDocument && source.position < position ? 1 : 0);
  let position: number;
  if (anchorId === null) {
    const others = doc.pages.filter((p) => p.id !== pageId).map((p) => p.position);
    position = afterRemoval(Math.max(0, ...others)) + 1;
  } else {
    const anchor = doc.pages.find((p) => p.id === anchorId);
    if (!anchor || anchor.id === pageId) return null;
    position = afterRemoval(anchor.position) + (side === 'after' ? 1 : 0);
  }
  if (sameDocument && position === source.position) return null; // already there
  return { pageId, documentId, position };
}

/**
 * Alt+← / Alt+→: one step through the visible pages; from a document's first (last) page into the end (start) of
 * the previous (next) document shown in the grid.
 */
export function stepMove(flat: readonly GridPage[], documents: Docs, index: number, step: -1 | 1): MoveTarget | null {
  const item = flat[index];
  if (!item) return null;
  const neighbour = flat[index + step];
  const pageId = item.page.id;
  if (neighbour && neighbour.doc.id === item.doc.id) {
    return placeNear(documents, pageId, item.doc.id, neighbour.page.id, step < 0 ? 'before' : 'after');
  }
  const order = documents.filter((d) => d.pages.length > 0 || !d.presentOnly);
  const target = order[order.findIndex((d) => d.id === item.doc.id) + step];
  if (!target) return null;
  const firstVisible = flat.find((g) => g.doc.id === target.id);
  if (step < 0) return placeNear(documents, pageId, target.id, null, 'after');
  return placeNear(documents, pageId, target.id, firstVisible?.page.id ?? null, 'before');
}

/** The document shown right after `documentId` in the grid (the one "Gộp với giấy tờ sau" folds in). */
export function nextDocument(documents: Docs, documentId: string): Docs[number] | null {
  const order = documents.filter((d) => d.pages.length > 0 || !d.presentOnly);
  return order[order.findIndex((d) => d.id === documentId) + 1] ?? null;
}
