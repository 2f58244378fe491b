/**
 * Generated page images. Each page carries its number twice: as N black bars in a band near the top (machine
 * readable, see readPageNumber) and as "Trang N" text (for humans looking at artifacts). Images are cached per
 * (page, size, mode, format) because a test suite asks for the same few pages over and over.
 */
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { setJpegDpi, setPngDpi } from './density.js';
import type { EsclColorMode, EsclFormat } from './types.js';

export interface PageRequest {
  page: number;
  width: number;
  height: number;
  dpi: number;
  colorMode: EsclColorMode;
  format: EsclFormat;
}

export interface PageImage {
  body: Buffer;
  contentType: EsclFormat;
  width: number;
  height: number;
  bytesPerLine: number;
}

/** Geometry of the bar band, as fractions of the page, shared by the writer and readPageNumber(). */
const BAND = { x0: 0.08, x1: 0.92, y0: 0.04, y1: 0.1, probeY: 0.07 } as const;
const MAX_CACHE = 64;
const cache = new Map<string, Promise<PageImage>>();

function barWidth(width: number): number {
  return Math.max(2, Math.round(width / 150));
}

function drawBars(raw: Buffer, width: number, height: number, channels: number, page: number): void {
  const bw = barWidth(width);
  const x0 = Math.round(width * BAND.x0);
  const xMax = Math.round(width * BAND.x1);
  const y0 = Math.round(height * BAND.y0);
  const y1 = Math.round(height * BAND.y1);
  for (let y = y0; y < y1; y++) {
    const row = y * width * channels;
    for (let i = 0; i < page; i++) {
      const start = x0 + i * 2 * bw;
      if (start + bw > xMax) break; // more bars than fit: the text still tells the page
      raw.fill(0, row + start * channels, row + (start + bw) * channels);
    }
  }
}

/** A coloured stripe down the left margin, its hue depending on the page, so colour pages differ in colour too. */
function drawStripe(raw: Buffer, width: number, height: number, page: number): void {
  const rgb = [[200, 40, 40], [40, 160, 40], [40, 40, 200], [200, 160, 0]][page % 4] ?? [0, 0, 0];
  const stripe = Math.max(2, Math.round(width * 0.03));
  const px = Buffer.alloc(stripe * 3);
  for (let x = 0; x < stripe; x++) px.set(rgb, x * 3);
  for (let y = 0; y < height; y++) px.copy(raw, y * width * 3);
}

/**
 * "Trang N" rendered once as a small grey raster and blitted into the page: compositing an SVG over a full
 * 300 dpi page made sharp convert the whole page to RGBA and tripled the time.
 */
async function drawText(raw: Buffer, width: number, height: number, channels: number, page: number): Promise<void> {
  const w = Math.max(8, Math.round(width * 0.6));
  const h = Math.max(8, Math.round(height * 0.05));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/><text x="0" y="${Math.round(h * 0.8)}" font-size="${Math.round(h * 0.8)}" font-family="DejaVu Sans, sans-serif" fill="#000">Trang ${page}</text></svg>`;
  const text = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
  const top = Math.round(height * 0.12);
  const left = Math.round(width * BAND.x0);
  for (let y = 0; y < h && top + y < height; y++) {
    for (let x = 0; x < w && left + x < width; x++) {
      const v = text[y * w + x] ?? 255;
      if (v === 255) continue;
      const at = ((top + y) * width + left + x) * channels;
      for (let c = 0; c < channels; c++) raw[at + c] = v;
    }
  }
}

async function encode(img: sharp.Sharp, req: PageRequest): Promise<Buffer> {
  if (req.format === 'image/png') return setPngDpi(await img.png({ compressionLevel: 1 }).toBuffer(), req.dpi);
  // Huffman optimisation (mozjpeg's default) costs ~3x the encode time for a few per cent of size: not worth it in tests.
  const jpeg = setJpegDpi(await img.jpeg({ quality: 85, optimiseCoding: false }).toBuffer(), req.dpi);
  if (req.format === 'image/jpeg') return jpeg;
  const pdf = await PDFDocument.create();
  const embedded = await pdf.embedJpg(jpeg);
  // Page size in points from the scan resolution, so the PDF has the real paper size.
  const p = pdf.addPage([(req.width * 72) / req.dpi, (req.height * 72) / req.dpi]);
  p.drawImage(embedded, { x: 0, y: 0, width: p.getWidth(), height: p.getHeight() });
  return Buffer.from(await pdf.save());
}

async function generate(req: PageRequest): Promise<PageImage> {
  const channels = req.colorMode === 'RGB24' ? 3 : 1;
  const { width, height } = req;
  const raw = Buffer.alloc(width * height * channels, 255);
  drawBars(raw, width, height, channels, req.page);
  if (channels === 3) drawStripe(raw, width, height, req.page);
  await drawText(raw, width, height, channels, req.page);
  // BlackAndWhite1 is delivered as an 8-bit grey image whose content is black and white (plus anti-aliased text).
  // Without an explicit b-w interpretation sharp writes a one-channel raw page as a 3-channel file.
  const img = sharp(raw, { raw: { width, height, channels } }).toColourspace(channels === 1 ? 'b-w' : 'srgb');
  const body = await encode(img, req);
  return { body, contentType: req.format, width, height, bytesPerLine: width * channels };
}

export function renderPage(req: PageRequest): Promise<PageImage> {
  const key = `${req.page}|${req.width}x${req.height}|${req.dpi}|${req.colorMode}|${req.format}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = generate(req);
    // A failed render must not poison the cache.
    hit.catch(() => cache.delete(key));
    if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
    cache.set(key, hit);
  }
  return hit;
}

/** Reads the page number back from a delivered JPEG/PNG by counting the black bars of the band. */
export async function readPageNumber(image: Buffer | string): Promise<number> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const y = Math.round(info.height * BAND.probeY);
  const row = data.subarray(y * info.width * info.channels, (y + 1) * info.width * info.channels);
  let bars = 0;
  let dark = false;
  const x1 = Math.round(info.width * BAND.x1);
  for (let x = Math.round(info.width * BAND.x0) - 1; x < x1; x++) {
    const isDark = (row[x * info.channels] ?? 255) < 128;
    if (isDark && !dark) bars++;
    dark = isDark;
  }
  return bars;
}
