import { memo } from 'react';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { PageBadges } from '../pipeline/PageBadges';
import type { GridPage } from './gridRows';
import type { DropSide } from './pageMoves';
import type { PageDrag } from './usePageDrag';
import { usePageImage } from './usePageImage';

interface ThumbnailProps {
  item: GridPage;
  selected: boolean;
  onSelect(index: number): void;
  processing: PageProcessingT | undefined;
  drag: PageDrag;
  /** The drop marker when a dragged page would land before/after this one. */
  dropSide: DropSide | null;
}

/** The rotation the output gets (automatic + clerk's), shown on the original's thumbnail. */
function rotationClass(processing: PageProcessingT | undefined): string {
  const deg = processing?.rotation ?? 0;
  return deg === 0 ? '' : ` rot-${deg}`;
}

/**
 * One page cell; its image is requested only while the cell is rendered (i.e. visible in the virtual grid).
 * Badges show the page's clean-up/OCR state; the cell can be dragged onto another page or a document row.
 */
export const Thumbnail = memo(function Thumbnail({ item, selected, onSelect, processing, drag, dropSide }: ThumbnailProps) {
  const { t } = useI18n();
  const { url, failed } = usePageImage(item.page.id, 'thumb');
  const label = t('dossier.page', { n: item.n });
  const classes = `thumb${selected ? ' selected' : ''}${dropSide ? ` drop-${dropSide}` : ''}`;
  return (
    <button type="button" tabIndex={-1} className={classes} aria-pressed={selected} data-page-id={item.page.id}
      data-status={processing?.status ?? 'unknown'} data-testid="thumb" onClick={() => onSelect(item.index)} {...drag.thumb(item)}>
      <span className="thumb-frame">
        {url ? <img src={url} alt={label} draggable={false} data-testid="thumb-img" className={`thumb-img${rotationClass(processing)}`} />
          : <span className={failed ? 'thumb-placeholder failed' : 'thumb-placeholder'} aria-hidden="true" />}
        <PageBadges processing={processing} />
      </span>
      <span className="thumb-caption">
        {label}
        {!processing && item.page.blank && <span className="badge badge-warn">{t('dossier.blank')}</span>}
      </span>
    </button>
  );
});
