/**
 * Where on a page a barcode could be, found cheaply on the ink mask so zxing's slow passes (all formats, turned,
 * inverted, downscaled: ~120 ms on a whole A4 page at 150 dpi) run only there. Every symbology zxing reads has a
 * long straight ink run that body text does not: the bars of a linear code and of PDF417's start pattern (≥ 5 mm),
 * DataMatrix's solid L, the sides of a QR finder or of Aztec's bullseye (7 modules). Text strokes stop at about
 * 3.5 mm at 150 dpi (13 pt with stacked diacritics). Rules, frames, logos and seals also qualify: they only cost a
 * read of their surroundings. QR codes too small for this test are read by a separate cheap whole-page pass.
 */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Ink runs at least this long (inch) mark a candidate: above 13–15 pt text with diacritics, below any code. */
export const MIN_RUN_INCH = 0.17;
/**
 * Runs longer than this (inch) are rules, frames and scanner edges: the longest straight part of a printed code is
 * a bar of a tall linear code or PDF417, or the side of a large DataMatrix, all well under 3″.
 */
const MAX_RUN_INCH = 3;
/**
 * A bar is at most this thick (inch): PDF417's widest start bar is 8 modules, Code 128's 4. Thicker ink (a scanner's
 * dark edge, a black band) is not a bar; it would otherwise make the whole page a candidate.
 */
const MAX_BAR_INCH = 0.12;
/** Grid cells of 16 px at the working resolution; the margin added around marked cells (quiet zones, the rest of a symbol). */
const CELL_SHIFT = 4;
const ROW_STEP = 2;
const MARGIN_INCH = 0.4;

/** Where luma ≤ threshold is ink, and the run lengths in pixels. */
interface Ink {
  luma: Uint8Array;
  threshold: number;
  width: number;
  height: number;
  minRun: number;
  maxRun: number;
  /** minRun in sampled rows (vertical runs). */
  minRows: number;
  maxBar: number;
}

/** Ink run through (x, y) along the column is at most `maxBar` long (a horizontal bar, not a band). */
function thinColumn(ink: Ink, x: number, y: number): boolean {
  const { luma, threshold, width, height, maxBar } = ink;
  let n = 1;
  for (let t = y - 1; t >= 0 && luma[t * width + x]! <= threshold && n <= maxBar; t--) n++;
  for (let t = y + 1; t < height && luma[t * width + x]! <= threshold && n <= maxBar; t++) n++;
  return n <= maxBar;
}

/** Is (x, y) ink? Outside the page is paper. */
function inkAt(ink: Ink, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < ink.width && y < ink.height && ink.luma[y * ink.width + x]! <= ink.threshold;
}

/**
 * Does a neighbouring line (one or two pixels aside) carry the ink on past this end for `reach` pixels? A skewed
 * rule breaks into runs that each go on in the next row (or column); a bar, or the L of a DataMatrix, ends square
 * with paper beyond its end on the neighbouring lines too. (sx, sy) steps along the run; (x, y) is just past it.
 */
function continuesAt(ink: Ink, x: number, y: number, sx: number, sy: number, reach: number): boolean {
  for (const side of [-2, -1, 1, 2]) {
    let k = 0;
    while (k < reach && inkAt(ink, x + k * sx + side * sy, y + k * sy + side * sx)) k++;
    if (k >= reach) return true;
  }
  return false;
}

/** Per column: the row where its current vertical ink run started (-1: none) and how many sampled rows were thin. */
interface Columns {
  start: Int32Array;
  thin: Uint16Array;
}

/**
 * The vertical run of column x ended just above row y (paper, or the page's end): marks its cells if it is a bar.
 * Rows where the ink was thick (a bar touching dark modules beside it) do not count, nor do they break the run.
 */
function endVerticalRun(grid: Uint8Array, gw: number, cols: Columns, x: number, y: number, ink: Ink): void {
  const top = cols.start[x]!;
  const rows = cols.thin[x]!;
  cols.start[x] = -1;
  cols.thin[x] = 0;
  if (rows < ink.minRows || y - top > ink.maxRun) return;
  const reach = Math.max(2, (y - top) >> 2);
  if (continuesAt(ink, x, y, 0, 1, reach) && continuesAt(ink, x, top - 1, 0, -1, reach)) return; // a piece of a skewed rule
  const column = x >> CELL_SHIFT;
  for (let cy = top >> CELL_SHIFT; cy <= (y - 1) >> CELL_SHIFT; cy++) grid[cy * gw + column] = 1;
}

/** A horizontal ink run from x to end (exclusive) on row y that is a bar: long enough, not a rule, thin. */
function horizontalBar(ink: Ink, x: number, end: number, y: number): boolean {
  const len = end - x;
  if (len < ink.minRun || len > ink.maxRun) return false;
  const reach = Math.max(2, len >> 2);
  if (continuesAt(ink, end, y, 1, 0, reach) && continuesAt(ink, x - 1, y, -1, 0, reach)) return false; // a piece of a skewed rule
  return [x + (len >> 2), x + (len >> 1), end - 1 - (len >> 2)].some((k) => thinColumn(ink, k, y));
}

/** One sampled row: grows the vertical runs, ends those that stop here, marks horizontal bars. */
function scanRow(ink: Ink, grid: Uint8Array, gw: number, cols: Columns, y: number): void {
  const { luma, threshold, width, maxBar } = ink;
  const row = y * width;
  for (let x = 0; x < width;) {
    if (luma[row + x]! > threshold) {
      if (cols.start[x]! >= 0) endVerticalRun(grid, gw, cols, x, y, ink);
      x++;
      continue;
    }
    let end = x + 1;
    while (end < width && luma[row + end]! <= threshold) end++;
    const thin = end - x <= maxBar;
    for (let k = x; k < end; k++) {
      if (cols.start[k]! < 0) cols.start[k] = y;
      if (thin) cols.thin[k]!++;
    }
    const cellRow = (y >> CELL_SHIFT) * gw;
    if (!thin && horizontalBar(ink, x, end, y)) grid.fill(1, cellRow + (x >> CELL_SHIFT), cellRow + ((end - 1) >> CELL_SHIFT) + 1);
    x = end;
  }
}

/**
 * Marks grid cells holding a bar: a vertical run of minRun..maxRun pixels, thin (≤ maxBar) on at least minRun of
 * its rows, or a horizontal run of minRun..maxRun pixels that is ≤ maxBar thick (checked at three points). Longer
 * runs, and runs that go on aside at both ends (pieces of a skewed line), are rules and frames: a table would
 * otherwise send most of its page to the full read. Every second row is scanned (half the cost; bars are ≥ 2 px
 * thick at 150 dpi, so none is missed).
 */
function markBars(ink: Ink, gw: number): Uint8Array {
  const grid = new Uint8Array(gw * (((ink.height - 1) >> CELL_SHIFT) + 1));
  const cols: Columns = { start: new Int32Array(ink.width).fill(-1), thin: new Uint16Array(ink.width) };
  let y = 0;
  for (; y < ink.height; y += ROW_STEP) scanRow(ink, grid, gw, cols, y);
  for (let x = 0; x < ink.width; x++) if (cols.start[x]! >= 0) endVerticalRun(grid, gw, cols, x, y, ink);
  return grid;
}

/** Flood fill (8-connected) from one marked cell; the group's bounding box in cells. */
function floodGroup(grid: Uint8Array, seen: Uint8Array, gw: number, start: number): Region {
  const gh = grid.length / gw;
  let [x0, y0, x1, y1] = [gw, gh, 0, 0];
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const c = stack.pop()!;
    const cx = c % gw;
    const cy = (c - cx) / gw;
    [x0, y0, x1, y1] = [Math.min(x0, cx), Math.min(y0, cy), Math.max(x1, cx), Math.max(y1, cy)];
    for (let ny = Math.max(0, cy - 1); ny <= Math.min(gh - 1, cy + 1); ny++) {
      for (let nx = Math.max(0, cx - 1); nx <= Math.min(gw - 1, cx + 1); nx++) {
        const n = ny * gw + nx;
        if (grid[n] && !seen[n]) { seen[n] = 1; stack.push(n); }
      }
    }
  }
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** Bounding boxes (in cells) of 8-connected groups of marked cells. */
function cellGroups(grid: Uint8Array, gw: number): Region[] {
  const seen = new Uint8Array(grid.length);
  const groups: Region[] = [];
  for (let c = 0; c < grid.length; c++) if (grid[c] && !seen[c]) groups.push(floodGroup(grid, seen, gw, c));
  return groups;
}

function overlaps(a: Region, b: Region): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Merges overlapping regions whose union is no bigger than the two (a handful of regions per page). */
function mergeOverlapping(regions: Region[]): Region[] {
  const out = [...regions];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      if (!overlaps(out[i]!, out[j]!)) continue;
      const [a, b] = [out[i]!, out[j]!];
      const x = Math.min(a.x, b.x);
      const y = Math.min(a.y, b.y);
      const union = { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
      // An L (a left and a top strip) stays two regions: their bounding box would be the whole page.
      if (union.width * union.height > a.width * a.height + b.width * b.height) continue;
      out[i] = union;
      out.splice(j, 1);
      j = i; // the grown region may now overlap earlier ones
    }
  }
  return out;
}

/** Pixel regions (with margin, clamped to the page) that may hold a barcode; luma ≤ threshold is ink. */
export function findCodeRegions(luma: Uint8Array, threshold: number, width: number, height: number, pageDpi: number): Region[] {
  const dpi = pageDpi > 0 ? pageDpi : 150; // an unknown resolution: assume the working copy's
  const gw = ((width - 1) >> CELL_SHIFT) + 1;
  const minRun = Math.max(4, Math.round(MIN_RUN_INCH * dpi));
  const maxRun = Math.round(MAX_RUN_INCH * dpi);
  const ink: Ink = {
    luma, threshold, width, height, minRun, maxRun, maxBar: Math.max(2, Math.round(MAX_BAR_INCH * dpi)),
    minRows: Math.ceil(minRun / ROW_STEP),
  };
  const grid = markBars(ink, gw);
  const cell = 1 << CELL_SHIFT;
  const margin = Math.round(MARGIN_INCH * dpi);
  const boxes = cellGroups(grid, gw).map((g) => {
    const x = Math.max(0, g.x * cell - margin);
    const y = Math.max(0, g.y * cell - margin);
    return { x, y, width: Math.min(width, (g.x + g.width) * cell + margin) - x, height: Math.min(height, (g.y + g.height) * cell + margin) - y };
  });
  return mergeOverlapping(boxes);
}
