import type { DocumentMetadataT, MetadataFieldNameT } from '../../shared/contract/pipelineModels';
import { appendAudit } from '../services/audit';
import { requireDocument } from '../services/documents';
import type { Store } from '../store/Store';
import { extractMetadata, type ExtractedMetadata } from './extractMetadata';
import { FIELD_ORDER } from './fieldValues';
import { deleteRow, documentMetadataOf, metadataRow, metadataRows, upsertRow } from './metadataRows';

interface ExtractChange {
  field: MetadataFieldNameT;
  change: 'added' | 'updated' | 'removed';
}

/** OCR text of the document's live, included pages in page order, pages separated by a blank line. */
export function documentText(store: Store, documentId: string): { text: string; pages: number } {
  const texts = store.db.prepare(`SELECT t.text FROM pages p JOIN page_text t ON t.page_id = p.id
    WHERE p.document_id = ? AND p.trash_id IS NULL AND p.excluded IS NULL ORDER BY p.position`).pluck().all(documentId) as string[];
  return { text: texts.join('\n\n'), pages: texts.length };
}

/**
 * Only unconfirmed `ocr` rows follow the OCR: a manual or corrected value is the clerk's and a confirmed one has
 * been checked by a person, so those are kept whatever the text now says. An unconfirmed OCR value the text no
 * longer yields (e.g. after a page was re-read or trashed) is removed.
 */
function applyExtracted(store: Store, documentId: string, found: ExtractedMetadata, at: string): ExtractChange[] {
  const changes: ExtractChange[] = [];
  for (const field of FIELD_ORDER) {
    const row = metadataRow(store, documentId, field);
    const value = found[field];
    if (row && (row.source !== 'ocr' || row.confirmed_at !== null)) continue;
    if (value === undefined) {
      if (row) { deleteRow(store, documentId, field); changes.push({ field, change: 'removed' }); }
      continue;
    }
    if (row?.value === value) continue;
    upsertRow(store, { document_id: documentId, field, value, source: 'ocr', ocr_value: value, confirmed_by: null, confirmed_at: null, updated_at: at });
    changes.push({ field, change: row ? 'updated' : 'added' });
  }
  return changes;
}

/**
 * Reads the document's OCR text and fills its metadata (VN-DG-08/09) for the clerk to check and confirm. The
 * pipeline calls it when a document's OCR is complete; `metadata.extract` calls it on request. Audited with field
 * names only (values may hold a personal ID number).
 */
export function extractDocumentMetadata(store: Store, documentId: string, actor: string): DocumentMetadataT {
  const { document } = requireDocument(store, documentId);
  const { text, pages } = documentText(store, document.id);
  const found = extractMetadata(text, { now: store.now() });
  return store.db.transaction(() => {
    const { dossier } = requireDocument(store, document.id);
    const at = store.now().toISOString();
    const changes = applyExtracted(store, document.id, found, at);
    if (changes.length > 0) {
      appendAudit(store.db, { actor, action: 'metadata.extract', entity: 'document', entityId: document.id, at, data: { dossierCode: dossier.code, pages, changes } });
    }
    return documentMetadataOf(document.id, metadataRows(store, document.id));
  })();
}
