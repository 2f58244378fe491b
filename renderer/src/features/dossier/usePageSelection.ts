import { useCallback, useState } from 'react';
import type { GridPage } from './gridRows';

export interface PageSelection {
  /** Flat index of the selected page (clamped; 0 when the grid is empty). */
  index: number;
  item: GridPage | null;
  select(index: number): void;
  selectPage(pageId: string): void;
}

/**
 * The selected page, kept by id so it follows the page when pages move, split or merge; when the page leaves the
 * grid (trash, set aside) the selection stays at the same place in the grid.
 */
export function usePageSelection(flat: readonly GridPage[], initialPageId: string | null): PageSelection {
  const [sel, setSel] = useState<{ id: string | null; index: number }>({ id: initialPageId, index: 0 });
  const found = sel.id === null ? -1 : flat.findIndex((g) => g.page.id === sel.id);
  const index = found >= 0 ? found : Math.min(sel.index, Math.max(0, flat.length - 1));
  const select = useCallback((i: number) => setSel({ id: flat[i]?.page.id ?? null, index: i }), [flat]);
  const selectPage = useCallback((pageId: string) => setSel((s) => ({ id: pageId, index: s.index })), []);
  return { index, item: flat[index] ?? null, select, selectPage };
}
