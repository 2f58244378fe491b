import sharp from 'sharp';
import type { RawImage } from '../imaging/RawImage';

/** Chroma (max − min of R, G, B) above which a pixel is coloured ink: a red seal, a blue signature or pen note. */
const COLOURED_INK_CHROMA = 35;

/**
 * The grey page the OCR engine reads. On colour pages, coloured ink is turned to paper white first: the text of a
 * round seal and a handwritten signature are not document text, and Tesseract reads them as rows of junk words
 * (measured: 2–6 % CER on pages with a seal, against ~1 % without). Dark, neutral text over a seal stays dark.
 */
export function ocrGrey(image: RawImage, despeckledGrey: RawImage): RawImage {
  if (image.channels !== 3) return despeckledGrey;
  const out = Buffer.from(despeckledGrey.data);
  whitenColouredInk(out, image.data);
  return { ...despeckledGrey, data: out };
}

function whitenColouredInk(out: Buffer, rgb: Buffer): void {
  for (let i = 0, p = 0; i < out.length; i++, p += 3) {
    const r = rgb[p] ?? 0;
    const g = rgb[p + 1] ?? 0;
    const b = rgb[p + 2] ?? 0;
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    if (chroma > COLOURED_INK_CHROMA) out[i] = 255;
  }
}

/** Lossless and quick (zlib level 1): OCR must see exactly these pixels, and sharp cannot read raw PGM. */
export function ocrPng(grey: RawImage): Promise<Buffer> {
  // No withMetadata(): with it sharp writes grey as 3-channel sRGB (3× the bytes to encode and decode). The engines
  // get the resolution as a parameter, not from the file.
  return sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .toColourspace('b-w').png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer();
}
