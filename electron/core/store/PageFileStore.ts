import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { AppError } from '../../shared/errors/AppError';
import { writeFileAtomic, type DurableFs } from '../fsutil/durable';
import { toIoError, type IoAction } from '../fsutil/ioErrors';

/** Extensions a page image may have in the store. */
/** Masters and derived images (jpg, png) and page images encoded for the PDF (pipeline/pdfImageFile.ts). */
export type PageExt = 'jpg' | 'png' | 'pdfimg';

/** The part of `node:fs/promises` the store uses; injected so tests can simulate ENOSPC or EIO. */
export interface PageFs extends DurableFs {
  mkdir(path: string, opts: { recursive: true }): Promise<unknown>;
  readFile(path: string): Promise<Uint8Array>;
}

const PAGE_FILE = 'tệp ảnh trang';
const pageIoError = (err: unknown, action: IoAction) => toIoError(err, action, PAGE_FILE);

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
      throw pageIoError(err, 'đọc');
    }
  }

  private async quarantine(absPath: string, sha256: string, ext: PageExt): Promise<void> {
    try {
      await this.fs.mkdir(this.quarantineDir, { recursive: true });
      await this.fs.rename(absPath, join(this.quarantineDir, `${sha256}.${Date.now()}.${ext}.corrupt`));
    } catch (err) {
      throw pageIoError(err, 'cách ly');
    }
  }

  /** Durable before it returns (temp, fsync, rename, fsync folder) through the injected fs. */
  private async writeAtomic(absPath: string, bytes: Uint8Array): Promise<void> {
    try {
      await this.fs.mkdir(dirname(absPath), { recursive: true });
    } catch (err) {
      throw pageIoError(err, 'ghi');
    }
    await writeFileAtomic(absPath, bytes, { fs: this.fs, action: 'ghi', target: PAGE_FILE });
  }
}
