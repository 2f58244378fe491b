import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDocument } from './documents';
import { requirePageRow } from './pageRows';
import type { DocumentRow, DossierRow, PageRow } from './rows';

/**
 * Checks shared by the page-organizing operations (move, exclude/include, split, merge). Each runs inside the
 * operation's transaction, so what it checked cannot change before the write.
 */

/** A live page (not in the trash) with its live document and dossier. */
export function requireLivePage(store: Store, pageId: string): { page: PageRow; document: DocumentRow; dossier: DossierRow } {
  const page = requirePageRow(store, pageId);
  if (page.trash_id !== null) {
    throw new AppError('store/conflict', 'Trang này đang ở thùng rác. Hãy khôi phục trang trước rồi mới sắp xếp lại.', { details: { pageId } });
  }
  return { page, ...requireDocument(store, page.document_id) };
}

/** Same rule as commitPage: a cancelled dossier takes no more changes to its pages. */
export function requireEditable(dossier: DossierRow): void {
  if (dossier.status === 'cancelled') {
    throw new AppError('store/conflict', `Hồ sơ ${dossier.code} đã bị hủy nên không sắp xếp lại trang được. Hãy kiểm tra lại mã hồ sơ.`, {
      details: { code: dossier.code },
    });
  }
}

/** Pages and documents never leave their dossier: each dossier is one applicant's file. */
export function requireSameDossier(from: DossierRow, to: DossierRow, what: 'move' | 'merge'): void {
  if (from.id === to.id) return;
  const action = what === 'move' ? 'chuyển trang' : 'gộp giấy tờ';
  throw new AppError('validation/input', `Không ${action} sang hồ sơ khác được (từ hồ sơ ${from.code} sang ${to.code}): mỗi hồ sơ là giấy tờ của một người nộp. Hãy chọn giấy tờ đích trong cùng hồ sơ ${from.code}.`, {
    details: { reason: 'cross-dossier', fromCode: from.code, toCode: to.code },
  });
}

/**
 * VN-DG-02, as in commitPage: pages may not be placed into a present-only or classified document. The refusal is
 * audited and the error returned (not thrown) so the caller can commit the audit entry before throwing.
 */
export function notDigitizableRefusal(
  store: Store, document: DocumentRow, dossier: DossierRow, actor: string, operation: string,
  message: (what: string) => string = (what) => `Giấy tờ “${document.name}” ${what} nên không được chứa trang số hóa (TT 03/2025/TT-VPCP Điều 5 khoản 2). Hãy chọn giấy tờ khác làm đích.`,
): AppError | null {
  if (document.present_only !== 1 && document.classified !== 1) return null;
  const reason = document.classified === 1 ? 'classified' : 'present-only';
  appendAudit(store.db, {
    actor, action: 'page.refused', entity: 'document', entityId: document.id, at: store.now().toISOString(),
    data: { dossierCode: dossier.code, reason, rule: 'VN-DG-02', operation },
  });
  const what = reason === 'classified' ? 'là tài liệu mật' : 'chỉ cần xuất trình';
  return new AppError('import/not-digitizable', message(what), {
    details: { documentId: document.id, reason },
  });
}

/** The outcome of a transaction that may end in an audited refusal: the refusal is thrown after the commit. */
export type Refusable<T> = { ok: T } | { refused: AppError };

export function unwrapRefusable<T>(result: Refusable<T>): T {
  if ('refused' in result) throw result.refused;
  return result.ok;
}
