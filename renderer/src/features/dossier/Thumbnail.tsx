import { memo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from './gridRows';
import { usePageImage } from './usePageImage';

interface ThumbnailProps { item: GridPage; selected: boolean; onSelect(index: number): void }

/** One page cell; its image is requested only while the cell is rendered (i.e. visible in the virtual grid). */
export const Thumbnail = memo(function Thumbnail({ item, selected, onSelect }: ThumbnailProps) {
  const { t } = useI18n();
  const { url, failed } = usePageImage(item.page.id, 'thumb');
  const label = t('dossier.page', { n: item.n });
  return (
    <button type="button" tabIndex={-1} className={selected ? 'thumb selected' : 'thumb'} aria-pressed={selected}
      data-page-id={item.page.id} data-testid="thumb" onClick={() => onSelect(item.index)}>
      <span className="thumb-frame">
        {url ? <img src={url} alt={label} draggable={false} data-testid="thumb-img" />
          : <span className={failed ? 'thumb-placeholder failed' : 'thumb-placeholder'} aria-hidden="true" />}
      </span>
      <span className="thumb-caption">
        {label}
        {item.page.blank && <span className="badge badge-warn">{t('dossier.blank')}</span>}
      </span>
    </button>
  );
});
