import type { DocumentT, DossierT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDocument } from './documents';
import { getDossierDetail, setDossierStatus } from './dossiers';
import { documentFromRow } from './rows';

/** Records the number of sheets the clerk counted for a document (VN-DG-05 a: originals reconciled with copies). */
export function setExpectedPages(store: Store, documentId: string, expectedPages: number | null, actor: string): DocumentT {
  return store.db.transaction(() => {
    const { document, dossier } = requireDocument(store, documentId);
    store.db.prepare('UPDATE documents SET expected_pages = ? WHERE id = ?').run(expectedPages, document.id);
    appendAudit(store.db, {
      actor, action: 'document.expected-pages', entity: 'document', entityId: document.id, at: store.now().toISOString(),
      data: { dossierCode: dossier.code, from: document.expected_pages, to: expectedPages },
    });
    return documentFromRow({ ...document, expected_pages: expectedPages });
  })();
}

/** Documents whose stored page count differs from the count the clerk entered. */
export function pageCountMismatches(store: Store, code: string): Array<{ documentId: string; name: string; expected: number; actual: number }> {
  return getDossierDetail(store, code).documents
    .filter((d) => d.expectedPages !== null && d.expectedPages !== d.pages.length)
    .map((d) => ({ documentId: d.id, name: d.name, expected: d.expectedPages!, actual: d.pages.length }));
}

/**
 * Live documents of a live dossier with OCR-sourced metadata (`ocr`, `ocr_corrected`) no person has confirmed yet
 * (VN-DG-08). Manual values need no confirmation.
 */
export function unconfirmedMetadataDocuments(store: Store, code: string): Array<{ documentId: string; name: string }> {
  return store.db.prepare(`SELECT doc.id AS documentId, doc.name AS name FROM documents doc JOIN dossiers d ON d.id = doc.dossier_id
    WHERE d.code = ? AND d.trash_id IS NULL AND doc.trash_id IS NULL
      AND EXISTS (SELECT 1 FROM document_metadata m WHERE m.document_id = doc.id AND m.source <> 'manual' AND m.confirmed_at IS NULL)
    ORDER BY doc.position`).all(code.trim()) as Array<{ documentId: string; name: string }>;
}

/**
 * Ends digitization of a dossier. VN-DG-05 c: the number of images must equal the number of input pages, so
 * finishing is refused while any document's count differs from the count the clerk entered. VN-DG-08: a person
 * confirms OCR-extracted metadata before the job is finalised, so it is also refused while any is unconfirmed.
 */
export function finishDossier(store: Store, code: string, actor: string): DossierT {
  const mismatches = pageCountMismatches(store, code);
  if (mismatches.length > 0) {
    const list = mismatches.map((m) => `${m.name}: có ${m.actual} trang, cần ${m.expected}`).join('; ');
    throw new AppError('dossier/page-count-mismatch', `Số trang chưa khớp với số tờ đã đếm (${list}). Hãy quét bổ sung hoặc sửa số tờ rồi hoàn tất lại.`, { details: { mismatches } });
  }
  const unconfirmed = unconfirmedMetadataDocuments(store, code);
  if (unconfirmed.length > 0) {
    const list = unconfirmed.map((d) => d.name).join('; ');
    throw new AppError('metadata/unconfirmed', `Còn thông tin đặc tả do OCR bóc tách chưa được xác nhận (${list}). Hãy mở từng giấy tờ, kiểm tra, sửa nếu cần và bấm Xác nhận rồi hoàn tất lại.`, { details: { documents: unconfirmed } });
  }
  return setDossierStatus(store, code, 'digitized', actor);
}
