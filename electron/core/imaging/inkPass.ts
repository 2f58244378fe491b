import type { RawImage } from './RawImage';
import { RunList } from './components';
import { toGrey } from './decode';
import { darkRunsOfRow, paperScan, skipInk, skipPaper, type PaperScan } from './paperScan';

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

/** Cells of ~1 mm inside the 1 % margins, for the NAPS2 counts. */
class CellCounter {
  readonly cols: number;
  readonly cells: Uint32Array;
  readonly x0: number;
  readonly y0: number;
  ink = 0;

  constructor(readonly width: number, readonly height: number, readonly cellPx: number) {
    this.cols = Math.ceil(width / cellPx);
    this.cells = new Uint32Array(this.cols * Math.ceil(height / cellPx));
    this.x0 = Math.floor(width * 0.01);
    this.y0 = Math.floor(height * 0.01);
  }

  /** Counts the dark pixels of row `y` (1 % margins left out). */
  row(scan: PaperScan, y: number): void {
    if (y < this.y0 || y >= this.height - this.y0) return;
    const base = y * this.width;
    const end = this.width - this.x0;
    const cellRow = Math.floor(y / this.cellPx) * this.cols;
    let x = skipPaper(scan, base, this.x0, end);
    while (x < end) {
      const stop = skipInk(scan, base, x, end);
      this.ink += stop - x;
      for (let at = x; at < stop;) {
        const col = Math.floor(at / this.cellPx);
        const next = Math.min(stop, (col + 1) * this.cellPx);
        this.cells[cellRow + col]! += next - at;
        at = next;
      }
      x = skipPaper(scan, base, stop, end);
    }
  }

  counts(): BlankCounts {
    const { ink, cells, cols, cellPx, width, height, x0, y0 } = this;
    return { ink, area: (width - 2 * x0) * (height - 2 * y0), cells, cols, rows: cells.length / cols, cellPx };
  }
}

/**
 * One pass over a straightened page for everything that needs every pixel: the grey copy, the runs of ink at
 * `maskLevel` (the ink mask, ready for labelling) and the NAPS2 counts of luma under `blankLevel` (1 % margins
 * ignored). Both scans pass paper four pixels at a time.
 */
export function greyInkPass(image: RawImage, maskLevel: number | null, blankLevel: number, cellPx: number): InkPass {
  const { width, height } = image;
  const grey = toGrey(image).data;
  const counter = new CellCounter(width, height, cellPx);
  // Luma under a fractional level is luma at or below the integer under it.
  const blankScan = paperScan(grey, Math.ceil(blankLevel) - 1);
  const maskScan = maskLevel === null ? null : paperScan(grey, Math.floor(maskLevel));
  const runs = maskLevel === null ? null : new RunList(height);
  for (let y = 0; y < height; y++) {
    counter.row(blankScan, y);
    if (maskScan !== null) darkRunsOfRow(maskScan, y, width, runs!);
  }
  if (runs !== null) runs.rowFirst[height] = runs.count;
  return { grey: { data: grey, width, height, channels: 1 }, runs, counts: counter.counts() };
}
