import type { PDFRef } from 'pdf-lib';
import { AppError } from '../../shared/errors/AppError';
import type { OcrLine } from '../ocr/OcrTypes';
import { drawPageImage } from './drawPageImage';
import type { EncodedPageImage } from './encodePageImage';
import { registerGlyphLessFont } from './glyphLessFont';
import { writeOutline, type OutlineEntry } from './outline';
import { loadPdfAssets } from './pdfAssets';
import { createPdfADocument, identifyAsPdfA, type PdfAMetadata } from './pdfaIdentification';
import { textLayerOperators } from './textLayer';

export interface SearchablePage {
  image: EncodedPageImage;
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** OCR lines in the pixel coordinates of the page image (origin top-left), in reading order. */
  lines: OcrLine[];
  /** Bookmark title when a dossier component starts on this page. */
  outline?: string;
}

const POINTS_PER_INCH = 72;

/**
 * Two-layer searchable PDF/A (VN-DG-06/07, guide §3–§4): each page has the physical size of the scan
 * (pixels × 72 / dpi), the page image and an invisible GlyphLessFont text layer; bookmarks per component;
 * PDF/A-1b features only (classic xref, ICC v2 sRGB, no transparency) even when identified as part 2.
 */
export async function buildSearchablePdf(
  pages: AsyncIterable<SearchablePage> | Iterable<SearchablePage>,
  meta: PdfAMetadata,
  onPage?: (n: number) => void,
): Promise<Uint8Array> {
  const assets = loadPdfAssets();
  const doc = await createPdfADocument();
  identifyAsPdfA(doc, meta, assets.srgbIcc);
  let fontRef: PDFRef | undefined;
  const outline: OutlineEntry[] = [];
  let count = 0;
  for await (const p of pages) {
    checkPage(p, count + 1);
    const ptPerPx = POINTS_PER_INCH / p.dpi;
    const placement = { widthPt: p.widthPx * ptPerPx, heightPt: p.heightPx * ptPerPx, ptPerPx };
    const page = doc.addPage([placement.widthPt, placement.heightPt]);
    await drawPageImage(doc, page, p.image, placement);
    if (p.lines.some((l) => l.words.length > 0)) {
      fontRef ??= registerGlyphLessFont(doc, assets.glyphLessFont);
      const fontName = page.node.newFontDictionary('OCR', fontRef);
      page.pushOperators(...textLayerOperators(p.lines, { pageHeightPt: placement.heightPt, ptPerPx }, fontName));
    }
    if (p.outline !== undefined && p.outline.trim().length > 0) outline.push({ title: p.outline.trim(), page: page.ref });
    count += 1; // not inside `onPage?.(…)`: optional calls skip their arguments
    onPage?.(count);
  }
  if (count === 0) {
    throw new AppError('pdf/invalid-page', 'Không có trang nào để tạo PDF. Hãy thêm ít nhất một trang vào hồ sơ.');
  }
  writeOutline(doc, outline);
  return doc.save({ useObjectStreams: false });
}

function checkPage(p: SearchablePage, n: number): void {
  const valid = p.widthPx > 0 && p.heightPx > 0 && p.dpi > 0 && Number.isFinite(p.dpi);
  if (!valid) {
    throw new AppError('pdf/invalid-page', `Trang ${n} không có kích thước hoặc độ phân giải hợp lệ. Hãy quét lại trang này.`, {
      details: { page: n, widthPx: p.widthPx, heightPx: p.heightPx, dpi: p.dpi },
    });
  }
}
