import { AppError, isAppError } from '../../shared/errors/AppError';
import { DISK_FULL_VI } from '../fsutil/ioErrors';

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when better-sqlite3 reports a UNIQUE or PRIMARY KEY violation. */
export function isUniqueViolation(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Wraps a raw SQLite error into an AppError the clerk can act on. AppErrors pass through unchanged; raw text is
 * never shown (it may contain personal data from a bound value).
 */
export function toStoreError(err: unknown): AppError {
  if (isAppError(err)) return err;
  const code = codeOf(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('store/disk-full', DISK_FULL_VI, { retryable: true, cause: err });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('store/io', 'Cơ sở dữ liệu đang bận. Hãy đợi vài giây rồi thử lại.', { retryable: true, cause: err });
  }
  if (code !== undefined && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('store/conflict', 'Dữ liệu trùng hoặc không hợp lệ với dữ liệu đã có. Hãy tải lại màn hình rồi thử lại.', { cause: err });
  }
  return new AppError('store/io', 'Không đọc/ghi được cơ sở dữ liệu của trạm. Hãy thử lại; nếu lỗi lặp lại, gửi nhật ký cho bộ phận CNTT.', {
    retryable: true,
    cause: err,
    ...(code ? { details: { sqlite: code } } : {}),
  });
}
