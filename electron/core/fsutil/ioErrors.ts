import { AppError, isAppError } from '../../shared/errors/AppError';

/** Message for a full disk, shared by the database and every file write. */
export const DISK_FULL_VI =
  'Ổ đĩa của máy đã đầy nên không lưu được dữ liệu. Hãy xóa bớt tệp không cần thiết hoặc giải phóng dung lượng ổ đĩa, rồi thử lại. Dữ liệu đã lưu trước đó không bị mất.';

/** The verb of the failed operation, as the clerk reads it: "Không <action> được <target> …". */
export type IoAction = 'đọc' | 'ghi' | 'tạo' | 'cách ly' | 'chuyển' | 'sao chép';

function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The one mapping from a Node filesystem error to an AppError. ENOSPC/EDQUOT → 'store/disk-full' (the clerk frees
 * space and retries); everything else → 'store/io' with the errno in `details`. AppErrors pass through unchanged.
 * Neither the message nor the details carry the path: file and folder names can contain a citizen's name.
 */
export function toIoError(err: unknown, action: IoAction = 'ghi', target = 'tệp'): AppError {
  if (isAppError(err)) return err;
  const errno = errnoOf(err);
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return new AppError('store/disk-full', DISK_FULL_VI, { retryable: true, cause: err });
  }
  return new AppError('store/io', `Không ${action} được ${target} trên ổ đĩa${errno ? ` (${errno})` : ''}. Kiểm tra ổ đĩa và quyền ghi thư mục dữ liệu rồi thử lại.`, {
    retryable: true,
    cause: err,
    ...(errno ? { details: { errno } } : {}),
  });
}
