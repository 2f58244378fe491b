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

/**
 * Marks grid cells holding a bar: a vertical run of ≥ minRun pixels whose horizontal runs are each ≤ maxBar, or a
 * horizontal run of ≥ minRun pixels that is ≤ maxBar thick (checked at three points). One row-major pass over every
 * second row (half the cost; bars are ≥ 2 px thick at 150 dpi, so none is missed), vertical runs counted in rows.
 */
function markBars(ink: Ink, gw: number): Uint8Array {
  const { luma, threshold, width, height, minRun, maxBar } = ink;
  const grid = new Uint8Array(gw * (((height - 1) >> CELL_SHIFT) + 1));
  const down = new Uint16Array(width);
  const minRows = Math.ceil(minRun / ROW_STEP);
  for (let y = 0; y < height; y += ROW_STEP) {
    const row = y * width;
    const cellRow = (y >> CELL_SHIFT) * gw;
    for (let x = 0; x < width;) {
      if (luma[row + x]! > threshold) { down[x++] = 0; continue; }
      let end = x + 1;
      while (end < width && luma[row + end]! <= threshold) end++;
      const len = end - x;
      if (len <= maxBar) {
        for (let k = x; k < end; k++) if (++down[k]! >= minRows) grid[cellRow + (k >> CELL_SHIFT)] = 1;
      } else {
        down.fill(0, x, end);
        const thin = len >= minRun && [x + (len >> 2), x + (len >> 1), end - 1 - (len >> 2)].some((k) => thinColumn(ink, k, y));
        if (thin) grid.fill(1, cellRow + (x >> CELL_SHIFT), cellRow + ((end - 1) >> CELL_SHIFT) + 1);
      }
      x = end;
    }
  }
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
export function findCodeRegions(luma: Uint8Array, threshold: number, width: number, height: number, dpi: number): Region[] {
  const gw = ((width - 1) >> CELL_SHIFT) + 1;
  const ink = { luma, threshold, width, height, minRun: Math.max(4, Math.round(MIN_RUN_INCH * dpi)), maxBar: Math.max(2, Math.round(MAX_BAR_INCH * dpi)) };
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
