import type { RawImage } from './RawImage';
import { RunList } from './components';

/** NAPS2's ink counts: ink pixels inside the 1 % margins, the area looked at, and ink per ~1 mm cell. */
export interface BlankCounts {
  ink: number;
  area: number;
  cells: Uint32Array;
  cols: number;
  rows: number;
  cellPx: number;
}

export interface InkPass {
  grey: RawImage;
  /** runs of grey at or below the mask level, row by row; null when no level was given */
  runs: RunList | null;
  counts: BlankCounts;
}

/** NAPS2's ink level for a "white threshold" 0–100: ink is luma below it. */
export function naps2Level(white: number): number {
  return 1 + (Math.min(100, Math.max(0, white)) / 100) * 254;
}

/** BT.601 luma of one row of an RGB image into `grey[base, base + width)`. */
function lumaRow(rgb: Buffer, grey: Buffer, base: number, width: number): void {
  for (let i = base, j = base * 3, end = base + width; i < end; i++, j += 3) {
    grey[i] = (rgb[j]! * 77 + rgb[j + 1]! * 150 + rgb[j + 2]! * 29 + 128) >> 8;
  }
}

/** Adds the pixels of `grey[base + x0, base + x1)` under `level` to their ~1 mm cells; returns how many there were. */
function countRow(grey: Buffer, base: number, x0: number, x1: number, level: number, cells: Uint32Array, cellRow: number, cellPx: number): number {
  let total = 0;
  for (let x = x0; x < x1;) {
    const end = Math.min(x1, (Math.floor(x / cellPx) + 1) * cellPx);
    let n = 0;
    for (let i = base + x, stop = base + end; i < stop; i++) n += grey[i]! < level ? 1 : 0;
    if (n > 0) cells[cellRow + Math.floor(x / cellPx)]! += n;
    total += n;
    x = end;
  }
  return total;
}

/**
 * The first pixel at or after `x` in the row at or below `level`, or `width`. Paper is skipped four pixels at a
 * time where `words` (the same bytes as 32-bit words) shows no byte at or below the level: a byte b ≤ level is a
 * byte 255 − b > 254 − level, and with `swar` = 127 − (254 − level) in each byte, (v + swar) | v has its high bit
 * set there (the "has a byte greater than n" test, n ≤ 127).
 */
function skipPaper(grey: Uint8Array, words: Uint32Array | null, base: number, x: number, width: number, level: number, swar: number): number {
  if (words !== null) {
    while (x < width && ((base + x) & 3) !== 0 && grey[base + x]! > level) x++;
    while (x + 4 <= width) {
      const v = ~words[(base + x) >> 2]!;
      if ((((v + swar) | v) & 0x80808080) !== 0) break;
      x += 4;
    }
  }
  while (x < width && grey[base + x]! > level) x++;
  return x;
}

/** Appends the runs of `grey[base, base + width)` at or below `level` (row `y`) to `runs`. */
function runsRow(grey: Uint8Array, words: Uint32Array | null, base: number, width: number, level: number, swar: number, runs: RunList, y: number): void {
  let x = skipPaper(grey, words, base, 0, width, level, swar);
  while (x < width) {
    const start = x;
    while (x < width && grey[base + x]! <= level) x++;
    runs.push(y, start, x);
    x = skipPaper(grey, words, base, x, width, level, swar);
  }
}

/** The word view of `grey` for `runsRow` and its per-byte constant, or null where the trick does not apply. */
function wordScan(grey: Uint8Array, level: number): { words: Uint32Array | null; swar: number } {
  const aligned = grey.byteOffset % 4 === 0;
  if (!aligned || level < 127 || level > 254) return { words: null, swar: 0 };
  return { words: new Uint32Array(grey.buffer, grey.byteOffset, grey.byteLength >> 2), swar: Math.imul(0x01010101, level - 127) | 0 };
}

/**
 * One pass over a straightened page for everything that needs every pixel: the grey copy, the runs of ink at
 * `maskLevel` (the ink mask, ready for labelling) and the NAPS2 counts at `blankLevel` (1 % margins ignored). Each
 * row is read while it is still in cache, so a 300-dpi page is read from memory once.
 */
export function greyInkPass(image: RawImage, maskLevel: number | null, blankLevel: number, cellPx: number): InkPass {
  const { width, height } = image;
  // Allocated alone (not from Node's pool), so its bytes start on a word boundary for `runsRow`.
  const grey = image.channels === 1 ? image.data : Buffer.allocUnsafeSlow(width * height);
  const runs = maskLevel === null ? null : new RunList(height);
  const cols = Math.ceil(width / cellPx);
  const cells = new Uint32Array(cols * Math.ceil(height / cellPx));
  const x0 = Math.floor(width * 0.01);
  const y0 = Math.floor(height * 0.01);
  const level = Math.floor(maskLevel ?? 0);
  const scan = wordScan(grey, level);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const base = y * width;
    if (image.channels === 3) lumaRow(image.data, grey, base, width);
    if (y >= y0 && y < height - y0) ink += countRow(grey, base, x0, width - x0, blankLevel, cells, Math.floor(y / cellPx) * cols, cellPx);
    if (runs !== null) {
      runs.rowFirst[y] = runs.count;
      runsRow(grey, scan.words, base, width, level, scan.swar, runs, y);
    }
  }
  if (runs !== null) runs.rowFirst[height] = runs.count;
  const counts = { ink, area: (width - 2 * x0) * (height - 2 * y0), cells, cols, rows: cells.length / cols, cellPx };
  return { grey: { data: grey, width, height, channels: 1 }, runs, counts };
}
