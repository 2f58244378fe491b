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

/** A full A4 page with seal and signature; `OWN_TEXT` covers the stacked diacritics whatever the corpus holds. */
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

/** Vietnamese lines that hold every hard case of stacked diacritics (ệ ữ ặ Đ), whatever the generator's corpus. */
export const OWN_TEXT = [
  'Đặt tên chữ đệm cho trẻ: Nguyễn Thị Ngọc Diệp.',
  'Hồ sơ hữu ích, đặc biệt về hộ tịch; Điều 3 Nghị định.',
];

/** A grey A5 page at 300 dpi with `OWN_TEXT` in Liberation Serif 14 pt, and its Tesseract lines. */
export async function ownTextPage(): Promise<{ image: RawImage; lines: OcrLine[] }> {
  const fontfile = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
  const text = await sharp({ text: { text: OWN_TEXT.join('\n'), fontfile, font: 'Liberation Serif 14', dpi: 300 } }).png().toBuffer();
  const ink = await sharp(text).extractChannel(0).negate().png().toBuffer();
  const { data, info } = await sharp({ create: { width: 1748, height: 2480, channels: 3, background: '#ffffff' } })
    .composite([{ input: ink, left: 150, top: 200, blend: 'multiply' }])
    .toColourspace('b-w').extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const image: RawImage = { data, width: info.width, height: info.height, channels: 1 };
  const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
  const engine = await createTesseractCliEngine({ workers: 1 });
  try {
    return { image, lines: (await engine.recognize(new Uint8Array(png), { dpi: 300, psm: 3 })).lines };
  } finally {
    await engine.close();
  }
}

/** Words of a text, whitespace-split, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter((w) => w.length > 0);
}
