import { randomUUID } from 'node:crypto';
import type { TrashItemT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import { isUniqueViolation, toStoreError } from '../db/sqliteErrors';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requirePageRow } from './pageRows';
import { trashFromRow, type DocumentRow, type DossierRow, type TrashRow } from './rows';

const TABLE_OF: Record<TrashItemT['kind'], 'pages' | 'documents' | 'dossiers'> = { page: 'pages', document: 'documents', dossier: 'dossiers' };

/**
 * Moves a page to the recoverable trash: the row is marked, the image file stays on disk, nothing is deleted
 * (architecture §10: never a silent delete).
 */
export function removePage(store: Store, pageId: string, reason: string, actor: string): TrashItemT {
  const why = reason.trim();
  if (!why) throw new AppError('validation/input', 'Hãy ghi lý do xóa trang.');
  return store.db.transaction(() => {
    const page = requirePageRow(store, pageId);
    if (page.trash_id !== null) throw new AppError('store/conflict', 'Trang này đã ở trong thùng rác.', { details: { pageId } });
    const doc = store.db.prepare('SELECT * FROM documents WHERE id = ?').get(page.document_id) as DocumentRow;
    const dossier = store.db.prepare('SELECT * FROM dossiers WHERE id = ?').get(page.dossier_id) as DossierRow;
    const at = store.now().toISOString();
    const row: TrashRow = {
      id: randomUUID(), kind: 'page', entity_id: page.id, // The label starts with the dossier code: UIs and handlers read it back from there.
      label: `${dossier.code} – ${doc.name} – trang ${page.position}`,
      reason: why, deleted_by: actor, deleted_at: at, restored_at: null,
    };
    store.db.prepare(`INSERT INTO trash (id, kind, entity_id, label, reason, deleted_by, deleted_at)
      VALUES (@id, @kind, @entity_id, @label, @reason, @deleted_by, @deleted_at)`).run(row);
    store.db.prepare('UPDATE pages SET trash_id = ? WHERE id = ?').run(row.id, page.id);
    appendAudit(store.db, {
      actor, action: 'page.remove', entity: 'page', entityId: page.id, at,
      data: { trashId: row.id, dossierCode: dossier.code, documentId: doc.id, position: page.position, sha256: page.sha256, reason: why },
    });
    return trashFromRow(row);
  })();
}

/** Items still in the trash, newest first. */
export function listTrash(store: Store): TrashItemT[] {
  const rows = store.db.prepare('SELECT * FROM trash WHERE restored_at IS NULL ORDER BY deleted_at DESC, id').all() as TrashRow[];
  return rows.map(trashFromRow);
}

/** Puts a trashed item back where it was. Refused when the same image has meanwhile been imported again. */
export function restoreFromTrash(store: Store, trashId: string, actor: string): TrashItemT {
  try {
    return store.db.transaction(() => {
      const row = store.db.prepare('SELECT * FROM trash WHERE id = ?').get(trashId) as TrashRow | undefined;
      if (!row) throw new AppError('store/not-found', 'Không tìm thấy mục này trong thùng rác. Hãy tải lại danh sách.', { details: { trashId } });
      if (row.restored_at !== null) throw new AppError('store/conflict', 'Mục này đã được khôi phục trước đó.', { details: { trashId } });
      const at = store.now().toISOString();
      store.db.prepare(`UPDATE ${TABLE_OF[row.kind]} SET trash_id = NULL WHERE id = ? AND trash_id = ?`).run(row.entity_id, row.id);
      store.db.prepare('UPDATE trash SET restored_at = ?, restored_by = ? WHERE id = ?').run(at, actor, row.id);
      appendAudit(store.db, { actor, action: `${row.kind}.restore`, entity: row.kind, entityId: row.entity_id, at, data: { trashId: row.id } });
      return trashFromRow({ ...row, restored_at: at });
    })();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('store/conflict', 'Không khôi phục được: ảnh trang này đã được nhập lại vào hồ sơ sau khi xóa. Trang đang có trong hồ sơ, không cần khôi phục.', { details: { trashId } });
    }
    throw toStoreError(err);
  }
}
