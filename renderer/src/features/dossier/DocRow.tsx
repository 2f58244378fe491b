import type { DocumentT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import { DocCount } from './DocCount';

/** A document's header row in the page grid: category, name, page count and the counted sheets. */
export function DocRow({ doc, pageCount, onCountSaved }: { doc: DocumentT; pageCount: number; onCountSaved(): void }) {
  const { t } = useI18n();
  return (
    <>
      <h3 className="grid-doc-title">
        <span className={`cat cat-${doc.category}`}>{doc.category}</span>{doc.name}
        <span className="muted">{t('dossier.pages', { count: pageCount })}</span>
      </h3>
      <DocCount key={`${doc.id}-${doc.expectedPages ?? ''}`} doc={doc} pages={pageCount} onSaved={onCountSaved} />
    </>
  );
}
