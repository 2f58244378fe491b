import { randomUUID } from 'node:crypto';
import type { DocumentT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDocument } from './documents';
import { notDigitizableRefusal, requireEditable, requireLivePage, requireSameDossier, unwrapRefusable, type Refusable } from './organizeGuards';
import { nextPartName, splitExpectedPages } from './documentParts';
import { DOCUMENTS_OF_DOSSIER, maxPosition, PAGES_OF_DOCUMENT, shiftPositions } from './positions';
import { documentFromRow, type DocumentRow, type DossierRow, type TrashRow } from './rows';

/**
 * Splitting a document in two and merging two documents into one, each in one audited transaction. Pages keep
 * their rows and files; an emptied document goes to the recoverable trash, never deleted.
 */

/** The resulting document and its dossier (the handler announces `dossier.changed` with the code). */
export interface DocumentChange {
  dossierCode: string;
  document: DocumentT;
}

function countLive(store: Store, documentId: string, where: 'before' | 'from', position: number): number {
  const op = where === 'before' ? '<' : '>=';
  return store.db.prepare(`SELECT COUNT(*) FROM pages WHERE document_id = ? AND trash_id IS NULL AND position ${op} ?`).pluck().get(documentId, position) as number;
}

/**
 * Splits a document before `pageId`: that page and every later one (trashed pages too, so they restore into the
 * part they came from) become a new document placed right after the original, with the same component,
 * category and flags and the name "… (phần N)". Refused at the first live page (the original would be empty).
 */
export function splitDocument(store: Store, pageId: string, actor: string): DocumentChange {
  return store.db.transaction((): DocumentChange => {
    const { page, document, dossier } = requireLivePage(store, pageId);
    requireEditable(dossier);
    const kept = countLive(store, document.id, 'before', page.position);
    if (kept === 0) {
      throw new AppError('validation/input', `Trang này là trang đầu của giấy tờ “${document.name}” nên không tách tại đây được. Hãy chọn trang đầu tiên của phần cần tách ra.`, {
        details: { pageId, documentId: document.id },
      });
    }
    const expected = splitExpectedPages(document.expected_pages, kept, countLive(store, document.id, 'from', page.position));
    const created = insertDocumentAfter(store, document, nextPartName(store, dossier.id, document.name), expected.moved);
    const moved = store.db.prepare('UPDATE pages SET document_id = ?, position = position - ? WHERE document_id = ? AND position >= ?')
      .run(created.id, page.position - 1, document.id, page.position).changes;
    store.db.prepare('UPDATE documents SET expected_pages = ? WHERE id = ?').run(expected.kept, document.id);
    appendAudit(store.db, {
      actor, action: 'document.split', entity: 'document', entityId: created.id, at: store.now().toISOString(),
      data: {
        dossierCode: dossier.code, fromDocumentId: document.id, name: created.name, position: created.position,
        atPageId: page.id, atPosition: page.position, movedPages: moved, expectedPages: { kept: expected.kept, moved: expected.moved },
      },
    });
    return { dossierCode: dossier.code, document: documentFromRow(created) };
  })();
}

/** A copy of `original` (component, category, flags) at the position right after it; later documents move down. */
function insertDocumentAfter(store: Store, original: DocumentRow, name: string, expectedPages: number | null): DocumentRow {
  const position = original.position + 1;
  shiftPositions(store, DOCUMENTS_OF_DOSSIER, original.dossier_id, position, 1);
  const row: DocumentRow = { ...original, id: randomUUID(), name, expected_pages: expectedPages, position, trash_id: null };
  store.db.prepare(`INSERT INTO documents (id, dossier_id, component_index, name, category, present_only, classified, expected_pages, position, created_at)
    VALUES (@id, @dossier_id, @component_index, @name, @category, @present_only, @classified, @expected_pages, @position, @at)`)
    .run({ ...row, at: store.now().toISOString() });
  return row;
}

export interface MergeInput {
  documentId: string;
  intoDocumentId: string;
}

/**
 * Appends every page of `documentId` (in order, trashed ones too) after the last page of `intoDocumentId`, then
 * moves the emptied document to the trash. Refused across dossiers and into a present-only or classified document.
 */
export function mergeDocuments(store: Store, input: MergeInput, actor: string): DocumentChange {
  if (input.documentId === input.intoDocumentId) {
    throw new AppError('validation/input', 'Không gộp một giấy tờ vào chính nó được. Hãy chọn một giấy tờ khác làm đích.', { details: { documentId: input.documentId } });
  }
  const result = store.db.transaction((): Refusable<DocumentChange> => {
    const { document: from, dossier } = requireDocument(store, input.documentId);
    requireEditable(dossier);
    const { document: into, dossier: intoDossier } = requireDocument(store, input.intoDocumentId);
    requireSameDossier(dossier, intoDossier, 'merge');
    const refused = notDigitizableRefusal(store, into, dossier, actor, 'document.merge');
    if (refused) return { refused };
    const offset = maxPosition(store, PAGES_OF_DOCUMENT, into.id);
    const moved = store.db.prepare('UPDATE pages SET document_id = ?, position = position + ? WHERE document_id = ?').run(into.id, offset, from.id).changes;
    const expectedPages = into.expected_pages !== null && from.expected_pages !== null ? into.expected_pages + from.expected_pages : into.expected_pages;
    store.db.prepare('UPDATE documents SET expected_pages = ? WHERE id = ?').run(expectedPages, into.id);
    const trashId = trashMergedDocument(store, from, into, dossier, actor);
    appendAudit(store.db, {
      actor, action: 'document.merge', entity: 'document', entityId: into.id, at: store.now().toISOString(),
      data: { dossierCode: dossier.code, fromDocumentId: from.id, intoDocumentId: into.id, movedPages: moved, firstPosition: offset + 1, trashId, expectedPages },
    });
    return { ok: { dossierCode: dossier.code, document: documentFromRow({ ...into, expected_pages: expectedPages }) } };
  })();
  return unwrapRefusable(result);
}

/** The emptied document goes to the recoverable trash (restoring it brings back an empty document). */
function trashMergedDocument(store: Store, from: DocumentRow, into: DocumentRow, dossier: DossierRow, actor: string): string {
  const row: TrashRow = {
    id: randomUUID(), kind: 'document', entity_id: from.id, // The label starts with the dossier code, like a trashed page's.
    label: `${dossier.code} – ${from.name}`, reason: `Đã gộp vào giấy tờ “${into.name}”`,
    deleted_by: actor, deleted_at: store.now().toISOString(), restored_at: null,
  };
  store.db.prepare(`INSERT INTO trash (id, kind, entity_id, label, reason, deleted_by, deleted_at)
    VALUES (@id, @kind, @entity_id, @label, @reason, @deleted_by, @deleted_at)`).run(row);
  store.db.prepare('UPDATE documents SET trash_id = ? WHERE id = ?').run(row.id, from.id);
  return row.id;
}
