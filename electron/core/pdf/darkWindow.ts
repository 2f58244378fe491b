import type { RawImage } from '../imaging/RawImage';

/**
 * The dark pixels around each dark pixel of an RGB page, for `neutralInk`: per-column sums of the dark pixels of
 * rows y−r…y+r (R, G, B, count interleaved: one cache line per column), slid down a row at a time, and along a row
 * a running sum of those columns over x−r…x+r, slid right from one dark pixel to the next (text is runs of dark
 * pixels: mostly one column in, one out). The dark columns of the window's rows are kept in a ring of `2r + 1`
 * lists, so taking a row out costs only its dark pixels. Luma is computed as a row enters and never stored.
 */

const LOW7 = 0x7f7f7f7f;
const HIGH = 0x80808080 | 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function pageWords(image: RawImage): Uint32Array | null {
  const { data, width, height } = image;
  if (!LITTLE_ENDIAN || image.channels !== 3 || width % 4 !== 0 || data.byteOffset % 4 !== 0) return null;
  return new Uint32Array(data.buffer, data.byteOffset, (width * height * 3) >> 2);
}

export interface DarkRow {
  columns: Int32Array;
  luma: Uint8Array;
  length: number;
}

export class DarkWindow {
  private readonly cols: Int32Array;
  private readonly ring: DarkRow[];
  /** Dark when 299 R + 587 G + 114 B < this: the same as the rounded Rec. 601 luma < threshold, without dividing. */
  private readonly weightedLimit: number;
  /** The page as 32-bit words (little-endian, rows 4-aligned) for the paper test of `addRow`, else null. */
  private readonly words: Uint32Array | null;
  private readonly quadAdd: number;
  private row = -1;
  // The running sum along the current row: columns lo…hi.
  private lo = 0;
  private hi = -1;
  private readonly sums = new Int32Array(4);

  constructor(private readonly image: RawImage, threshold: number, private readonly radius: number, private readonly maxChroma: number) {
    this.cols = new Int32Array(image.width * 4);
    this.ring = Array.from({ length: 2 * radius + 1 }, () => ({ columns: new Int32Array(image.width), luma: new Uint8Array(image.width), length: 0 }));
    this.weightedLimit = 1000 * threshold - 500;
    this.words = pageWords(image);
    this.quadAdd = (128 - Math.min(127, Math.max(0, threshold - 128))) * 0x01010101;
    for (let y = 0; y < Math.min(radius, image.height); y++) this.addRow(y);
  }

  /** Advances to row `y` (called with y = 0, 1, 2, … in order); returns that row's dark columns. */
  moveTo(y: number): DarkRow {
    for (let next = this.row + 1; next <= y; next++) {
      if (next - this.radius - 1 >= 0) this.removeRow(next - this.radius - 1);
      if (next + this.radius < this.image.height) this.addRow(next + this.radius);
    }
    this.row = y;
    this.lo = 0;
    this.hi = -1;
    this.sums.fill(0);
    return this.ring[y % this.ring.length]!;
  }

  /**
   * Whether the mean colour of the dark pixels in the window centred on (x, current row) has a chroma (max − min
   * channel) of at most `maxChroma`. Called with ascending x along the row.
   */
  isNeutral(x: number): boolean {
    const { cols, sums } = this;
    const lo = x > this.radius ? x - this.radius : 0;
    const hi = x + this.radius < this.image.width ? x + this.radius : this.image.width - 1;
    if (lo > this.hi) {
      sums.fill(0);
      this.lo = lo;
      this.hi = lo - 1;
    }
    for (; this.lo < lo; this.lo++) {
      const k = this.lo * 4;
      sums[0]! -= cols[k]!;
      sums[1]! -= cols[k + 1]!;
      sums[2]! -= cols[k + 2]!;
      sums[3]! -= cols[k + 3]!;
    }
    while (this.hi < hi) {
      const k = ++this.hi * 4;
      sums[0]! += cols[k]!;
      sums[1]! += cols[k + 1]!;
      sums[2]! += cols[k + 2]!;
      sums[3]! += cols[k + 3]!;
    }
    const r = sums[0]!;
    const g = sums[1]!;
    const b = sums[2]!;
    const n = sums[3]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    return max - min <= this.maxChroma * n;
  }

  private addRow(y: number): void {
    const dark = this.ring[y % this.ring.length]!;
    dark.length = 0;
    const words = this.words;
    if (words === null) return this.addPixels(y, 0, this.image.width, dark);
    // Four pixels (three words) at a time: where all 12 bytes are ≥ the threshold, no pixel can be dark (luma is
    // a weighted mean), and paper is most of a page. Per byte, b ≥ t ⇔ high bit set and (b & 0x7F) + (256 − t)
    // carries into bit 7 (t > 128); the lanes never overflow into each other.
    const add = this.quadAdd;
    const quads = this.image.width >> 2;
    for (let q = 0, w = (y * this.image.width * 3) >> 2; q < quads; q++, w += 3) {
      const w0 = words[w]!;
      const w1 = words[w + 1]!;
      const w2 = words[w + 2]!;
      const high = w0 & w1 & w2 & ((w0 & LOW7) + add) & ((w1 & LOW7) + add) & ((w2 & LOW7) + add) & HIGH;
      if (high !== HIGH) this.addPixels(y, q * 4, q * 4 + 4, dark);
    }
  }

  /** Lists the dark pixels of columns from…to − 1 of row y and adds them to the column sums. */
  private addPixels(y: number, from: number, to: number, dark: DarkRow): void {
    const data = this.image.data;
    const { weightedLimit, cols } = this;
    let n = dark.length;
    for (let x = from, p = (y * this.image.width + from) * 3; x < to; x++, p += 3) {
      const r = data[p]!;
      const g = data[p + 1]!;
      const b = data[p + 2]!;
      const weighted = 299 * r + 587 * g + 114 * b;
      if (weighted >= weightedLimit) continue;
      dark.luma[n] = (weighted + 500) / 1000;
      dark.columns[n++] = x;
      cols[x * 4]! += r;
      cols[x * 4 + 1]! += g;
      cols[x * 4 + 2]! += b;
      cols[x * 4 + 3]! += 1;
    }
    dark.length = n;
  }

  private removeRow(y: number): void {
    const { data, width } = this.image;
    const { cols } = this;
    const dark = this.ring[y % this.ring.length]!;
    for (let k = 0; k < dark.length; k++) {
      const x = dark.columns[k]!;
      const p = (y * width + x) * 3;
      cols[x * 4]! -= data[p]!;
      cols[x * 4 + 1]! -= data[p + 1]!;
      cols[x * 4 + 2]! -= data[p + 2]!;
      cols[x * 4 + 3]! -= 1;
    }
    dark.length = 0;
  }
}
