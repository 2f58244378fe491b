import type { RawImage } from './RawImage';

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

function inkLevel(white: number): number {
  return 1 + (Math.min(100, Math.max(0, white)) / 100) * 254;
}

/** Ink pixels per ~1 mm cell inside the 1 % margins, and their total. */
function countInk(grey: RawImage, level: number, cellPx: number) {
  const { width, height, data, channels } = grey;
  const x0 = Math.floor(width * 0.01);
  const y0 = Math.floor(height * 0.01);
  const x1 = width - x0;
  const y1 = height - y0;
  const cols = Math.ceil(width / cellPx);
  const rows = Math.ceil(height / cellPx);
  const cells = new Uint32Array(cols * rows);
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    const cellRow = Math.floor(y / cellPx) * cols;
    let at = (y * width + x0) * channels;
    for (let x = x0; x < x1; x++, at += channels) {
      if (data[at]! >= level) continue;
      ink++;
      cells[cellRow + Math.floor(x / cellPx)]! += 1;
    }
  }
  return { ink, area: (x1 - x0) * (y1 - y0), cells, cols, rows };
}

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

/**
 * NAPS2's blank-page rule (guide §5.2) on a grey page whose dark scanner edges are already gone: ink is luma below
 * the white threshold, the 1 % margins are ignored, and the page is blank under the coverage. A page under the
 * coverage that still carries a mark of 12 mm or more (a signature, a short note) is not blank.
 */
export function detectBlank(grey: RawImage, opts: BlankOptions = {}): { blank: boolean; inkRatio: number } {
  const level = inkLevel(opts.white ?? 70);
  const coverage = ((opts.coverage ?? 25) / 100) * 0.01;
  const dpi = opts.dpi ?? grey.width / A4_WIDTH_INCH;
  const cellPx = Math.max(1, Math.round(dpi / 25.4));
  const counted = countInk(grey, level, cellPx);
  const inkRatio = counted.area > 0 ? counted.ink / counted.area : 0;
  if (inkRatio >= coverage) return { blank: false, inkRatio };
  // A cell is a mark when ink covers a tenth of it: a lone speck of dust does not make one.
  const minInk = Math.max(2, Math.round(cellPx * cellPx * 0.1));
  const occupied = new Uint8Array(counted.cells.length);
  for (let i = 0; i < occupied.length; i++) occupied[i] = counted.cells[i]! >= minInk ? 1 : 0;
  const extentMm = (largestExtent(occupied, counted.cols, counted.rows) * cellPx * 25.4) / dpi;
  return { blank: extentMm < MIN_CONTENT_MM, inkRatio };
}
