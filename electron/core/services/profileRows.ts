import { ScanProfileInput, type ScanProfileT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';

/** A `scan_profiles` row as SQLite returns it. */
export interface ProfileRow {
  id: string;
  name: string;
  /** The validated ScanProfileInput JSON (without id). */
  body: string;
  is_default: number;
  updated_at: string;
}

/**
 * Maps a row to the contract model. The columns (id, name, is_default) win over the body so the unique
 * indexes stay the single source of truth. The body is re-parsed so defaults added by a later version fill in.
 */
export function profileFromRow(r: ProfileRow): ScanProfileT {
  const parsed = ScanProfileInput.safeParse(JSON.parse(r.body) as unknown);
  if (!parsed.success) {
    throw new AppError('store/io', `Cấu hình quét “${r.name}” bị hỏng trong cơ sở dữ liệu. Hãy lưu lại cấu hình này hoặc nhập lại từ tệp.`, { details: { profileId: r.id } });
  }
  return { ...parsed.data, id: r.id, name: r.name, isDefault: r.is_default === 1, updatedAt: r.updated_at };
}
