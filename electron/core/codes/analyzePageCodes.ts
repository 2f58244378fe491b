import { extractRaw, type RawImage } from '../imaging';
import { inkThreshold, patchCodeOnLuma, toLuma } from './detectPatchCode';
import { readPageCodes, shiftBox } from './pageReads';
import { readBarcodes } from './readBarcodes';
import { shrinkTo } from './shrink';
import { SEPARATOR_PREFIX, type FoundCode, type PageCodes, type PatchCode } from './types';

/** Barcodes and patch codes are looked for on a copy at this resolution (guide §6: all symbols read, 4× faster). */
export const CODES_DPI = 150;
/** Patch codes that end a document: T and 2 (Kodak), and 3 (batch) which this version treats like T. */
const SEPARATING_PATCHES: ReadonlySet<PatchCode> = new Set<PatchCode>(['T', '2', '3']);
/**
 * QR codes too small for 150 dpi (≈ 1 cm) are retried at full resolution; DataMatrix would triple the cost. QR
 * finders are orientation-free and a small printed QR is dark on light: zxing's turned, inverted and downscaled
 * passes would only double the cost.
 */
const RETRY_PASS = { formats: ['QRCode', 'MicroQRCode'], tryHarder: true, tryRotate: false, tryInvert: false, tryDownscale: false };

async function downsample(image: RawImage, dpi: number): Promise<{ image: RawImage; dpi: number }> {
  if (dpi <= CODES_DPI) return { image, dpi };
  const small = await shrinkTo(image, dpi, CODES_DPI);
  return { image: small, dpi: (dpi * small.width) / image.width };
}

/** Full resolution on the top-right, then top-left corner (a third of the page high, half of it wide, overlapping). */
async function retryCorners(image: RawImage): Promise<FoundCode[]> {
  const width = Math.round(image.width * 0.55);
  const height = Math.round(image.height * 0.35);
  for (const left of [image.width - width, 0]) {
    const found = await readBarcodes(extractRaw(image, { left, top: 0, width, height }), RETRY_PASS);
    if (found.length > 0) return found.map((c) => shiftBox(c, 1, left, 0));
  }
  return [];
}

function separatorOf(codes: FoundCode[], patch: PatchCode | null): PageCodes['separator'] {
  const sheetCode = codes.find((c) => c.text === SEPARATOR_PREFIX || c.text.startsWith(`${SEPARATOR_PREFIX}:`));
  const value = sheetCode?.text.slice(SEPARATOR_PREFIX.length + 1);
  const withValue = value ? { value } : {};
  if (patch && SEPARATING_PATCHES.has(patch)) return { via: 'patch', ...withValue };
  if (sheetCode) return { via: 'sheet-qr', ...withValue };
  return null;
}

/**
 * Everything the separation rules need from one page: the barcodes (boxes in the input's pixels), the patch code,
 * and whether it is a separator sheet. Reads a ≤ 150-dpi copy; when nothing is found on a higher-resolution page,
 * small QR codes are retried at full resolution on the two top corners (where forms print them), unless the page
 * is empty.
 */
export async function analyzePageCodes(grey: RawImage, dpi: number, opts: { retrySmallQr?: boolean } = {}): Promise<PageCodes> {
  const small = await downsample(grey, dpi);
  const luma = toLuma(small.image);
  const work: RawImage = { ...small.image, data: Buffer.from(luma.buffer, luma.byteOffset, luma.byteLength), channels: 1 };
  const { threshold, contrast } = inkThreshold(work.data);
  const patch = contrast ? patchCodeOnLuma(work.data, threshold, work.width, work.height, small.dpi) : null;
  const factor = grey.width / work.width;
  let codes = (await readPageCodes(work, threshold, small.dpi)).map((c) => shiftBox(c, factor));
  // Callers that only need separator sheets (150-dpi QR and patch) skip the retry.
  if ((opts.retrySmallQr ?? true) && codes.length === 0 && small.image !== grey && contrast) codes = await retryCorners(grey);
  return { codes, patch, separator: separatorOf(codes, patch) };
}
