import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ColorModeT, PageT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import { isUniqueViolation, toStoreError } from '../db/sqliteErrors';
import { sha256Hex, type PageExt } from '../store/PageFileStore';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDocument } from './documents';
import { notDigitizableRefusal } from './organizeGuards';
import { findLiveDuplicate, requirePageRow } from './pageRows';
import { pageFromRow, type DocumentRow, type DossierRow, type PageRow } from './rows';

/** One captured or imported page image and what the capture pipeline measured about it. */
export interface CommitPageInput {
  documentId: string;
  bytes: Uint8Array;
  ext: PageExt;
  width: number;
  height: number;
  dpi: number;
  colorMode: ColorModeT;
  /** Flagged by blank detection; blank pages are kept and flagged, never dropped. */
  blank: boolean;
  /** Original file name or scanner page label, for the clerk. */
  sourceName: string;
  /** VN-DG-05 d: which of the two captures of a page with a sticky note this is. */
  captureNote?: PageT['captureNote'];
  /**
   * "Rescan this page and insert here": the new page takes this live page's position in the same document and
   * every later position (trashed pages included, so restores still land in place) moves down by one.
   */
  insertBefore?: string;
}

function checkInput(input: CommitPageInput): void {
  const dims = [input.width, input.height, input.dpi];
  if (input.bytes.byteLength === 0 || dims.some((n) => !Number.isInteger(n) || n <= 0) || input.sourceName.length > 500) {
    throw new AppError('import/corrupt-file', 'Ảnh trang không hợp lệ (rỗng hoặc kích thước sai). Hãy quét hoặc nhập lại trang này.');
  }
}

/**
 * VN-DG-02: present-only and classified papers never produce a digitized file. The refusal is audited and the
 * error returned (not thrown) so the audit entry commits before the caller throws.
 */
function refusalFor(store: Store, document: DocumentRow, dossier: DossierRow, actor: string): AppError | null {
  return notDigitizableRefusal(store, document, dossier, actor, 'capture',
    (what) => `Giấy tờ “${document.name}” ${what} nên không được số hóa (TT 03/2025/TT-VPCP Điều 5 khoản 2). Hãy trả lại bản giấy cho người nộp; nếu chọn nhầm giấy tờ, hãy chọn lại giấy tờ cần quét.`);
}

/**
 * Stores one page: the file is written and fsynced first, then the row and its audit entry commit in one
 * transaction, so a committed row never points at a missing file. An image already live in the same dossier is
 * returned with `duplicate: true` and nothing is written.
 */
export async function commitPage(store: Store, input: CommitPageInput, actor: string): Promise<{ page: PageT; duplicate: boolean }> {
  checkInput(input);
  const { document, dossier } = requireDocument(store, input.documentId);
  if (dossier.status === 'cancelled') {
    throw new AppError('store/conflict', `Hồ sơ ${dossier.code} đã bị hủy nên không thêm trang được. Hãy kiểm tra lại mã hồ sơ.`, { details: { code: dossier.code } });
  }
  const refusal = store.db.transaction(() => refusalFor(store, document, dossier, actor))();
  if (refusal) throw refusal;
  // Checked before the file is written too, so a wrong target leaves no stray file behind.
  if (input.insertBefore) requireInsertTarget(store, document.id, input.insertBefore);
  const sha256 = sha256Hex(input.bytes);
  const before = findLiveDuplicate(store, dossier.id, sha256);
  if (before) return { page: pageFromRow(before), duplicate: true };
  const file = await store.files.write(input.bytes, input.ext);
  try {
    return store.db.transaction(() => insertPage(store, input, file.relPath, sha256, actor))();
  } catch (err) {
    // Two imports of the same image raced past the check above: the unique index kept one, return it.
    const winner = isUniqueViolation(err) ? findLiveDuplicate(store, dossier.id, sha256) : undefined;
    if (winner) return { page: pageFromRow(winner), duplicate: true };
    throw toStoreError(err);
  }
}

function insertPage(store: Store, input: CommitPageInput, relPath: string, sha256: string, actor: string): { page: PageT; duplicate: boolean } {
  // Re-read inside the transaction: the document may have been trashed while the file was being written.
  const { document, dossier } = requireDocument(store, input.documentId);
  const existing = findLiveDuplicate(store, dossier.id, sha256);
  if (existing) return { page: pageFromRow(existing), duplicate: true };
  const { position, shifted } = input.insertBefore
    ? makeRoomBefore(store, document.id, input.insertBefore)
    : { position: nextPosition(store, document.id), shifted: 0 };
  const at = store.now().toISOString();
  const row: PageRow = {
    id: randomUUID(), document_id: document.id, dossier_id: dossier.id, position, sha256, width: input.width, height: input.height,
    dpi: input.dpi, color_mode: input.colorMode, blank: input.blank ? 1 : 0, bytes: input.bytes.byteLength,
    source_name: input.sourceName, file_rel_path: relPath, trash_id: null, capture_note: input.captureNote ?? null, created_at: at,
  };
  store.db.prepare(`INSERT INTO pages (id, document_id, dossier_id, position, sha256, width, height, dpi, color_mode, blank, bytes, source_name, file_rel_path, capture_note, created_at)
    VALUES (@id, @document_id, @dossier_id, @position, @sha256, @width, @height, @dpi, @color_mode, @blank, @bytes, @source_name, @file_rel_path, @capture_note, @created_at)`).run(row);
  const startsDigitizing = dossier.status === 'received';
  if (startsDigitizing) store.db.prepare(`UPDATE dossiers SET status = 'digitizing', updated_at = ? WHERE id = ?`).run(at, dossier.id);
  appendAudit(store.db, {
    actor, action: 'page.commit', entity: 'page', entityId: row.id, at,
    data: {
      dossierCode: dossier.code, documentId: document.id, position, sha256, bytes: row.bytes, blank: input.blank,
      ...(input.captureNote ? { captureNote: input.captureNote } : {}),
      ...(input.insertBefore ? { insertBefore: input.insertBefore, shifted } : {}),
      ...(startsDigitizing ? { dossierStatus: 'digitizing' } : {}),
    },
  });
  return { page: pageFromRow(row), duplicate: false };
}

/** Positions count trashed pages too, so a restored page returns to its old place without a clash. */
function nextPosition(store: Store, documentId: string): number {
  return store.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM pages WHERE document_id = ?').pluck().get(documentId) as number;
}

/** The live page of this document that a rescan goes in front of. */
function requireInsertTarget(store: Store, documentId: string, beforeId: string): PageRow {
  const target = requirePageRow(store, beforeId);
  if (target.document_id !== documentId || target.trash_id !== null) {
    throw new AppError('validation/input', 'Trang cần chèn trước không còn trong giấy tờ này (có thể đã bị xóa hoặc thuộc giấy tờ khác). Hãy tải lại hồ sơ rồi chọn lại trang.', {
      details: { pageId: beforeId, documentId },
    });
  }
  return target;
}

/**
 * Frees the position of `beforeId` by moving it and every later page down one. Must run inside the insert's
 * transaction. Two steps through negative values because UNIQUE (document_id, position) is checked row by row.
 */
function makeRoomBefore(store: Store, documentId: string, beforeId: string): { position: number; shifted: number } {
  const target = requireInsertTarget(store, documentId, beforeId);
  const shifted = store.db.prepare('UPDATE pages SET position = -position - 1 WHERE document_id = ? AND position >= ?').run(documentId, target.position).changes;
  store.db.prepare('UPDATE pages SET position = -position WHERE document_id = ? AND position < 0').run(documentId);
  return { position: target.position, shifted };
}

/** A page by id, trashed or not (the trash view shows trashed pages too). */
export function getPage(store: Store, pageId: string): PageT {
  return pageFromRow(requirePageRow(store, pageId));
}

/** Absolute path of the page's image file. */
export function pageFilePath(store: Store, page: Pick<PageT, 'id'>): string {
  return join(store.paths.dataDir, ...requirePageRow(store, page.id).file_rel_path.split('/'));
}

// The trash operations are part of the pages API surface (pages.remove, trash.list, trash.restore).
export { listTrash, removePage, restoreFromTrash } from './trash';
