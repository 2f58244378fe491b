import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import { buildGridRows, type GridPage } from './gridRows';
import { KEY_MOVES, moveSelection } from './moveSelection';
import { DocRow } from './DocRow';
import { Thumbnail } from './Thumbnail';
import { useColumns } from './useColumns';

const CELL_WIDTH = 152;
const PAGE_ROW_HEIGHT = 226;
const DOC_ROW_HEIGHT = 44;

interface PageGridProps {
  documents: DossierDetailT['documents'];
  selected: number;
  onSelect(index: number): void;
  onFlatChange(flat: readonly GridPage[]): void;
  onCountSaved(): void;
}

/**
 * Virtualised thumbnail grid (@tanstack/react-virtual): only the visible rows (plus a small overscan) exist in the
 * DOM, so a 500-page dossier scrolls smoothly and only visible thumbnails are fetched.
 */
export function PageGrid({ documents, selected, onSelect, onFlatChange, onCountSaved }: PageGridProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useColumns(scrollRef, CELL_WIDTH);
  const { rows, flat, rowOfPage } = useMemo(() => buildGridRows(documents, columns), [documents, columns]);
  useEffect(() => onFlatChange(flat), [flat, onFlatChange]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'doc' ? DOC_ROW_HEIGHT : PAGE_ROW_HEIGHT),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 2,
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey) return;
    e.preventDefault();
    const next = moveSelection(rows, rowOfPage, selected, move);
    if (next < 0) return;
    onSelect(next);
    // Scroll on every key press (not on selection change): Home after a manual scroll re-selects the same page.
    const row = rowOfPage[next];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
  };
  return (
    <div ref={scrollRef} className="page-grid" tabIndex={0} role="region" aria-label={t('dossier.gridLabel')}
      onKeyDown={onKeyDown} data-testid="page-grid">
      <div className="page-grid-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          return (
            <div key={v.key} className={row.type === 'doc' ? 'grid-row grid-doc' : 'grid-row grid-pages'}
              style={{ height: v.size, transform: `translateY(${v.start}px)` }}>
              {row.type === 'doc'
                ? <DocRow doc={row.doc} pageCount={row.pageCount} onCountSaved={onCountSaved} />
                : row.items.map((item) => <Thumbnail key={item.page.id} item={item} selected={item.index === selected} onSelect={onSelect} />)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
