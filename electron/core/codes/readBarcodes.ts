import { readBarcodes as zxingReadBarcodes, type ReaderOptions, type ReadResult } from 'zxing-wasm/reader';
import { AppError } from '../../shared/errors/AppError';
import type { RawImage } from '../imaging/RawImage';
import type { FoundCode } from './types';
import { loadZxingReader } from './zxingModules';

export interface ReadBarcodesOptions {
  /** zxing format names (`QRCode`, `Code128`, `DataMatrix`, …); every readable format when absent. */
  formats?: string[];
  /** Slower, finds small or damaged symbols; on by default (off missed a 2 cm QR at 150 dpi, guide §6). */
  tryHarder?: boolean;
  maxSymbols?: number;
}

/** zxing reads RGBA pixmaps (it converts them to luma itself). */
function toRgba(image: RawImage): Uint8ClampedArray {
  const { data, width, height, channels } = image;
  const pixels = width * height;
  if (data.length < pixels * channels) throw new AppError('codes/failed', 'Ảnh trang bị hỏng nên không đọc được mã vạch. Hãy quét lại trang.', { details: { width, height, channels, bytes: data.length } });
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0, o = 0, s = 0; i < pixels; i++, o += 4, s += channels) {
    rgba[o] = data[s]!;
    rgba[o + 1] = data[s + (channels === 3 ? 1 : 0)]!;
    rgba[o + 2] = data[s + (channels === 3 ? 2 : 0)]!;
    rgba[o + 3] = 255;
  }
  return rgba;
}

function toFoundCode(r: ReadResult, image: RawImage): FoundCode {
  const points = [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft];
  const xs = points.map((p) => Math.min(Math.max(p.x, 0), image.width));
  const ys = points.map((p) => Math.min(Math.max(p.y, 0), image.height));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { format: r.format, text: r.text, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}

/** Reads every barcode and 2-D code on a page image with zxing-wasm (offline, see zxingModules.ts). */
export async function readBarcodes(image: RawImage, opts: ReadBarcodesOptions = {}): Promise<FoundCode[]> {
  await loadZxingReader();
  const options: ReaderOptions = { tryHarder: opts.tryHarder ?? true };
  if (opts.formats) options.formats = opts.formats as ReaderOptions['formats'];
  if (opts.maxSymbols !== undefined) options.maxNumberOfSymbols = opts.maxSymbols;
  const pixmap = { data: toRgba(image), width: image.width, height: image.height, colorSpace: 'srgb' as const };
  let results: ReadResult[];
  try {
    results = await zxingReadBarcodes(pixmap as unknown as Parameters<typeof zxingReadBarcodes>[0], options);
  } catch (err) {
    throw new AppError('codes/failed', 'Không đọc được mã vạch trên trang. Hãy tách giấy tờ bằng tay.', { details: { formats: opts.formats }, cause: err });
  }
  return results.filter((r) => r.isValid).map((r) => toFoundCode(r, image));
}
