import { AppError, isAppError } from '../../shared/errors/AppError';
import { DISK_FULL_VI } from '../db/sqliteErrors';

function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps a Node filesystem error to an AppError. ENOSPC/EDQUOT → 'store/disk-full' (the clerk frees space and
 * retries); everything else → 'store/io'. The path is not put in the message: it can contain a citizen's name.
 */
export function toIoError(err: unknown, what: string): AppError {
  if (isAppError(err)) return err;
  const errno = errnoOf(err);
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return new AppError('store/disk-full', DISK_FULL_VI, { retryable: true, cause: err });
  }
  return new AppError('store/io', `Không ${what} được tệp ảnh trang trên ổ đĩa${errno ? ` (${errno})` : ''}. Kiểm tra ổ đĩa và quyền ghi thư mục dữ liệu rồi thử lại.`, {
    retryable: true,
    cause: err,
    ...(errno ? { details: { errno } } : {}),
  });
}
