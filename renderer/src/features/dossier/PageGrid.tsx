import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProcessingByPage } from '../pipeline/usePipelineStatus';
import { buildGridRows, type GridPage } from './gridRows';
import { KEY_MOVES, moveSelection } from './moveSelection';
import { DocRow } from './DocRow';
import { Thumbnail } from './Thumbnail';
import { useColumns } from './useColumns';
import type { PageDrag } from './usePageDrag';

const CELL_WIDTH = 152;
const PAGE_ROW_HEIGHT = 226;
const DOC_ROW_HEIGHT = 44;

interface PageGridProps {
  documents: DossierDetailT['documents'];
  selected: number;
  onSelect(index: number): void;
  onFlatChange(flat: readonly GridPage[]): void;
  onCountSaved(): void;
  byPage: ProcessingByPage;
  drag: PageDrag;
  /** Documents whose OCR metadata still waits for the clerk's confirmation (VN-DG-08). */
  unconfirmed: ReadonlySet<string>;
}

/**
 * Virtualised thumbnail grid (@tanstack/react-virtual): only the visible rows (plus a small overscan) exist in the
 * DOM, so a 500-page dossier scrolls smoothly and only visible thumbnails are fetched.
 */
export function PageGrid({ documents, selected, onSelect, onFlatChange, onCountSaved, byPage, drag, unconfirmed }: PageGridProps) {
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
  const scrollToPage = (index: number) => {
    const row = rowOfPage[index];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
  };
  // A selection made elsewhere (search result, a moved page) is scrolled into view; new pages arriving do not scroll.
  const selectedId = flat[selected]?.page.id;
  const scrollToSelected = useEffectEvent(() => scrollToPage(selected));
  useEffect(() => { if (selectedId) scrollToSelected(); }, [selectedId]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey) return;
    e.preventDefault();
    const next = moveSelection(rows, rowOfPage, selected, move);
    if (next < 0) return;
    onSelect(next);
    // Scroll on every key press (not only on selection change): Home after a manual scroll re-selects the same page.
    scrollToPage(next);
  };
  const { spot } = drag;
  return (
    <div ref={scrollRef} className="page-grid" tabIndex={0} role="region" aria-label={t('dossier.gridLabel')}
      onKeyDown={onKeyDown} data-testid="page-grid">
      <div className="page-grid-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          return (
            <div key={v.key} className={row.type === 'doc' ? 'grid-row grid-doc' : 'grid-row grid-pages'}
              style={{ height: v.size, transform: `translateY(${v.start}px)` }} {...(row.type === 'doc' ? drag.docRow(row.doc.id) : {})}>
              {row.type === 'doc'
                ? <DocRow doc={row.doc} pageCount={row.pageCount} onCountSaved={onCountSaved} unconfirmed={unconfirmed.has(row.doc.id)}
                  dropTarget={spot?.documentId === row.doc.id && spot.anchorId === null} />
                : row.items.map((item) => (
                  <Thumbnail key={item.page.id} item={item} selected={item.index === selected} onSelect={onSelect}
                    processing={byPage.get(item.page.id)} drag={drag} dropSide={spot?.anchorId === item.page.id ? spot.side : null} />
                ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
