import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { inkGridFromMask, type InkGrid } from '../../../electron/core/imaging/InkGrid';
import type { TestPageSpec } from '../../support/testPages';

/** A fixed header: the test page does not change when the generator's seeded header choices do. */
export const HEADER = {
  body: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
  title: 'QUYẾT ĐỊNH',
  number: '15/QĐ-UBND',
  date: 'An Bình, ngày 12 tháng 3 năm 2026',
};

/** The OCR test page: fixed header and three paragraphs (~800 characters) or a full page, no skew. */
export function ocrPageSpec(id = 'ocr-engines', dpi: 300 | 200 = 300, paragraphs: number | 'fill' = 3): TestPageSpec {
  return { id, dpi, skewDeg: 0, header: HEADER, ...(paragraphs === 'fill' ? {} : { paragraphs }) };
}

/** Dark pixels (grey < 128) of an encoded image, as a 0/1 mask. */
export async function darkMask(image: Uint8Array): Promise<{ mask: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const mask = new Uint8Array(info.width * info.height);
  for (let i = 0; i < mask.length; i++) mask[i] = (data[i] ?? 255) < 128 ? 1 : 0;
  return { mask, width: info.width, height: info.height };
}

/** The ink grid the pipeline would give recognizePage: 16-px cells (~1.4 mm at 300 dpi). */
export async function inkOf(image: Uint8Array, cellPx = 16): Promise<InkGrid> {
  const { mask, width, height } = await darkMask(image);
  return inkGridFromMask(mask, width, height, cellPx);
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

export const hasTesseractCli = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.split(/\s+/u).includes('vie') ?? false;

/** Folders where a tesseract.js cache file would land: the cwd and the packages' own folders. */
export function traineddataLeftovers(): string[] {
  const require = createRequire(import.meta.url);
  const folders = [
    process.cwd(),
    dirname(require.resolve('tesseract.js/package.json')),
    dirname(require.resolve('@tesseract.js-data/vie/package.json')),
    join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int'),
    join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0'),
  ];
  return folders.flatMap((folder) =>
    existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.traineddata')).map((name) => join(folder, name)) : [],
  );
}

/** One line of Liberation Serif at 300 dpi on white: a page that OCRs in about a second. */
export async function renderLine(text: string): Promise<Buffer> {
  const { data } = await sharp({
    text: { text, fontfile: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', font: 'Liberation Serif 13', dpi: 300 },
  })
    .extractChannel(0)
    .negate()
    .png()
    .toBuffer({ resolveWithObject: true });
  return sharp(data).extend({ top: 60, bottom: 60, left: 80, right: 80, background: '#ffffff' }).png().toBuffer();
}

/** Rejects with `late` unless `promise` settles within `ms` (a bound far below one page's OCR time). */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms))]);
}
