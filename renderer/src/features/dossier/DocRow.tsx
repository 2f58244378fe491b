import type { DocumentT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import { DocCount } from './DocCount';

interface DocRowProps {
  doc: DocumentT;
  pageCount: number;
  onCountSaved(): void;
  /** Its OCR metadata is not confirmed yet (finishing the dossier is refused until it is). */
  unconfirmed: boolean;
  /** A dragged page would be appended to this document. */
  dropTarget: boolean;
}

/** A document's header row in the page grid: category, name, page count, metadata state and the counted sheets. */
export function DocRow({ doc, pageCount, onCountSaved, unconfirmed, dropTarget }: DocRowProps) {
  const { t } = useI18n();
  return (
    <>
      <h3 className={dropTarget ? 'grid-doc-title drop-target' : 'grid-doc-title'} data-testid="doc-title" data-document-id={doc.id}>
        <span className={`cat cat-${doc.category}`}>{doc.category}</span>{doc.name}
        <span className="muted">{t('dossier.pages', { count: pageCount })}</span>
        {unconfirmed && <span className="badge page-badge tone-warn" data-testid="doc-unconfirmed">{t('metadata.docBadge')}</span>}
      </h3>
      <DocCount key={`${doc.id}-${doc.expectedPages ?? ''}`} doc={doc} pages={pageCount} onSaved={onCountSaved} />
    </>
  );
}
