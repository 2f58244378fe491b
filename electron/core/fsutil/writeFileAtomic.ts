import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors/AppError';

/** Maps a Node filesystem error to a typed AppError the clerk can act on. */
export function fsErrorToAppError(err: unknown, path: string): AppError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('store/disk-full', `Ổ đĩa đã đầy, không ghi được ${basename(path)}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.`, { retryable: true, cause: err });
  }
  return new AppError('store/io', `Không ghi được tệp ${basename(path)} (${code ?? 'lỗi không rõ'}). Kiểm tra quyền ghi thư mục rồi thử lại.`, { retryable: true, cause: err });
}

/** Writes a file so that a crash leaves either the old file or the complete new one: temp, fsync, rename, fsync dir. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    await fsyncDir(dirname(path));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw fsErrorToAppError(err, path);
  }
}

/** Makes a rename durable: the directory entry itself must reach the disk. */
export async function fsyncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}
