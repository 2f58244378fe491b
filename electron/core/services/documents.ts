import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DocumentCreate, type DocumentT, type ProcedureT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDossierRow } from './dossiers';
import { getProcedure } from './procedures';
import { documentFromRow, type DocumentRow, type DossierRow } from './rows';
import { parseOrThrow } from './validate';

export type DocumentCreateInput = z.output<typeof DocumentCreate>;

/** Name of the catch-all document for pages not tied to a procedure component (VN-DG-01 d). */
export const OTHER_DOCUMENT_NAME = 'Giấy tờ khác';

type NewDocument = Omit<DocumentT, 'id' | 'dossierId' | 'position'>;

function componentOf(procedure: ProcedureT, index: number): ProcedureT['components'][number] {
  const c = procedure.components.find((x) => x.index === index);
  if (!c) {
    throw new AppError('validation/input', `Thủ tục ${procedure.code} không có thành phần hồ sơ số ${index}. Hãy chọn thành phần trong danh sách.`, { details: { componentIndex: index } });
  }
  return c;
}

/** Inserts a document at the end of the dossier and audits it; call inside a transaction. */
function insertDocument(store: Store, dossier: DossierRow, doc: NewDocument, actor: string): DocumentT {
  const position = (store.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM documents WHERE dossier_id = ?').pluck().get(dossier.id) as number);
  const row: DocumentRow = {
    id: randomUUID(), dossier_id: dossier.id, component_index: doc.componentIndex, name: doc.name, category: doc.category,
    present_only: doc.presentOnly ? 1 : 0, classified: doc.classified ? 1 : 0, expected_pages: doc.expectedPages, position, trash_id: null,
  };
  const at = store.now().toISOString();
  store.db.prepare(`INSERT INTO documents (id, dossier_id, component_index, name, category, present_only, classified, expected_pages, position, created_at)
    VALUES (@id, @dossier_id, @component_index, @name, @category, @present_only, @classified, @expected_pages, @position, @at)`).run({ ...row, at });
  appendAudit(store.db, {
    actor, action: 'document.create', entity: 'document', entityId: row.id, at,
    data: { dossierCode: dossier.code, componentIndex: doc.componentIndex, name: doc.name, category: doc.category, presentOnly: doc.presentOnly, classified: doc.classified },
  });
  return documentFromRow(row);
}

/** Adds a document (a set of pages, VN-DG-01 category a–d or result) to a dossier. */
export function createDocument(store: Store, input: DocumentCreateInput, actor: string): DocumentT {
  const data = parseOrThrow(DocumentCreate, input);
  return store.db.transaction(() => {
    const dossier = requireDossierRow(store, data.dossierCode);
    if (data.componentIndex !== null) componentOf(getProcedure(store, dossier.procedure_code), data.componentIndex);
    return insertDocument(store, dossier, {
      componentIndex: data.componentIndex, name: data.name, category: data.category,
      presentOnly: data.presentOnly, classified: data.classified, expectedPages: data.expectedPages,
    }, actor);
  })();
}

/**
 * The document pages of one procedure component go to: the existing one, or a new one named and categorised from
 * the catalog. `null` means "not a listed component": a category-d "Giấy tờ khác" document.
 */
export function ensureComponentDocument(store: Store, dossierId: string, componentIndex: number | null, actor: string): DocumentT {
  return store.db.transaction(() => {
    const dossier = store.db.prepare('SELECT * FROM dossiers WHERE id = ? AND trash_id IS NULL').get(dossierId) as DossierRow | undefined;
    if (!dossier) throw new AppError('store/not-found', 'Không tìm thấy hồ sơ trên trạm. Hãy tải lại danh sách hồ sơ.', { details: { dossierId } });
    const existing = (componentIndex === null
      ? store.db.prepare(`SELECT * FROM documents WHERE dossier_id = ? AND component_index IS NULL AND name = ? AND trash_id IS NULL ORDER BY position LIMIT 1`).get(dossierId, OTHER_DOCUMENT_NAME)
      : store.db.prepare('SELECT * FROM documents WHERE dossier_id = ? AND component_index = ? AND trash_id IS NULL ORDER BY position LIMIT 1').get(dossierId, componentIndex)) as DocumentRow | undefined;
    if (existing) return documentFromRow(existing);
    if (componentIndex === null) {
      return insertDocument(store, dossier, { componentIndex: null, name: OTHER_DOCUMENT_NAME, category: 'd', presentOnly: false, classified: false, expectedPages: null }, actor);
    }
    const c = componentOf(getProcedure(store, dossier.procedure_code), componentIndex);
    return insertDocument(store, dossier, { componentIndex, name: c.name, category: c.category, presentOnly: c.presentOnly, classified: false, expectedPages: null }, actor);
  })();
}

/** A live document with its dossier, or 'store/not-found'. */
export function requireDocument(store: Store, documentId: string): { document: DocumentRow; dossier: DossierRow } {
  const document = store.db.prepare('SELECT * FROM documents WHERE id = ? AND trash_id IS NULL').get(documentId) as DocumentRow | undefined;
  const dossier = document && (store.db.prepare('SELECT * FROM dossiers WHERE id = ? AND trash_id IS NULL').get(document.dossier_id) as DossierRow | undefined);
  if (!document || !dossier) {
    throw new AppError('store/not-found', 'Không tìm thấy giấy tờ này trong hồ sơ (có thể đã bị xóa). Hãy tải lại hồ sơ rồi chọn lại giấy tờ.', { details: { documentId } });
  }
  return { document, dossier };
}
