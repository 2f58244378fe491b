import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import type { PageRow } from './rows';

/** The page row, trashed or not; 'store/not-found' otherwise. */
export function requirePageRow(store: Store, pageId: string): PageRow {
  const row = store.db.prepare('SELECT * FROM pages WHERE id = ?').get(pageId) as PageRow | undefined;
  if (!row) throw new AppError('store/not-found', 'Không tìm thấy trang này (có thể đã bị xóa). Hãy tải lại hồ sơ.', { details: { pageId } });
  return row;
}

/** The live page holding this image in the dossier, if any. */
export function findLiveDuplicate(store: Store, dossierId: string, sha256: string): PageRow | undefined {
  return store.db.prepare('SELECT * FROM pages WHERE dossier_id = ? AND sha256 = ? AND trash_id IS NULL').get(dossierId, sha256) as PageRow | undefined;
}

