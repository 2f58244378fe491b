import sharp from 'sharp';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { createTesseractCliEngine, type OcrLine } from '../../../electron/core/ocr';
import { cachedTestPage, type TestPage } from '../../support/testPages';

/**
 * A real Vietnamese A4 page from the shared generator (header, justified Liberation Serif paragraphs, red seal,
 * blue signature; no skew, so the clean and scanned variants share one pixel grid) with its real OCR lines from
 * the native Tesseract (hOCR: baselines, row heights, word boxes).
 */
export interface OcrPage {
  page: TestPage;
  image: RawImage;
  lines: OcrLine[];
}

/** Holds ệ, ữ, ặ and Đ. */
export const PAGE_ID = 'pdf-seal-a';

export async function rawOf(encoded: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(encoded).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

export async function ocrPages(dpis: Array<300 | 200>, variant: 'clean' | 'scanned' = 'clean'): Promise<OcrPage[]> {
  const engine = await createTesseractCliEngine({ workers: 1 });
  try {
    const out: OcrPage[] = [];
    for (const dpi of dpis) {
      const page = await cachedTestPage({ id: PAGE_ID, seal: true, skewDeg: 0, dpi });
      const bytes = page[variant];
      const result = await engine.recognize(new Uint8Array(bytes), { dpi, psm: 3 });
      out.push({ page, image: await rawOf(bytes), lines: result.lines });
    }
    return out;
  } finally {
    await engine.close();
  }
}

/** Words of a text, whitespace-split, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter((w) => w.length > 0);
}
