import type { RawImage } from '../imaging/RawImage';
import type { InkSplit } from './inkThreshold';

/**
 * Which dark pixels are black/grey ink (text for the MRC mask) and which are coloured ink (seals, signatures).
 * A pixel's own chroma is unreliable on scans: sensor noise gives black text 20–40 levels of chroma, and JPEG's
 * 2×2 chroma subsampling bleaches thin blue strokes. So each dark pixel is judged by the mean colour of the dark
 * pixels around it (a `(2r+1)²` window): noise averages out, and a stroke keeps the colour of its own pixels.
 */

/** Mean dark colour whose channels differ by more than this (max − min) is coloured ink. */
export const MAX_NEUTRAL_CHROMA = 40;

/** 0 where a pixel is darker than the threshold and its dark neighbourhood is neutral; 255 elsewhere. */
export function neutralInkMask(image: RawImage, luma: Uint8Array, split: InkSplit, radius: number): Uint8Array {
  const { width, height } = image;
  const mask = new Uint8Array(luma.length).fill(255);
  if (!split.hasInk) return mask;
  const t = split.threshold;
  if (image.channels === 1) {
    for (let i = 0; i < luma.length; i++) if (luma[i]! < t) mask[i] = 0;
    return mask;
  }
  const window = new DarkWindow(image, luma, t, radius);
  for (let y = 0; y < height; y++) {
    window.moveTo(y);
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (luma[i]! < t && window.chromaAt(x) <= MAX_NEUTRAL_CHROMA) mask[i] = 0;
    }
  }
  return mask;
}

/** Per-column sums of the dark pixels of rows y−r…y+r (R, G, B, count), slid down one row at a time. */
class DarkWindow {
  private readonly cols: Int32Array[];
  private row = -1;

  constructor(private readonly image: RawImage, private readonly luma: Uint8Array, private readonly threshold: number, private readonly radius: number) {
    this.cols = [0, 1, 2, 3].map(() => new Int32Array(image.width));
    for (let y = 0; y < Math.min(radius, image.height); y++) this.addRow(y, 1);
  }

  /** Advances to row `y` (called with y = 0, 1, 2, … in order). */
  moveTo(y: number): void {
    for (let next = this.row + 1; next <= y; next++) {
      if (next + this.radius < this.image.height) this.addRow(next + this.radius, 1);
      if (next - this.radius - 1 >= 0) this.addRow(next - this.radius - 1, -1);
    }
    this.row = y;
  }

  /** Chroma of the mean colour of the dark pixels in the window centred on (x, current row). */
  chromaAt(x: number): number {
    const [r, g, b, n] = this.cols as [Int32Array, Int32Array, Int32Array, Int32Array];
    let sr = 0;
    let sg = 0;
    let sb = 0;
    let count = 0;
    const from = Math.max(0, x - this.radius);
    const to = Math.min(this.image.width - 1, x + this.radius);
    for (let k = from; k <= to; k++) {
      sr += r[k]!;
      sg += g[k]!;
      sb += b[k]!;
      count += n[k]!;
    }
    if (count === 0) return 0;
    return (Math.max(sr, sg, sb) - Math.min(sr, sg, sb)) / count;
  }

  private addRow(y: number, sign: number): void {
    const [r, g, b, n] = this.cols as [Int32Array, Int32Array, Int32Array, Int32Array];
    const { data, width } = this.image;
    for (let x = 0, i = y * width, p = i * 3; x < width; x++, i++, p += 3) {
      if (this.luma[i]! >= this.threshold) continue;
      r[x]! += sign * data[p]!;
      g[x]! += sign * data[p + 1]!;
      b[x]! += sign * data[p + 2]!;
      n[x]! += sign;
    }
  }
}
