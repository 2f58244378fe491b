import { extractRaw, type RawImage } from '../imaging';
import { findCodeRegions, type Region } from './codeRegions';
import { readBarcodes, type ReadBarcodesOptions } from './readBarcodes';
import type { FoundCode } from './types';

/**
 * How zxing is run on a page (the working copy, ≤ 150 dpi). One read with every format and every pass costs
 * ~120 ms on a whole A4 text page; most of it is the turned, inverted and downscaled passes finding nothing.
 * So: a cheap whole-page read of QR and upright linear codes (the common cases, and QR codes too small for the
 * region test), then the full read only on the regions where codeRegions.ts saw bars.
 */
const CHEAP_PASS: ReadBarcodesOptions = { formats: ['QRCode', 'AllLinear'], tryHarder: true, tryRotate: false, tryInvert: false, tryDownscale: false };
const FULL_PASS: ReadBarcodesOptions = { tryHarder: true };
/** Above this share of the page in regions, one full read of the whole page is cheaper than the crops. */
const WHOLE_PAGE_SHARE = 0.6;

export function shiftBox(code: FoundCode, factor: number, dx = 0, dy = 0): FoundCode {
  const { x, y, width, height } = code.box;
  return { ...code, box: { x: Math.round((x + dx) * factor), y: Math.round((y + dy) * factor), width: Math.round(width * factor), height: Math.round(height * factor) } };
}

function sameSymbol(a: FoundCode, b: FoundCode): boolean {
  if (a.format !== b.format || a.text !== b.text) return false;
  const ab = a.box;
  const bb = b.box;
  return ab.x < bb.x + bb.width && bb.x < ab.x + ab.width && ab.y < bb.y + bb.height && bb.y < ab.y + ab.height;
}

/** Codes of `more` not already in `codes` (the same symbol read twice by overlapping reads). */
function addNew(codes: FoundCode[], more: FoundCode[]): FoundCode[] {
  const out = [...codes];
  for (const c of more) if (!out.some((o) => sameSymbol(o, c))) out.push(c);
  return out;
}

async function readRegions(image: RawImage, regions: Region[]): Promise<FoundCode[]> {
  let codes: FoundCode[] = [];
  for (const r of regions) {
    const found = await readBarcodes(extractRaw(image, { left: r.x, top: r.y, width: r.width, height: r.height }), FULL_PASS);
    codes = addNew(codes, found.map((c) => shiftBox(c, 1, r.x, r.y)));
  }
  return codes;
}

/** Every code on the working copy, one grey channel (boxes in its pixels); luma ≤ threshold is ink (Otsu). */
export async function readPageCodes(image: RawImage, threshold: number, dpi: number): Promise<FoundCode[]> {
  const regions = findCodeRegions(image.data, threshold, image.width, image.height, dpi);
  const share = regions.reduce((sum, r) => sum + r.width * r.height, 0) / (image.width * image.height);
  if (share >= WHOLE_PAGE_SHARE) return readBarcodes(image, FULL_PASS);
  const cheap = await readBarcodes(image, CHEAP_PASS);
  return addNew(cheap, await readRegions(image, regions));
}
