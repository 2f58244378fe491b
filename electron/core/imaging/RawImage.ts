/**
 * Decoded pixels handed between pipeline stages (clean-up → codes → PDF encoding) without re-encoding.
 * Interleaved 8-bit samples, row-major, no padding: `data.length === width * height * channels`.
 */
export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 3;
}

/** How the derived page image is kept and put in the PDF: colour is the default (seals stay red, VN-DG-06/07). */
export type OutputColor = 'color' | 'gray' | 'bw';
