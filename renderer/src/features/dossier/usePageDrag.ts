import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import type { DropSide } from './pageMoves';
import type { GridPage } from './gridRows';

const MIME = 'application/x-station-page';

export interface DropSpot { documentId: string; anchorId: string | null; side: DropSide }
export interface PageDrag {
  /** Where the dragged page would land now (for the insertion marker), or null. */
  spot: DropSpot | null;
  thumb(item: GridPage): {
    draggable: true; onDragStart(e: DragEvent): void; onDragEnd(): void;
    onDragOver(e: DragEvent<HTMLElement>): void; onDrop(e: DragEvent): void;
  };
  docRow(documentId: string): { onDragOver(e: DragEvent): void; onDrop(e: DragEvent): void };
}

/**
 * HTML drag and drop between thumbnails and onto a document's header row (= its end), across documents too.
 * The left or right half of the thumbnail under the pointer decides before/after.
 */
export function usePageDrag(onDrop: (pageId: string, spot: DropSpot) => void): PageDrag {
  const dragged = useRef<string | null>(null);
  const [spot, setSpot] = useState<DropSpot | null>(null);
  const hover = useCallback((e: DragEvent, next: DropSpot) => {
    if (dragged.current === null) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setSpot((s) => (s && s.documentId === next.documentId && s.anchorId === next.anchorId && s.side === next.side ? s : next));
  }, []);
  const drop = useCallback((e: DragEvent, next: DropSpot) => {
    const pageId = dragged.current;
    dragged.current = null;
    setSpot(null);
    if (pageId === null) return;
    e.preventDefault();
    onDrop(pageId, next);
  }, [onDrop]);
  return useMemo<PageDrag>(() => ({
    spot,
    thumb: (item) => {
      const at = (e: DragEvent<HTMLElement>): DropSpot => {
        const box = e.currentTarget.getBoundingClientRect();
        return { documentId: item.doc.id, anchorId: item.page.id, side: e.clientX < box.left + box.width / 2 ? 'before' : 'after' };
      };
      return {
        draggable: true,
        onDragStart: (e) => { dragged.current = item.page.id; e.dataTransfer.setData(MIME, item.page.id); e.dataTransfer.effectAllowed = 'move'; },
        onDragEnd: () => { dragged.current = null; setSpot(null); },
        onDragOver: (e) => hover(e, at(e)),
        onDrop: (e) => drop(e, at(e as DragEvent<HTMLElement>)),
      };
    },
    docRow: (documentId) => ({
      onDragOver: (e) => hover(e, { documentId, anchorId: null, side: 'after' }),
      onDrop: (e) => drop(e, { documentId, anchorId: null, side: 'after' }),
    }),
  }), [spot, hover, drop]);
}
