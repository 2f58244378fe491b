import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError, isAppError } from '../../../../shared/errors/AppError';
import { checkAborted } from '../../cancelled';
import { quarantineFile } from '../../quarantine';
import type { ListOptions, ScanCaps, ScanDevice } from '../../ScanCaps';
import type { QuarantineTarget, ValidFolderScanOptions, ValidScanOptions } from '../../ScanOptions';
import type { RawPage, ScanDriver, ScanDriverEvents } from '../ScanDriver';
import { decodeSingleImage, decodeTiffPages, type DecodeContext } from './decodeImage';
import { expandPaths } from './expandPaths';
import { extractPdfPageImages, type PdfPageImage } from './extractPdfPageImages';
import { IMPORTABLE_EXTENSIONS, readHead, sniffFormat } from './fileFormat';
import { corruptFileError, fileNotFoundError, unsupportedFileError, withPlace } from './folderErrors';
import { rasterizePdf, removeDir } from './rasterizePdf';

export interface FolderDriverOptions {
  /** DPI assumed when a file carries none (common for phone photos and some MFP exports). */
  defaultDpi?: number;
  /** Rasterisation resolution for PDF pages. */
  pdfDpi?: number;
  pdfTimeoutMs?: number;
  pdftoppmCommand?: string;
}

/** The one pseudo-device: files already on disk. */
export const FOLDER_DEVICE: ScanDevice = { driver: 'folder', id: 'folder', name: 'Nhập từ tệp (JPEG, PNG, TIFF, PDF)' };

const REJECTABLE = new Set(['import/corrupt-file', 'import/unsupported-file', 'import/file-not-found']);

/**
 * Imports JPEG, PNG, multi-page TIFF and PDF files as pages. A file is all or nothing: a corrupt or unsupported
 * file yields no page, goes to quarantine (when asked) and is reported through `events.fileRejected`; the scan
 * continues with the next file.
 */
export class FolderScanDriver implements ScanDriver {
  readonly id = 'folder' as const;
  private readonly opts: Required<FolderDriverOptions>;

  constructor(opts: FolderDriverOptions = {}) {
    this.opts = { defaultDpi: 200, pdfDpi: 200, pdfTimeoutMs: 120_000, pdftoppmCommand: 'pdftoppm', ...opts };
  }

  async *listDevices(_opts: ListOptions, _signal: AbortSignal): AsyncIterable<ScanDevice> {
    yield FOLDER_DEVICE;
  }

  async getCaps(_device: ScanDevice, _signal: AbortSignal): Promise<ScanCaps> {
    return { sources: ['file'], resolutions: [], colorModes: ['color', 'gray', 'bw'], duplex: false };
  }

  async *scan(opts: ValidScanOptions, signal: AbortSignal, events: ScanDriverEvents): AsyncIterable<RawPage> {
    if (opts.kind !== 'folder') throw new AppError('validation/input', 'Trình nhập tệp chỉ nhận danh sách tệp.');
    for (const entry of await expandPaths(opts.paths)) {
      checkAborted(signal);
      if ('error' in entry) { events.fileRejected?.({ path: entry.path, error: entry.error.toWire(), quarantinedTo: null }); continue; }
      let pages: AsyncIterable<RawPage> | RawPage[];
      try {
        pages = await this.readPages(entry.path, signal);
      } catch (err) {
        if (!isAppError(err) || !REJECTABLE.has(err.code)) throw err;
        await this.reject(entry.path, err, opts, events);
        continue;
      }
      for await (const page of pages) {
        checkAborted(signal);
        events.pageStarted?.();
        yield page;
      }
    }
  }

  /** Validates the whole file before the first page leaves, so a rejected file never yields a partial document. */
  private async readPages(path: string, signal: AbortSignal): Promise<AsyncIterable<RawPage> | RawPage[]> {
    let head: Uint8Array;
    try { head = await readHead(path); } catch (err) { throw fileNotFoundError(path, err); }
    const format = sniffFormat(head);
    const ctx: DecodeContext = { path, sourceName: basename(path), defaultDpi: this.opts.defaultDpi };
    if (format === null) {
      // A known image extension with foreign content is damage; anything else is simply the wrong kind of file.
      throw IMPORTABLE_EXTENSIONS.has(extname(path).toLowerCase()) && head.length > 0 && !looksLikeZip(head) ? corruptFileError(path) : unsupportedFileError(path);
    }
    if (format === 'pdf') return this.pdfPages(path, ctx, signal);
    const bytes = await readFile(path);
    if (format === 'tiff') return decodeTiffPages(bytes, ctx, signal);
    return [await decodeSingleImage(bytes, format, ctx)];
  }

  /** Image-only PDFs (the usual MFP output) pass their JPEGs through; anything else is rasterised by pdftoppm. */
  private async pdfPages(path: string, ctx: DecodeContext, signal: AbortSignal): Promise<AsyncIterable<RawPage> | RawPage[]> {
    let bytes: Buffer;
    try { bytes = await readFile(path); } catch (err) { throw fileNotFoundError(path, err); }
    const images = await extractPdfPageImages(bytes, signal);
    const pages = images && await confirmJpegPages(images, ctx, signal);
    return pages ?? this.rasterizedPages(path, ctx, signal);
  }

  private async rasterizedPages(path: string, ctx: DecodeContext, signal: AbortSignal): Promise<AsyncIterable<RawPage>> {
    const { dir, pages } = await rasterizePdf(path, { dpi: this.opts.pdfDpi, timeoutMs: this.opts.pdfTimeoutMs, signal, command: this.opts.pdftoppmCommand });
    const pageCtx: DecodeContext = { ...ctx, defaultDpi: this.opts.pdfDpi };
    return (async function* () {
      try {
        for (const [index, file] of pages.entries()) {
          const page = await decodeSingleImage(await readFile(file), 'png', pageCtx);
          // pdftoppm rendered at exactly pdfDpi; the PNG's own pHYs (if any) says the same.
          yield { ...page, pageIndexInSource: index, dpi: pageCtx.defaultDpi };
        }
      } finally {
        await removeDir(dir);
      }
    })();
  }

  private async reject(path: string, err: AppError, opts: ValidFolderScanOptions, events: ScanDriverEvents): Promise<void> {
    const target: QuarantineTarget | null = err.code === 'import/file-not-found' ? null : opts.quarantine;
    let final = err;
    let quarantinedTo: string | null = null;
    if (target) {
      try {
        quarantinedTo = await quarantineFile(path, target.dir, err, target.mode);
        final = withPlace(err, path, { path: quarantinedTo, mode: target.mode });
      } catch {
        // The rejection is still reported; the file simply stays where it was (nothing is lost).
        quarantinedTo = null;
      }
    }
    events.fileRejected?.({ path, error: final.toWire(), quarantinedTo });
  }
}

/**
 * Decodes every extracted JPEG (as for a JPEG file) before the first page leaves: a JPEG that does not decode, or
 * whose size disagrees with the PDF, sends the whole file to pdftoppm instead (null). The colour mode comes from
 * the pixels, as for JPEG files, except that a 1-bit colour space stays black & white.
 */
async function confirmJpegPages(images: PdfPageImage[], ctx: DecodeContext, signal: AbortSignal): Promise<RawPage[] | null> {
  const out: RawPage[] = [];
  for (const [index, image] of images.entries()) {
    signal.throwIfAborted();
    const decoded = await decodeSingleImage(Buffer.from(image.jpeg.buffer, image.jpeg.byteOffset, image.jpeg.byteLength), 'jpeg', ctx).catch(() => null);
    if (!decoded || decoded.width !== image.width || decoded.height !== image.height) return null;
    const colorMode = image.colorMode === 'bw' ? 'bw' : decoded.colorMode;
    out.push({ ...decoded, pageIndexInSource: index, dpi: image.dpi, colorMode });
  }
  return out;
}

/** ZIP containers (.docx, .xlsx, .odt) renamed to an image extension are unsupported, not damaged. */
function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b;
}
