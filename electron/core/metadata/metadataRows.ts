import type { DocumentMetadataT, MetadataEntryT, MetadataFieldNameT } from '../../shared/contract/pipelineModels';
import type { Store } from '../store/Store';
import { FIELD_ORDER } from './fieldValues';

export type MetadataSourceT = MetadataEntryT['source'];

export interface MetadataRow {
  document_id: string;
  field: MetadataFieldNameT;
  value: string;
  source: MetadataSourceT;
  ocr_value: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
  updated_at: string;
}

export function metadataRows(store: Store, documentId: string): MetadataRow[] {
  const rows = store.db.prepare('SELECT * FROM document_metadata WHERE document_id = ?').all(documentId) as MetadataRow[];
  return rows.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

export function metadataRow(store: Store, documentId: string, field: MetadataFieldNameT): MetadataRow | undefined {
  return store.db.prepare('SELECT * FROM document_metadata WHERE document_id = ? AND field = ?').get(documentId, field) as MetadataRow | undefined;
}

/** VN-DG-08: a value that came from OCR (as read or corrected) needs a person's confirmation; manual ones do not. */
export function needsConfirmation(row: Pick<MetadataRow, 'source' | 'confirmed_at'>): boolean {
  return row.source !== 'manual' && row.confirmed_at === null;
}

export function documentMetadataOf(documentId: string, rows: readonly MetadataRow[]): DocumentMetadataT {
  return {
    documentId,
    fields: rows.map((r) => ({ field: r.field, value: r.value, source: r.source, ocrValue: r.ocr_value, confirmedBy: r.confirmed_by, confirmedAt: r.confirmed_at })),
    confirmed: rows.every((r) => !needsConfirmation(r)),
  };
}

export function upsertRow(store: Store, row: MetadataRow): void {
  store.db.prepare(`INSERT INTO document_metadata (document_id, field, value, source, ocr_value, confirmed_by, confirmed_at, updated_at)
    VALUES (@document_id, @field, @value, @source, @ocr_value, @confirmed_by, @confirmed_at, @updated_at)
    ON CONFLICT (document_id, field) DO UPDATE SET value = excluded.value, source = excluded.source, ocr_value = excluded.ocr_value,
      confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at, updated_at = excluded.updated_at`).run(row);
}

export function deleteRow(store: Store, documentId: string, field: MetadataFieldNameT): void {
  store.db.prepare('DELETE FROM document_metadata WHERE document_id = ? AND field = ?').run(documentId, field);
}
