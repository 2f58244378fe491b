import sharp from 'sharp';
import { writeBarcode } from 'zxing-wasm/writer';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { loadZxingWriter } from '../../../electron/core/codes/zxingModules';
import { seededRandom } from '../../support/seededRandom';
import { blit, renderText, type Coverage } from '../../support/testPages/textBlock';

/** Test pages for code recognition, rendered at 300 dpi on A4 (2480 × 3508), and a scanner-like degradation. */
export const A4_300 = { width: 2480, height: 3508 } as const;
const DPI = 300;

export const PARAGRAPH = 'Ủy ban nhân dân xã Vân Nội tiếp nhận hồ sơ đăng ký khai sinh của ông Nguyễn Văn Ánh, '
  + 'sinh ngày 12 tháng 3 năm 1990, thường trú tại thôn Đông, xã Vân Nội, huyện Đông Anh, thành phố Hà Nội. '
  + 'Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh và bản sao căn cước công dân của cha, mẹ; '
  + 'thời hạn giải quyết là trong ngày làm việc, kết quả trả tại Bộ phận Một cửa.';

function blankCoverage(): Coverage {
  return { data: Buffer.alloc(A4_300.width * A4_300.height), ...A4_300 };
}

function coverageToPng(cov: Coverage): Promise<Buffer> {
  const grey = Buffer.alloc(cov.data.length);
  for (let i = 0; i < grey.length; i++) grey[i] = 255 - cov.data[i]!;
  return sharp(grey, { raw: { width: cov.width, height: cov.height, channels: 1 } }).png().toBuffer();
}

function fillCoverage(cov: Coverage, x: number, y: number, w: number, h: number): void {
  for (let row = Math.max(0, Math.round(y)); row < Math.min(cov.height, Math.round(y + h)); row++) {
    cov.data.fill(255, row * cov.width + Math.max(0, Math.round(x)), row * cov.width + Math.min(cov.width, Math.round(x + w)));
  }
}

/** A page of justified Vietnamese prose in Liberation Serif 13 pt, with a bold title. */
export async function textPage(paragraphs = 6): Promise<Buffer> {
  const cov = blankCoverage();
  blit(cov, await renderText('THÔNG BÁO TIẾP NHẬN HỒ SƠ', { pt: 15, bold: true, width: 1900, align: 'centre' }), 290, 240);
  const body = await renderText(Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n'), { pt: 13, width: 1900, justify: true });
  blit(cov, body, 354, 420);
  return coverageToPng(cov);
}

/** A text page with a square QR of `sizeCm` holding `text` (UTF-8) in the top-right corner. */
export async function textPageWithQr(text: string, sizeCm = 2): Promise<Buffer> {
  const cov = blankCoverage();
  blit(cov, await renderText(Array.from({ length: 5 }, () => PARAGRAPH).join('\n'), { pt: 13, width: 1900, justify: true }), 354, 700);
  await loadZxingWriter();
  const qr = await writeBarcode(text, { format: 'QRCode', scale: 1, addQuietZones: false, options: 'ecLevel=M' });
  const modulePx = Math.floor((sizeCm / 2.54) * DPI / qr.symbol.width);
  const left = A4_300.width - 236 - qr.symbol.width * modulePx;
  for (let y = 0; y < qr.symbol.height; y++) {
    for (let x = 0; x < qr.symbol.width; x++) {
      if (qr.symbol.data[y * qr.symbol.width + x] === 0) fillCoverage(cov, left + x * modulePx, 236 + y * modulePx, modulePx, modulePx);
    }
  }
  return coverageToPng(cov);
}

/** A ruled table (thin rules, a thick frame, a shaded header band) with text in the cells: bars that are not patches. */
export async function tablePage(): Promise<Buffer> {
  const cov = blankCoverage();
  const cols = [354, 560, 1100, 1500, 1800, 2126];
  const top = 500;
  const rowHeight = 90;
  const rows = 24;
  fillCoverage(cov, cols[0]!, top, cols.at(-1)! - cols[0]!, rowHeight); // black header band
  for (let r = 0; r <= rows; r++) fillCoverage(cov, cols[0]!, top + r * rowHeight - 2, cols.at(-1)! - cols[0]!, r === 0 || r === rows ? 10 : 4);
  for (const [i, x] of cols.entries()) fillCoverage(cov, x - 3, top, i === 0 || i === cols.length - 1 ? 10 : 5, rows * rowHeight);
  const cell = await renderText('Nguyễn Văn Ánh', { pt: 11 });
  const number = await renderText('000.00.01.H29', { pt: 11 });
  for (let r = 1; r < rows; r++) {
    blit(cov, number, cols[1]! + 20, top + r * rowHeight + 25);
    blit(cov, cell, cols[2]! + 20, top + r * rowHeight + 25);
  }
  return coverageToPng(cov);
}

/** Bars only: a Kodak patch drawn from the standard widths (0.08″ narrow, 0.20″ wide, 0.08″ spaces), 6″ long. */
export async function patchOnlyPage(pattern: string, orientation: 'top' | 'left'): Promise<Buffer> {
  const cov = blankCoverage();
  let offset = 0.3 * DPI;
  for (const bit of pattern) {
    const width = (bit === '1' ? 0.2 : 0.08) * DPI;
    if (orientation === 'top') fillCoverage(cov, (A4_300.width - 6 * DPI) / 2, offset, 6 * DPI, width);
    else fillCoverage(cov, offset, (A4_300.height - 6 * DPI) / 2, width, 6 * DPI);
    offset += width + 0.08 * DPI;
  }
  return coverageToPng(cov);
}

export interface ScanOptions {
  dpi: 300 | 150;
  angleDeg: number;
  seed: number;
}

/**
 * Degrades a clean 300-dpi page like a desk scanner: paper and ink tone, rotation, blur, Gaussian noise (σ 10),
 * JPEG q50; at 150 dpi the page is resized first. Returns the decoded grey pixels the pipeline would see.
 */
export async function scanLike(png: Buffer, opts: ScanOptions): Promise<RawImage> {
  const scale = opts.dpi / DPI;
  const width = Math.round(A4_300.width * scale);
  const height = Math.round(A4_300.height * scale);
  const turned = await sharp(png).greyscale().resize(width, height, { fit: 'fill' }).linear(195 / 255, 40)
    .rotate(opts.angleDeg, { background: { r: 235, g: 235, b: 235 } }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((turned.info.width - width) / 2);
  const top = Math.floor((turned.info.height - height) / 2);
  const blurred = await sharp(turned.data, { raw: { width: turned.info.width, height: turned.info.height, channels: 1 } })
    .extract({ left, top, width, height }).blur(opts.dpi === 300 ? 1 : 0.6).extractChannel(0).raw().toBuffer();
  const rnd = seededRandom(opts.seed);
  for (let i = 0; i < blurred.length; i++) {
    const gauss = Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd()) * 10;
    blurred[i] = Math.max(0, Math.min(255, Math.round(blurred[i]! + gauss)));
  }
  const jpeg = await sharp(blurred, { raw: { width, height, channels: 1 } }).jpeg({ quality: 50 }).toBuffer();
  const { data, info } = await sharp(jpeg).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 1 };
}

/** The pixels of an encoded image as one grey channel. */
export async function decodeGrey(image: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(image).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 1 };
}

/**
 * A text page with one symbol written by zxing at `moduleMm` (linear codes 15 mm tall) near the top-right corner,
 * turned by `angle` degrees (a code printed along the side of a form).
 */
export async function textPageWithSymbol(format: 'DataMatrix' | 'Code128' | 'PDF417' | 'Aztec', text: string, angle: 0 | 90 | 180 | 270, moduleMm: number): Promise<Buffer> {
  await loadZxingWriter();
  const { symbol, error } = await writeBarcode(text, { format, scale: 1, addQuietZones: true });
  if (error) throw new Error(error);
  const px = Math.round((moduleMm / 25.4) * DPI);
  const rows = symbol.height === 1 ? Math.round((15 / 25.4) * DPI) : symbol.height * px;
  const width = symbol.width * px;
  const pixels = Buffer.alloc(width * rows, 255);
  for (let y = 0; y < rows; y++) {
    const sy = symbol.height === 1 ? 0 : Math.floor(y / px);
    for (let x = 0; x < width; x++) if (symbol.data[sy * symbol.width + Math.floor(x / px)] === 0) pixels[y * width + x] = 0;
  }
  const turned = await sharp(pixels, { raw: { width, height: rows, channels: 1 } }).rotate(angle).png().toBuffer();
  return sharp(await textPage(5)).composite([{ input: turned, left: 1500, top: 150 }]).png().toBuffer();
}
