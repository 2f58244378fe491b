import { useEffect, useState, type RefObject } from 'react';

/** How many cells of `cellWidth` fit the element's width; follows window and panel resizes. */
export function useColumns(ref: RefObject<HTMLElement | null>, cellWidth: number): number {
  const [columns, setColumns] = useState(4);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const update = () => setColumns(Math.max(1, Math.floor((el.clientWidth - 16) / cellWidth)));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, cellWidth]);
  return columns;
}
