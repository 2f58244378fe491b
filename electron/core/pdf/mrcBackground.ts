import type { RawImage } from '../imaging/RawImage';
import { addPairRow, pairWords } from './cellPairs';
import { BackgroundCells } from './pushPull';

/**
 * The MRC background (guide §5.6): box-averages the pixels not `excluded` (text and its halo) into a `bw × bh`
 * RGB image; cells that were all text take the colour of the coarsest-needed block of known pixels around them
 * (push-pull, `BackgroundCells`), so text areas become the paper, tint or seal around them and the JPEG spends nothing on them.
 */
export function fillBackground(image: RawImage, excluded: ExcludedRows, bw: number, bh: number): RawImage {
  const cells = new BackgroundCells(bw, bh);
  cellSums(image, excluded, cells, bw, bh);
  return { data: cells.fill(), width: bw, height: bh, channels: 3 };
}

/** Row `y` of the excluded pixels (1 = text or halo; asked for in order 0, 1, 2, …), null when the row has none. */
export type ExcludedRows = (y: number) => Uint8Array | null;

/** `ExcludedRows` of a whole-page array (1 = excluded). */
export function excludedRowsOf(excluded: Uint8Array, width: number): ExcludedRows {
  return (y) => excluded.subarray(y * width, (y + 1) * width);
}

/**
 * Per-cell RGB sums and pixel counts of the pixels not excluded, a row of cells at a time into `cells`. Each page
 * row is summed cell by cell (in locals over precomputed column ranges, or `addPairRow` at exactly 2:1) into one
 * row of cell accumulators (small, stays in cache) that is flushed when the rows move on to the next cell row: no
 * per-pixel division, multiply, `Math.min` or store.
 */
function cellSums(image: RawImage, excluded: ExcludedRows, cells: BackgroundCells, bw: number, bh: number): void {
  const { width, height } = image;
  // Cell column c covers pixel columns cellEnd[c − 1] … cellEnd[c] − 1 (x · bw / width, floored).
  const cellEnd = new Int32Array(bw);
  for (let x = 0; x < width; x++) cellEnd[Math.min(bw - 1, Math.floor((x * bw) / width))] = x + 1;
  for (let c = 1; c < bw; c++) cellEnd[c] = Math.max(cellEnd[c]!, cellEnd[c - 1]!);
  const rowSums = new Uint32Array(bw * 3);
  const rowCounts = new Uint32Array(bw);
  const words = pairWords(image, bw);
  let cellRow = 0;
  for (let y = 0; y < height; y++) {
    const cy = Math.min(bh - 1, Math.floor((y * bh) / height));
    if (cy !== cellRow) {
      flushRow(rowSums, rowCounts, cells, cellRow);
      cellRow = cy;
    }
    if (words) addPairRow(image.data, words, width, y, excluded(y), rowSums, rowCounts);
    else addRow(image, y, excluded(y), cellEnd, rowSums, rowCounts);
  }
  flushRow(rowSums, rowCounts, cells, cellRow);
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
    rowSums[c * 3] += r;
    rowSums[c * 3 + 1] += g;
    rowSums[c * 3 + 2] += b;
    rowCounts[c] += n;
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
    rowSums[c * 3] += v;
    rowSums[c * 3 + 1] += v;
    rowSums[c * 3 + 2] += v;
    rowCounts[c] += n;
  }
}

function flushRow(rowSums: Uint32Array, rowCounts: Uint32Array, cells: BackgroundCells, cellRow: number): void {
  cells.setRow(cellRow, rowSums, rowCounts);
  rowSums.fill(0);
  rowCounts.fill(0);
}
