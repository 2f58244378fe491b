import type { RawImage } from './RawImage';
import { RunList } from './components';
import { toGrey } from './decode';
import { paperScan, skipInk, skipPaper, type PaperScan } from './paperScan';

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

/** Cells of ~1 mm inside the 1 % margins, for the NAPS2 counts of luma at or below `level`. */
class CellCounter {
  readonly cols: number;
  readonly cells: Uint32Array;
  readonly x0: number;
  readonly y0: number;
  ink = 0;

  constructor(readonly width: number, readonly height: number, readonly cellPx: number, readonly level: number) {
    this.cols = Math.ceil(width / cellPx);
    this.cells = new Uint32Array(this.cols * Math.ceil(height / cellPx));
    this.x0 = Math.floor(width * 0.01);
    this.y0 = Math.floor(height * 0.01);
  }

  counts(y: number): boolean {
    return y >= this.y0 && y < this.height - this.y0;
  }

  /** Counts a dark stretch of row `y` (margins left out); `all` when every pixel of it is at or below the level. */
  stretch(grey: Uint8Array, y: number, from: number, to: number, all: boolean): void {
    const start = Math.max(from, this.x0);
    const end = Math.min(to, this.width - this.x0);
    const cellRow = Math.floor(y / this.cellPx) * this.cols;
    const base = y * this.width;
    for (let at = start; at < end;) {
      const col = Math.floor(at / this.cellPx);
      const next = Math.min(end, (col + 1) * this.cellPx);
      let n = next - at;
      if (!all) {
        n = 0;
        for (let i = base + at; i < base + next; i++) n += grey[i]! <= this.level ? 1 : 0;
      }
      this.cells[cellRow + col]! += n;
      this.ink += n;
      at = next;
    }
  }

  result(): BlankCounts {
    const { ink, cells, cols, cellPx, width, height, x0, y0 } = this;
    return { ink, area: (width - 2 * x0) * (height - 2 * y0), cells, cols, rows: cells.length / cols, cellPx };
  }
}

/** Appends the runs at or below `level` inside the dark stretch `[from, to)` of row `y`. */
function runsIn(grey: Uint8Array, y: number, width: number, from: number, to: number, level: number, runs: RunList): void {
  const base = y * width;
  let x = from;
  while (x < to) {
    while (x < to && grey[base + x]! > level) x++;
    const start = x;
    while (x < to && grey[base + x]! <= level) x++;
    if (x > start) runs.push(y, start, x);
  }
}

/** One row: its dark stretches (at or below the higher of the two levels) feed the counts and the runs. */
function scanRow(scan: PaperScan, y: number, width: number, counter: CellCounter, maskLevel: number, runs: RunList | null): void {
  const base = y * width;
  const counting = counter.counts(y);
  const allCounted = counter.level >= scan.level;
  const allInk = maskLevel >= scan.level;
  if (runs !== null) runs.rowFirst[y] = runs.count;
  let x = skipPaper(scan, base, 0, width);
  while (x < width) {
    const stop = skipInk(scan, base, x, width);
    if (counting) counter.stretch(scan.grey, y, x, stop, allCounted);
    if (runs !== null) {
      if (allInk) runs.push(y, x, stop);
      else runsIn(scan.grey, y, width, x, stop, maskLevel, runs);
    }
    x = skipPaper(scan, base, stop, width);
  }
}

/**
 * One pass over a straightened page for everything that needs every pixel: the grey copy, the runs of ink at
 * `maskLevel` (the ink mask, ready for labelling) and the NAPS2 counts of luma under `blankLevel` (1 % margins
 * ignored). Paper is passed four pixels at a time; only the dark stretches are looked at pixel by pixel. `knownGrey`
 * is the page's grey copy when the turn already made it (`toGrey` of the same pixels).
 */
export function greyInkPass(image: RawImage, maskLevel: number | null, blankLevel: number, cellPx: number, knownGrey: Buffer | null = null): InkPass {
  const { width, height } = image;
  const grey = knownGrey ?? toGrey(image).data;
  // Luma under a fractional level is luma at or below the integer under it.
  const counter = new CellCounter(width, height, cellPx, Math.ceil(blankLevel) - 1);
  const maskCut = maskLevel === null ? -1 : Math.floor(maskLevel);
  const scan = paperScan(grey, Math.max(counter.level, maskCut));
  const runs = maskLevel === null ? null : new RunList(height);
  for (let y = 0; y < height; y++) scanRow(scan, y, width, counter, maskCut, runs);
  if (runs !== null) runs.rowFirst[height] = runs.count;
  return { grey: { data: grey, width, height, channels: 1 }, runs, counts: counter.result() };
}
