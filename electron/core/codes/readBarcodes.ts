import {
  binarizers, characterSets, defaultReaderOptions, eanAddOnSymbols, encodeFormats, textModes,
  type ReaderOptions, type ZXingReaderOptions, type ZXingReadResult,
} from 'zxing-wasm/reader';
import { AppError } from '../../shared/errors/AppError';
import type { RawImage } from '../imaging/RawImage';
import { toLuma } from './detectPatchCode';
import type { FoundCode } from './types';
import { loadZxingReader } from './zxingModules';

export interface ReadBarcodesOptions {
  /** zxing format names (`QRCode`, `Code128`, `DataMatrix`, …); every readable format when absent. */
  formats?: string[];
  /** Slower, finds small or damaged symbols; on by default (off missed a 2 cm QR at 150 dpi, guide §6). */
  tryHarder?: boolean;
  maxSymbols?: number;
  /** zxing's extra passes, each on by default: linear codes turned 90°, light-on-dark codes, a 1/3-size copy. */
  tryRotate?: boolean;
  tryInvert?: boolean;
  tryDownscale?: boolean;
}

/**
 * zxing-wasm's own readBarcodes takes RGBA, which it converts back to luma in JS before copying it into the wasm
 * heap: two passes over the page (~25 ms at 150 dpi, ~100 ms at 300 dpi). The module's readBarcodesFromPixmap
 * takes 8-bit luma, so grey pages are copied in as they are. The options are encoded the way zxing-wasm does.
 */
function zxingOptions(opts: ReadBarcodesOptions): ZXingReaderOptions {
  const o: Required<ReaderOptions> = { ...defaultReaderOptions, tryHarder: opts.tryHarder ?? true };
  if (opts.formats) o.formats = opts.formats as ReaderOptions['formats'] & object;
  if (opts.maxSymbols !== undefined) o.maxNumberOfSymbols = opts.maxSymbols;
  for (const pass of ['tryRotate', 'tryInvert', 'tryDownscale'] as const) o[pass] = opts[pass] ?? o[pass];
  return {
    ...o,
    formats: encodeFormats(o.formats),
    binarizer: binarizers.indexOf(o.binarizer),
    eanAddOnSymbol: eanAddOnSymbols.indexOf(o.eanAddOnSymbol),
    textMode: textModes.indexOf(o.textMode),
    characterSet: characterSets.indexOf(o.characterSet),
  };
}

function checkedLuma(image: RawImage): Uint8Array {
  const { data, width, height, channels } = image;
  if (data.length < width * height * channels) throw new AppError('codes/failed', 'Ảnh trang bị hỏng nên không đọc được mã vạch. Hãy quét lại trang.', { details: { width, height, channels, bytes: data.length } });
  return channels === 1 ? data.subarray(0, width * height) : toLuma(image);
}

function toFoundCode(r: ZXingReadResult, image: RawImage): FoundCode {
  const points = [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft];
  const xs = points.map((p) => Math.min(Math.max(p.x, 0), image.width));
  const ys = points.map((p) => Math.min(Math.max(p.y, 0), image.height));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { format: r.format, text: r.text, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}

/** The Emscripten heap functions every zxing-wasm module has at run time; its typings leave them out. */
interface WasmHeap {
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  HEAPU8: Uint8Array;
}

function withHeap<M extends object>(module: M): M & WasmHeap {
  const heap = module as M & Partial<WasmHeap>;
  if (typeof heap._malloc !== 'function' || typeof heap._free !== 'function' || !(heap.HEAPU8 instanceof Uint8Array)) {
    throw new AppError('codes/failed', 'Bộ đọc mã vạch không dùng được. Hãy cài lại ứng dụng; trong lúc chờ, tách giấy tờ bằng tay.');
  }
  return heap as M & WasmHeap;
}

/** Reads every barcode and 2-D code on a page image with zxing-wasm (offline, see zxingModules.ts). */
export async function readBarcodes(image: RawImage, opts: ReadBarcodesOptions = {}): Promise<FoundCode[]> {
  const zxing = withHeap(await loadZxingReader());
  const luma = checkedLuma(image);
  const results: ZXingReadResult[] = [];
  let ptr = 0;
  try {
    ptr = zxing._malloc(luma.length);
    if (!ptr) throw new Error(`wasm malloc of ${luma.length} bytes failed`);
    zxing.HEAPU8.set(luma, ptr);
    const found = zxing.readBarcodesFromPixmap(ptr, image.width, image.height, zxingOptions(opts));
    for (let i = 0; i < found.size(); i++) results.push(found.get(i)!);
  } catch (err) {
    throw new AppError('codes/failed', 'Không đọc được mã vạch trên trang. Hãy tách giấy tờ bằng tay.', { details: { formats: opts.formats }, cause: err });
  } finally {
    if (ptr) zxing._free(ptr);
  }
  return results.filter((r) => r.isValid).map((r) => toFoundCode(r, image));
}
