/**
 * The MRC background cells (box means of the known pixels) and the fill of the cells that hold none (all text) by
 * push-pull: known sums are pushed up a pyramid of 2×2 blocks, and each unknown cell pulls (bilinearly) from the
 * level above, itself filled the same way where it had no known pixels. O(cells), unlike growing the known area
 * ring by ring (one pass over the pending cells per ring). A page with no known pixel at all stays white paper.
 * The cells themselves are never stored as sums: each row of them is turned into bytes as it is set, and only the
 * pyramid (¼ of the cells and less) is kept in floating point.
 */

interface Level {
  width: number;
  height: number;
  /** RGB sums, turned into means top-down by `toMeans`. */
  sums: Float64Array;
  counts: Float64Array;
}

export class BackgroundCells {
  private readonly bytes: Buffer;
  /** Cells without known pixels (all text), filled by `fill`: a few per cent of a page, so listed, not flagged. */
  private unknown = new Int32Array(1024);
  private unknownCount = 0;
  private readonly up: Level;

  constructor(private readonly width: number, private readonly height: number) {
    this.bytes = Buffer.alloc(width * height * 3);
    this.up = emptyLevel(Math.ceil(width / 2), Math.ceil(height / 2));
  }

  /** Sets cell row `y` from its RGB sums and pixel counts; two cells (one parent) at a time. */
  setRow(y: number, sums: Uint32Array, counts: Uint32Array): void {
    const { bytes, up } = this;
    const upSums = up.sums;
    for (let x = 0, p = (y >> 1) * up.width; x < this.width; x += 2, p++) {
      let pr = 0;
      let pg = 0;
      let pb = 0;
      let pn = 0;
      for (let k = x, c = y * this.width + x; k < x + 2 && k < this.width; k++, c++) {
        const n = counts[k]!;
        if (n === 0) {
          this.addUnknown(c);
          continue;
        }
        const r = sums[k * 3]!;
        const g = sums[k * 3 + 1]!;
        const b = sums[k * 3 + 2]!;
        const inverse = 1 / n;
        bytes[c * 3] = r * inverse + 0.5;
        bytes[c * 3 + 1] = g * inverse + 0.5;
        bytes[c * 3 + 2] = b * inverse + 0.5;
        pr += r;
        pg += g;
        pb += b;
        pn += n;
      }
      upSums[p * 3]! += pr;
      upSums[p * 3 + 1]! += pg;
      upSums[p * 3 + 2]! += pb;
      up.counts[p]! += pn;
    }
  }

  /** The RGB bytes, unknown cells filled. */
  fill(): Buffer {
    const levels = [this.up];
    for (let level = this.up; level.width > 1 || level.height > 1; ) levels.push((level = pushUp(level)));
    for (let k = levels.length - 1; k >= 0; k--) toMeans(levels[k]!, levels[k + 1]);
    const { bytes, up } = this;
    for (let i = 0; i < this.unknownCount; i++) {
      const c = this.unknown[i]!;
      const x = c % this.width;
      const y = (c - x) / this.width;
      for (let k = 0; k < 3; k++) bytes[c * 3 + k] = pull(up, x, y, k) + 0.5;
    }
    return bytes;
  }

  private addUnknown(cell: number): void {
    if (this.unknownCount === this.unknown.length) {
      const grown = new Int32Array(this.unknown.length * 2);
      grown.set(this.unknown);
      this.unknown = grown;
    }
    this.unknown[this.unknownCount++] = cell;
  }
}

function emptyLevel(width: number, height: number): Level {
  return { width, height, sums: new Float64Array(width * height * 3), counts: new Float64Array(width * height) };
}

/** The next level up: each cell sums its (up to) 2×2 children. */
function pushUp(child: Level): Level {
  const up = emptyLevel(Math.ceil(child.width / 2), Math.ceil(child.height / 2));
  for (let y = 0; y < child.height; y++) {
    const parentRow = (y >> 1) * up.width;
    for (let x = 0, c = y * child.width; x < child.width; x++, c++) {
      const p = parentRow + (x >> 1);
      up.sums[p * 3]! += child.sums[c * 3]!;
      up.sums[p * 3 + 1]! += child.sums[c * 3 + 1]!;
      up.sums[p * 3 + 2]! += child.sums[c * 3 + 2]!;
      up.counts[p]! += child.counts[c]!;
    }
  }
  return up;
}

/** A level's sums become means in place; cells without known pixels pull from their parent level (white at the top). */
function toMeans(level: Level, parent: Level | undefined): void {
  const { width, height, sums, counts } = level;
  for (let y = 0; y < height; y++) {
    for (let x = 0, c = y * width; x < width; x++, c++) {
      const n = counts[c]!;
      if (n > 0) {
        sums[c * 3]! /= n;
        sums[c * 3 + 1]! /= n;
        sums[c * 3 + 2]! /= n;
      } else {
        for (let k = 0; k < 3; k++) sums[c * 3 + k] = parent ? pull(parent, x, y, k) : 255;
      }
    }
  }
}

/**
 * Channel `k` of the (already filled) parent level at child cell (x, y), bilinear: child centres lie at parent
 * coordinates x/2 − 1/4, so the nearer parent weighs ¾ and the next one ¼ on each axis. Smoother than taking the
 * parent as is (no 2ᵏ-pixel blocks where text crosses a seal or a tint).
 */
function pull(parent: Level, x: number, y: number, k: number): number {
  const x0 = (x >> 1) - 1 + (x & 1);
  const y0 = (y >> 1) - 1 + (y & 1);
  const wx = x & 1 ? 0.75 : 0.25; // weight of column x0
  const wy = y & 1 ? 0.75 : 0.25;
  const cx0 = x0 < 0 ? 0 : x0;
  const cx1 = x0 + 1 < parent.width ? x0 + 1 : parent.width - 1;
  const cy0 = y0 < 0 ? 0 : y0;
  const cy1 = y0 + 1 < parent.height ? y0 + 1 : parent.height - 1;
  const v = parent.sums;
  const top = wx * v[(cy0 * parent.width + cx0) * 3 + k]! + (1 - wx) * v[(cy0 * parent.width + cx1) * 3 + k]!;
  const bottom = wx * v[(cy1 * parent.width + cx0) * 3 + k]! + (1 - wx) * v[(cy1 * parent.width + cx1) * 3 + k]!;
  return wy * top + (1 - wy) * bottom;
}
