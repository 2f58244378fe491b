import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';
import type { DossierDetailT, PageT } from '../../shared/contract/models';
import type { RawImage } from '../imaging/RawImage';
import type { JobContext } from '../jobs/JobContext';
import type { OcrLine } from '../ocr/OcrTypes';
import { encodePageImage, type PageImageMode, type SearchablePage } from '../pdf';
import { getRawProcessing } from '../pipeline/processingRows';
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
  const bytes = await readFile(path);
  // Integrity in transfer (VN-DG-05 đ): the hash computed at capture is re-checked before the image leaves the station.
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new AppError('export/failed', `${what} bị thay đổi trên ổ đĩa (sai mã băm). Hãy quét lại trang này trước khi xuất.`);
  }
  return bytes;
}

async function decode(bytes: Buffer, grey: boolean): Promise<RawImage> {
  const img = grey ? sharp(bytes).toColourspace('b-w').extractChannel(0) : sharp(bytes).removeAlpha().toColourspace('srgb');
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 1 ? 1 : 3 };
}

function textLines(store: Store, pageId: string): OcrLine[] {
  const row = store.db.prepare('SELECT lines_json FROM page_text WHERE page_id = ?').get(pageId) as { lines_json: string } | undefined;
  return row ? (JSON.parse(row.lines_json) as OcrLine[]) : [];
}

/**
 * One PDF page per output page: the cleaned (derived) image with its OCR text layer when the pipeline has run,
 * else the master image without text (counted in `unprocessed`). Bw pages are always CCITT G4.
 */
export async function* searchablePages(store: Store, pages: OutputPage[], mode: PageImageMode, ctx: JobContext, stats: { unprocessed: number }): AsyncIterable<SearchablePage> {
  for (const { page, outline } of pages) {
    if (ctx.signal.aborted) throw new AppError('job/cancelled', 'Đã hủy xuất PDF.');
    const proc = getRawProcessing(store, page.id);
    const derived = proc?.derived_rel_path && proc.derived_sha256 ? proc : null;
    const bytes = derived
      ? await readChecked(join(store.paths.dataDir, derived.derived_rel_path ?? ''), derived.derived_sha256 ?? '', `Ảnh đã xử lý của trang ${page.position}`)
      : await readChecked(pageFilePath(store, page), page.sha256, `Ảnh trang ${page.position}`);
    if (!derived) stats.unprocessed++;
    const colour = derived?.output_color ?? page.colorMode;
    const image = await decode(bytes, colour !== 'color');
    const pageMode: PageImageMode = colour === 'bw' ? 'bw' : mode;
    yield {
      image: await encodePageImage(image, pageMode, { dpi: page.dpi }),
      widthPx: image.width, heightPx: image.height, dpi: page.dpi,
      lines: derived ? textLines(store, page.id) : [],
      ...(outline ? { outline } : {}),
    };
  }
}
