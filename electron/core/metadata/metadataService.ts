import type { z } from 'zod';
import type { DocumentMetadataT, MetadataEdit, MetadataFieldNameT } from '../../shared/contract/pipelineModels';
import { appendAudit } from '../services/audit';
import { requireDocument } from '../services/documents';
import type { Store } from '../store/Store';
import { normaliseFieldValue } from './fieldValues';
import { deleteRow, documentMetadataOf, metadataRow, metadataRows, needsConfirmation, upsertRow, type MetadataSourceT } from './metadataRows';

export type MetadataEditT = z.input<typeof MetadataEdit>;

/** What an audit entry records of a change: the field and its source before and after, never the value. */
export interface FieldChange {
  field: MetadataFieldNameT;
  from: MetadataSourceT | null;
  to: MetadataSourceT | null;
}

/** The document's VN-DG-09 fields with their sources; `confirmed` when no OCR-sourced value awaits a person. */
export function getMetadata(store: Store, documentId: string): DocumentMetadataT {
  const { document } = requireDocument(store, documentId);
  return documentMetadataOf(document.id, metadataRows(store, document.id));
}

/**
 * One edit: a value the OCR read and the clerk changed becomes `ocr_corrected` (typing the OCR value back makes it
 * `ocr` again); a field without an OCR value is `manual`; '' removes a manual field and empties an OCR one
 * (kept as `ocr_corrected` so a later extraction does not bring the wrong reading back). A changed value needs
 * confirming again.
 */
function applyEdit(store: Store, documentId: string, field: MetadataFieldNameT, value: string, at: string): FieldChange | null {
  const row = metadataRow(store, documentId, field);
  if (!row) {
    if (value === '') return null;
    upsertRow(store, { document_id: documentId, field, value, source: 'manual', ocr_value: null, confirmed_by: null, confirmed_at: null, updated_at: at });
    return { field, from: null, to: 'manual' };
  }
  if (row.value === value) return null;
  if (row.ocr_value === null && value === '') {
    deleteRow(store, documentId, field);
    return { field, from: row.source, to: null };
  }
  const source: MetadataSourceT = row.ocr_value === null ? 'manual' : value === row.ocr_value ? 'ocr' : 'ocr_corrected';
  upsertRow(store, { ...row, value, source, confirmed_by: null, confirmed_at: null, updated_at: at });
  return { field, from: row.source, to: source };
}

/** Saves the clerk's edits (all validated first, then one transaction with one audit entry). */
export function saveMetadata(store: Store, documentId: string, edits: readonly MetadataEditT[], actor: string): DocumentMetadataT {
  const normalised = edits.map((e) => ({ field: e.field, value: normaliseFieldValue(e.field, e.value) }));
  return store.db.transaction(() => {
    const { document, dossier } = requireDocument(store, documentId);
    const at = store.now().toISOString();
    const changes = normalised.map((e) => applyEdit(store, document.id, e.field, e.value, at)).filter((c): c is FieldChange => c !== null);
    if (changes.length > 0) {
      appendAudit(store.db, { actor, action: 'metadata.save', entity: 'document', entityId: document.id, at, data: { dossierCode: dossier.code, changes } });
    }
    return documentMetadataOf(document.id, metadataRows(store, document.id));
  })();
}

/** The clerk confirms every field as shown (VN-DG-08): each unconfirmed row is stamped with who and when. */
export function confirmMetadata(store: Store, documentId: string, actor: string): DocumentMetadataT {
  return store.db.transaction(() => {
    const { document, dossier } = requireDocument(store, documentId);
    const at = store.now().toISOString();
    const open = metadataRows(store, document.id).filter((r) => r.confirmed_at === null);
    if (open.length > 0) {
      store.db.prepare('UPDATE document_metadata SET confirmed_by = ?, confirmed_at = ? WHERE document_id = ? AND confirmed_at IS NULL').run(actor, at, document.id);
      appendAudit(store.db, {
        actor, action: 'metadata.confirm', entity: 'document', entityId: document.id, at,
        data: { dossierCode: dossier.code, fields: open.map((r) => ({ field: r.field, source: r.source })), ocrSourced: open.filter(needsConfirmation).length },
      });
    }
    return documentMetadataOf(document.id, metadataRows(store, document.id));
  })();
}
