import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { inkGridFromMask, type InkGrid } from '../../../electron/core/imaging/InkGrid';
import type { OcrResult } from '../../../electron/core/ocr';
import { cer } from '../../support/cer';

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

/**
 * The generated header is two columns (issuing body | national motto); PSM 3 reads it line by line across both
 * columns, so its reading order differs from the ground truth. Body text (after the title) is scored by CER;
 * header words are checked as a bag.
 */
export function splitAtTitle(text: string, title: string): { header: string; body: string } {
  const at = text.indexOf(title);
  if (at < 0) return { header: text, body: '' };
  return { header: text.slice(0, at), body: text.slice(at + title.length) };
}

export function bodyCer(result: OcrResult, groundTruth: string, title: string): number {
  return cer(splitAtTitle(result.text, title).body, splitAtTitle(groundTruth, title).body);
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
