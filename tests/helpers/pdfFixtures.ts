import { writeFile } from 'node:fs/promises';
import {
  PDFDocument, popGraphicsState, pushGraphicsState, setTextRenderingMode, StandardFonts, TextRenderingMode,
} from 'pdf-lib';
import { colourPage } from './imageFixtures';

/** Real scan-like PDFs built at test time: one full-page JPEG per page, as MFPs write them. */

export interface JpegSpec { width: number; height: number; gray?: boolean }

export async function makeJpeg(spec: JpegSpec): Promise<Buffer> {
  const img = colourPage(spec.width, spec.height);
  return (spec.gray ? img.toColourspace('b-w') : img).jpeg({ quality: 80 }).toBuffer();
}

/** Page size in points for `px` pixels at `dpi`, rounded to 0.1 pt as scanner firmware does. */
export function pagePoints(px: number, dpi: number): number {
  return Math.round((px / dpi) * 72 * 10) / 10;
}

export type PageSpec =
  | { kind: 'jpeg'; jpeg: Buffer; dpi: number; invisibleText?: string }
  | { kind: 'text'; text: string }
  | { kind: 'png' };

/** Builds a PDF page by page; `jpeg` pages draw the JPEG over the whole page (MediaBox from its pixel size). */
export async function buildPdf(pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    if (spec.kind === 'text') {
      doc.addPage([300, 420]).drawText(spec.text, { x: 30, y: 380, size: 14, font });
      continue;
    }
    if (spec.kind === 'png') {
      const png = await doc.embedPng(await colourPage().png().toBuffer());
      doc.addPage([240 * 0.72, 340 * 0.72]).drawImage(png, { x: 0, y: 0, width: 240 * 0.72, height: 340 * 0.72 });
      continue;
    }
    const jpg = await doc.embedJpg(spec.jpeg);
    const size = { width: pagePoints(jpg.width, spec.dpi), height: pagePoints(jpg.height, spec.dpi) };
    const page = doc.addPage([size.width, size.height]);
    page.drawImage(jpg, { x: 0, y: 0, ...size });
    if (spec.invisibleText) {
      // The OCR layer of a "searchable PDF": text render mode 3 draws nothing.
      page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
      page.drawText(spec.invisibleText, { x: 10, y: 10, size: 10, font });
      page.pushOperators(popGraphicsState());
    }
  }
  return doc.save();
}

export async function writePdfFile(path: string, pages: PageSpec[]): Promise<Uint8Array> {
  const bytes = await buildPdf(pages);
  await writeFile(path, bytes);
  return bytes;
}

/** A colour 200 dpi page and a grey 300 dpi page (small pixel sizes keep the tests fast). */
export async function scanLikeJpegs(): Promise<[Buffer, Buffer]> {
  return [await makeJpeg({ width: 330, height: 467 }), await makeJpeg({ width: 496, height: 701, gray: true })];
}
