import type { RawImage } from '../imaging/RawImage';
import { addPairRow, pairWords } from './cellPairs';
import { BackgroundCells } from './pushPull';

/**
 * The MRC background (guide §5.6): box-averages the pixels not `excluded` (text and its halo) into a `bw × bh`
 * RGB image; cells that were all text take the colour of the smallest block of known pixels around them
 * (push-pull, `BackgroundCells`), so text areas become the paper, tint or seal around them and the JPEG spends
 * nothing on them.
 */
export function fillBackground(image: RawImage, excluded: Uint8Array, bw: number, bh: number): RawImage {
  const builder = new BackgroundBuilder(image, bw, bh);
  for (let y = 0; y < image.height; y++) builder.addRow(y, excluded.subarray(y * image.width, (y + 1) * image.width));
  return builder.finish();
}

/**
 * Per-cell RGB sums and pixel counts of the pixels not excluded, fed a page row at a time (rows in order). Each
 * row is summed cell by cell (in locals over precomputed column ranges, or `addPairRow` at exactly 2:1) into one
 * row of cell accumulators (small, stays in cache) that goes to `BackgroundCells` when the rows move on to the
 * next cell row: no per-pixel division, multiply, `Math.min` or store.
 */
export class BackgroundBuilder {
  private readonly cells: BackgroundCells;
  /** Cell column c covers pixel columns cellEnd[c − 1] … cellEnd[c] − 1 (x · bw / width, floored). */
  private readonly cellEnd: Int32Array;
  private readonly rowSums: Uint32Array;
  private readonly rowCounts: Uint32Array;
  private readonly words: Uint32Array | null;
  private cellRow = 0;

  constructor(private readonly image: RawImage, private readonly bw: number, private readonly bh: number) {
    this.cells = new BackgroundCells(bw, bh);
    this.cellEnd = new Int32Array(bw);
    for (let x = 0; x < image.width; x++) this.cellEnd[Math.min(bw - 1, Math.floor((x * bw) / image.width))] = x + 1;
    for (let c = 1; c < bw; c++) this.cellEnd[c] = Math.max(this.cellEnd[c]!, this.cellEnd[c - 1]!);
    this.rowSums = new Uint32Array(bw * 3);
    this.rowCounts = new Uint32Array(bw);
    this.words = pairWords(image, bw);
  }

  /** Adds page row `y`; `skip`: 1 = excluded (text or halo), null when nothing in the row is. */
  addRow(y: number, skip: Uint8Array | null): void {
    const cy = Math.min(this.bh - 1, Math.floor((y * this.bh) / this.image.height));
    if (cy !== this.cellRow) this.flush(cy);
    if (this.words) addPairRow(this.image.data, this.words, this.image.width, y, skip, this.rowSums, this.rowCounts);
    else addRow(this.image, y, skip, this.cellEnd, this.rowSums, this.rowCounts);
  }

  /** The background, after the page's last row. */
  finish(): RawImage {
    this.flush(this.cellRow);
    return { data: this.cells.fill(), width: this.bw, height: this.bh, channels: 3 };
  }

  private flush(next: number): void {
    this.cells.setRow(this.cellRow, this.rowSums, this.rowCounts);
    this.rowSums.fill(0);
    this.rowCounts.fill(0);
    this.cellRow = next;
  }
}

/** Adds one page row to the row of cell accumulators; separate loops keep the common cases free of tests. */
function addRow(image: RawImage, y: number, skip: Uint8Array | null, cellEnd: Int32Array, rowSums: Uint32Array, rowCounts: Uint32Array): void {
  if (image.channels !== 3) return addGreyRow(image, y, skip, cellEnd, rowSums, rowCounts);
  const data = image.data;
  let p = y * image.width * 3;
  for (let c = 0, x = 0; c < cellEnd.length; c++) {
    const end = cellEnd[c]!;
    let r = 0;
    let g = 0;
    let b = 0;
    let n = 0;
    if (skip === null) {
      n = end - x;
      for (; x < end; x++, p += 3) {
        r += data[p]!;
        g += data[p + 1]!;
        b += data[p + 2]!;
      }
    } else {
      for (; x < end; x++, p += 3) {
        if (skip[x] !== 0) continue;
        r += data[p]!;
        g += data[p + 1]!;
        b += data[p + 2]!;
        n++;
      }
    }
    rowSums[c * 3]! += r;
    rowSums[c * 3 + 1]! += g;
    rowSums[c * 3 + 2]! += b;
    rowCounts[c]! += n;
  }
}

function addGreyRow(image: RawImage, y: number, skip: Uint8Array | null, cellEnd: Int32Array, rowSums: Uint32Array, rowCounts: Uint32Array): void {
  const data = image.data;
  for (let c = 0, x = 0, p = y * image.width; c < cellEnd.length; c++) {
    let v = 0;
    let n = 0;
    for (const end = cellEnd[c]!; x < end; x++, p++) {
      if (skip !== null && skip[x] !== 0) continue;
      v += data[p]!;
      n++;
    }
    rowSums[c * 3]! += v;
    rowSums[c * 3 + 1]! += v;
    rowSums[c * 3 + 2]! += v;
    rowCounts[c]! += n;
  }
}
