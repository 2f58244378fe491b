import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { AppError } from '../../shared/errors/AppError';
import { toIoError } from './ioErrors';

/** Extensions a page image may have in the store. */
export type PageExt = 'jpg' | 'png';

/** The part of `node:fs/promises` the store uses; injected so tests can simulate ENOSPC or EIO. */
export interface PageFs {
  mkdir(path: string, opts: { recursive: true }): Promise<unknown>;
  open(path: string, flags: string): Promise<PageFileHandle>;
  rename(from: string, to: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  unlink(path: string): Promise<void>;
}
export interface PageFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface WrittenPageFile {
  sha256: string;
  absPath: string;
  /** Relative to the data folder, with forward slashes: what the `pages.file_rel_path` column holds. */
  relPath: string;
  /** True when an identical file was already there and was reused. */
  reused: boolean;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isNotFound(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'ENOENT';
}

/**
 * Content-addressed page images: `<pagesDir>/<first two hex>/<sha256>.<ext>`. A write is durable before it
 * returns (temp file in the same folder, fsync, rename, fsync folder), so the DB row that references it can be
 * committed afterwards and never points at a missing or half-written file.
 */
export class PageFileStore {
  constructor(
    private readonly dataDir: string,
    private readonly pagesDir: string,
    private readonly quarantineDir: string,
    private readonly fs: PageFs = nodeFs as unknown as PageFs,
  ) {}

  pathFor(sha256: string, ext: PageExt): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('validation/input', 'Mã băm ảnh trang không hợp lệ.');
    return join(this.pagesDir, sha256.slice(0, 2), `${sha256}.${ext}`);
  }

  relPathFor(sha256: string, ext: PageExt): string {
    return relative(this.dataDir, this.pathFor(sha256, ext)).split(sep).join('/');
  }

  /** Writes the bytes under their hash; reuses an existing file after checking its content. */
  async write(bytes: Uint8Array, ext: PageExt): Promise<WrittenPageFile> {
    const sha256 = sha256Hex(bytes);
    const absPath = this.pathFor(sha256, ext);
    const result = { sha256, absPath, relPath: this.relPathFor(sha256, ext) };
    const existing = await this.readIfExists(absPath);
    if (existing !== null) {
      if (sha256Hex(existing) === sha256) return { ...result, reused: true };
      // A file under this name with other content is damaged: keep it aside for inspection, then rewrite.
      await this.quarantine(absPath, sha256, ext);
    }
    await this.writeAtomic(absPath, bytes);
    return { ...result, reused: false };
  }

  async readPage(sha256: string, ext: PageExt): Promise<Uint8Array> {
    const bytes = await this.readIfExists(this.pathFor(sha256, ext));
    if (bytes === null) {
      throw new AppError('store/not-found', 'Không tìm thấy tệp ảnh của trang này trên ổ đĩa. Hãy quét hoặc nhập lại trang.', { details: { sha256 } });
    }
    return bytes;
  }

  /** Re-hashes the stored file: `ok` is false when it is missing or its content no longer matches its name. */
  async verifyPageFile(sha256: string, ext: PageExt): Promise<{ ok: boolean; actual: string | null }> {
    const bytes = await this.readIfExists(this.pathFor(sha256, ext));
    const actual = bytes === null ? null : sha256Hex(bytes);
    return { ok: actual === sha256, actual };
  }

  private async readIfExists(path: string): Promise<Uint8Array | null> {
    try {
      return await this.fs.readFile(path);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw toIoError(err, 'đọc');
    }
  }

  private async quarantine(absPath: string, sha256: string, ext: PageExt): Promise<void> {
    try {
      await this.fs.mkdir(this.quarantineDir, { recursive: true });
      await this.fs.rename(absPath, join(this.quarantineDir, `${sha256}.${Date.now()}.${ext}.corrupt`));
    } catch (err) {
      throw toIoError(err, 'cách ly');
    }
  }

  private async writeAtomic(absPath: string, bytes: Uint8Array): Promise<void> {
    const dir = dirname(absPath);
    const tmp = join(dir, `.${randomBytes(8).toString('hex')}.tmp`);
    try {
      await this.fs.mkdir(dir, { recursive: true });
      const fh = await this.fs.open(tmp, 'wx');
      try {
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await this.fs.rename(tmp, absPath);
      await this.fsyncDir(dir);
    } catch (err) {
      await this.fs.unlink(tmp).catch(() => undefined);
      throw toIoError(err, 'ghi');
    }
  }

  /** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals the rename there. */
  private async fsyncDir(dir: string): Promise<void> {
    if (process.platform === 'win32') return;
    const dh = await this.fs.open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  }
}
