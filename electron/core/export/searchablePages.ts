import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/AppError';
import type { DossierDetailT, PageT } from '../../shared/contract/models';
import type { JobContext } from '../jobs/JobContext';
import type { OcrLine } from '../ocr/OcrTypes';
import { pageImageModeFor, type PageImageMode, type SearchablePage } from '../pdf';
import type { EncodeRequest, EncodeResult } from '../pipeline/encodeWork';
import { unpackPdfImage } from '../pipeline/pdfImageFile';
import { getRawProcessing, type ProcessingRow } from '../pipeline/processingRows';
import { pageFilePath } from '../services/pages';
import type { Store } from '../store/Store';

/** A page going into the dossier PDF, with the document it opens (for the bookmark). */
export interface OutputPage { page: PageT; outline?: string }

/** Live pages in document order, without the blank and separator pages taken out of the output. */
export function outputPages(detail: DossierDetailT): OutputPage[] {
  return detail.documents.flatMap((d) => d.pages.filter((p) => p.excluded === null)
    .map((page, i) => (i === 0 ? { page, outline: d.name } : { page })));
}

async function readChecked(path: string, sha256: string, what: string): Promise<Buffer> {
  const bytes = await readFile(path).catch((err: unknown) => {
    throw new AppError('export/failed', `${what} không còn trên ổ đĩa. Hãy xử lý lại hoặc quét lại trang này trước khi xuất.`, { cause: err });
  });
  // Integrity in transfer (VN-DG-05 đ): the hash computed at capture is re-checked before the image leaves the station.
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new AppError('export/failed', `${what} bị thay đổi trên ổ đĩa (sai mã băm). Hãy quét lại trang này trước khi xuất.`);
  }
  return bytes;
}

function textLines(store: Store, pageId: string): OcrLine[] {
  const row = store.db.prepare('SELECT lines_json FROM page_text WHERE page_id = ?').get(pageId) as { lines_json: string } | undefined;
  return row ? (JSON.parse(row.lines_json) as OcrLine[]) : [];
}

/** Encodes page images (in worker threads when a pool is given, else here). */
export type EncodePage = (req: EncodeRequest) => Promise<EncodeResult>;

/** How many pages are read and encoded ahead of the one being written: both page threads stay busy. */
const READ_AHEAD = 2;

interface Prepared { encoded: EncodeResult; lines: OcrLine[]; dpi: number; outline?: string | undefined }

/**
 * The page image the pipeline already encoded for this mode, or null: then the derived image is encoded again. A
 * stored file that is missing, damaged or of another hash is only a lost shortcut, never a wrong page: the derived
 * image it came from is checked and encoded instead.
 */
async function storedPdfImage(store: Store, proc: ProcessingRow, mode: PageImageMode): Promise<EncodeResult | null> {
  if (!proc.output_color || proc.pdf_image_mode !== pageImageModeFor(proc.output_color, mode) || !proc.pdf_image_rel_path || !proc.pdf_image_sha256 || !proc.derived_width || !proc.derived_height) return null;
  const bytes = await readFile(join(store.paths.dataDir, proc.pdf_image_rel_path)).catch(() => null);
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== proc.pdf_image_sha256) return null;
  const image = unpackPdfImage(bytes);
  return image ? { image, width: proc.derived_width, height: proc.derived_height } : null;
}

async function prepare(store: Store, { page, outline }: OutputPage, mode: PageImageMode, encode: EncodePage, stats: { unprocessed: number }): Promise<Prepared> {
  const proc = getRawProcessing(store, page.id);
  const derived = proc?.derived_rel_path && proc.derived_sha256 ? proc : null;
  if (!derived) stats.unprocessed++;
  const stored = derived ? await storedPdfImage(store, derived, mode) : null;
  const encoded = stored ?? (await encodeAgain(store, page, derived, mode, encode));
  return { encoded, lines: derived ? textLines(store, page.id) : [], dpi: page.dpi, outline };
}

/** The derived image (the master when the page was never processed), checked and encoded for the PDF. */
async function encodeAgain(store: Store, page: PageT, derived: ProcessingRow | null, mode: PageImageMode, encode: EncodePage): Promise<EncodeResult> {
  const bytes = derived
    ? await readChecked(join(store.paths.dataDir, derived.derived_rel_path ?? ''), derived.derived_sha256 ?? '', `Ảnh đã xử lý của trang ${page.position}`)
    : await readChecked(pageFilePath(store, page), page.sha256, `Ảnh trang ${page.position}`);
  const colour = derived?.output_color ?? page.colorMode;
  return encode({ kind: 'encode', bytes, grey: colour !== 'color', mode: pageImageModeFor(colour, mode), dpi: page.dpi });
}

/**
 * One PDF page per output page: the cleaned (derived) image with its OCR text layer when the pipeline has run,
 * else the master image without text (counted in `unprocessed`). Bw pages are always CCITT G4. The image the
 * pipeline encoded while processing is used as is when its mode matches; others are encoded READ_AHEAD at a time,
 * in order.
 */
export async function* searchablePages(store: Store, pages: OutputPage[], mode: PageImageMode, encode: EncodePage, ctx: JobContext, stats: { unprocessed: number }): AsyncIterable<SearchablePage> {
  const started: Array<Promise<Prepared>> = [];
  let next = 0;
  const fill = () => {
    while (started.length < READ_AHEAD && next < pages.length) {
      const p = prepare(store, pages[next++]!, mode, encode, stats);
      p.catch(() => undefined); // awaited in order below; a rejection is not unhandled meanwhile
      started.push(p);
    }
  };
  fill();
  while (started.length > 0) {
    if (ctx.signal.aborted) throw new AppError('job/cancelled', 'Đã hủy xuất PDF.');
    const { encoded, lines, dpi, outline } = await started.shift()!;
    fill();
    yield { image: encoded.image, widthPx: encoded.width, heightPx: encoded.height, dpi, lines, ...(outline ? { outline } : {}) };
  }
}
