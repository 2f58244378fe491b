import type { RawImage } from '../imaging/RawImage';

/** Chroma (max − min of R, G, B) above which a pixel is coloured ink: a red seal, a blue signature or pen note. */
const COLOURED_INK_CHROMA = 35;

/**
 * The page the OCR engine reads: the clean-up's despeckled ink mask as a 1-bit PBM (P4), black = ink.
 *
 * Why the mask and not the grey page: scan dust is already gone (Tesseract reads it as `. - : "`), Tesseract skips
 * its own thresholding, and the bitmap is 1/8 of the grey bytes to hand over and decode. Measured on the bench
 * pages (tesseract.js, fast `vie`): CER 0.37 → 0.30 % (300 dpi), 0.50 → 0.33 % (200 dpi), 1.1 % on the seal page,
 * and 10–15 % less OCR CPU than the despeckled grey PNG. PBM because Leptonica (in both engines) reads it without
 * a codec: no PNG encode here, no inflate in wasm.
 *
 * On colour pages coloured ink is left out: the text of a round seal and a handwritten signature are not document
 * text, and Tesseract reads them as rows of junk words (measured: 2–6 % CER on pages with a seal, against ~1 %
 * without). Dark, neutral text over a seal stays.
 */
export function ocrBitmap(inkMask: Uint8Array, image: RawImage): Buffer {
  const { width, height } = image;
  const rowBytes = (width + 7) >> 3;
  const header = Buffer.from(`P4\n${width} ${height}\n`, 'latin1');
  // One allocation (not pooled: > 4 KB) so the page thread can transfer it without a copy.
  const out = Buffer.alloc(header.length + rowBytes * height);
  header.copy(out, 0);
  const colour = image.channels === 3 ? image.data : null;
  const words = width % 4 === 0 && inkMask.byteOffset % 4 === 0 ? new Uint32Array(inkMask.buffer, inkMask.byteOffset, inkMask.length >> 2) : null;
  for (let y = 0; y < height; y++) packRow(out, header.length + y * rowBytes, inkMask, y * width, width, colour, words);
  return out;
}

/**
 * Eight mask bytes (0/1) make one bitmap byte; coloured pixels are cleared only where a byte has ink at all. With
 * `words` (rows start on a word boundary) eight pixels of paper are two zero words: most of a page is passed that way.
 */
function packRow(out: Buffer, at: number, mask: Uint8Array, start: number, width: number, rgb: Buffer | null, words: Uint32Array | null): void {
  const whole = width & ~7;
  for (let x = 0; x < whole; x += 8) {
    const i = start + x;
    if (words !== null && (words[i >> 2]! | words[(i >> 2) + 1]!) === 0) continue;
    let byte = (mask[i]! << 7) | (mask[i + 1]! << 6) | (mask[i + 2]! << 5) | (mask[i + 3]! << 4)
      | (mask[i + 4]! << 3) | (mask[i + 5]! << 2) | (mask[i + 6]! << 1) | mask[i + 7]!;
    if (byte !== 0 && rgb !== null) byte = withoutColouredInk(byte, rgb, i * 3);
    out[at + (x >> 3)] = byte;
  }
  for (let x = whole; x < width; x++) {
    const i = start + x;
    if (mask[i] === 1 && (rgb === null || !isColouredInk(rgb, i * 3))) out[at + (x >> 3)]! |= 0x80 >> (x & 7);
  }
}

function withoutColouredInk(byte: number, rgb: Buffer, p: number): number {
  let kept = byte;
  for (let bit = 0; bit < 8; bit++) {
    if ((byte & (0x80 >> bit)) !== 0 && isColouredInk(rgb, p + bit * 3)) kept &= ~(0x80 >> bit);
  }
  return kept;
}

function isColouredInk(rgb: Buffer, p: number): boolean {
  const r = rgb[p]!;
  const g = rgb[p + 1]!;
  const b = rgb[p + 2]!;
  return Math.max(r, g, b) - Math.min(r, g, b) > COLOURED_INK_CHROMA;
}
