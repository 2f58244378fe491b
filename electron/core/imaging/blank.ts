import type { RawImage } from './RawImage';
import { toGrey } from './decode';
import { greyInkPass, naps2Level, type BlankCounts } from './inkPass';

export interface BlankOptions {
  /** NAPS2 "white threshold" 0–100: ink is luma below 1 + white/100 × 254 (default 70 → below 179) */
  white?: number;
  /** NAPS2 coverage 0–100: blank under coverage/100 × 1 % ink (default 25 → 0.25 %) */
  coverage?: number;
  /** capture resolution, for the size of content; without it an A4 width is assumed */
  dpi?: number;
}

/**
 * Content that keeps a page from being blank even under the NAPS2 coverage: a mark that reaches 12 mm (a short
 * note, a signature, a page number with its line). Dust, specks and punched holes stay under it.
 */
const MIN_CONTENT_MM = 12;
const A4_WIDTH_INCH = 8.27;

/** The group of occupied cells reachable from `start` (up to one empty cell apart); returns its widest extent. */
function groupExtent(occupied: Uint8Array, seen: Uint8Array, cols: number, rows: number, start: number): number {
  const stack = [start];
  seen[start] = 1;
  let minX = cols, maxX = -1, minY = rows, maxY = -1;
  while (stack.length > 0) {
    const at = stack.pop()!;
    const x = at % cols;
    const y = (at - x) / cols;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    for (let ny = Math.max(0, y - 2); ny <= Math.min(rows - 1, y + 2); ny++) {
      for (let nx = Math.max(0, x - 2); nx <= Math.min(cols - 1, x + 2); nx++) {
        const n = ny * cols + nx;
        if (!occupied[n] || seen[n]) continue;
        seen[n] = 1;
        stack.push(n);
      }
    }
  }
  return Math.max(maxX - minX + 1, maxY - minY + 1);
}

/** The widest extent (in cells) of any group of ink cells, joining cells up to one empty cell apart. */
function largestExtent(occupied: Uint8Array, cols: number, rows: number): number {
  const seen = new Uint8Array(occupied.length);
  let widest = 0;
  for (let start = 0; start < occupied.length; start++) {
    if (occupied[start] && !seen[start]) widest = Math.max(widest, groupExtent(occupied, seen, cols, rows, start));
  }
  return widest;
}

/** The verdict from NAPS2 counts: under the coverage and without a mark of 12 mm or more. */
export function blankFromCounts(counts: BlankCounts, coverage: number, dpi: number): { blank: boolean; inkRatio: number } {
  const inkRatio = counts.area > 0 ? counts.ink / counts.area : 0;
  if (inkRatio >= ((coverage / 100) * 0.01)) return { blank: false, inkRatio };
  // A cell is a mark when ink covers a tenth of it: a lone speck of dust does not make one.
  const minInk = Math.max(2, Math.round(counts.cellPx * counts.cellPx * 0.1));
  const occupied = new Uint8Array(counts.cells.length);
  for (let i = 0; i < occupied.length; i++) occupied[i] = counts.cells[i]! >= minInk ? 1 : 0;
  const extentMm = (largestExtent(occupied, counts.cols, counts.rows) * counts.cellPx * 25.4) / dpi;
  return { blank: extentMm < MIN_CONTENT_MM, inkRatio };
}

/**
 * NAPS2's blank-page rule (guide §5.2) on a grey page whose dark scanner edges are already gone: ink is luma below
 * the white threshold, the 1 % margins are ignored, and the page is blank under the coverage. A page under the
 * coverage that still carries a mark of 12 mm or more (a signature, a short note) is not blank.
 */
export function detectBlank(grey: RawImage, opts: BlankOptions = {}): { blank: boolean; inkRatio: number } {
  const dpi = opts.dpi ?? grey.width / A4_WIDTH_INCH;
  const cellPx = Math.max(1, Math.round(dpi / 25.4));
  const page: RawImage = grey.channels === 1 ? grey : toGrey(grey);
  const { counts } = greyInkPass(page, null, naps2Level(opts.white ?? 70), cellPx);
  return blankFromCounts(counts, opts.coverage ?? 25, dpi);
}
