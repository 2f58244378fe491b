import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from './gridRows';
import { usePageImage } from './usePageImage';

/** The large view of the selected page (pages.image variant 'full') with its technical facts. */
export function PagePreview({ item }: { item: GridPage | null }) {
  const { t } = useI18n();
  const { url } = usePageImage(item?.page.id ?? null, 'full');
  if (!item) return <aside className="preview preview-empty" aria-label={t('dossier.preview')}>{t('dossier.selectPage')}</aside>;
  const { page, doc, n } = item;
  return (
    <aside className="preview" aria-label={t('dossier.preview')} data-testid="page-preview">
      <div className="preview-head">
        <strong>{t('dossier.page', { n })}</strong>
        <span className="muted truncate" title={doc.name}>{doc.name}</span>
      </div>
      <div className="preview-frame">
        {url ? <img src={url} alt={`${doc.name} — ${t('dossier.page', { n })}`} data-testid="preview-img" /> : <div className="thumb-placeholder" aria-busy="true" />}
      </div>
      <p className="preview-meta muted">
        {page.width}×{page.height} px · {page.dpi} dpi · {page.colorMode} · {Math.round(page.bytes / 1024)} KB · {page.sourceName}
      </p>
    </aside>
  );
}
