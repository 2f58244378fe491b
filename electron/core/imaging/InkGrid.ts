/**
 * Where the ink is on a page, coarsely: the page cut into square cells of `cellPx` pixels, 1 where the cell holds
 * ink after despeckling. The OCR coverage check compares it with the union of recognised word boxes, so a page
 * whose text Tesseract silently dropped (guide §2) is re-run or flagged.
 */
export interface InkGrid {
  cellPx: number;
  cols: number;
  rows: number;
  /** row-major, cols × rows, 0 or 1 */
  cells: Uint8Array;
}

/** Builds the grid from a 1-channel ink mask (non-zero = ink), counting a cell as ink at `minInk` pixels or more. */
export function inkGridFromMask(mask: Uint8Array, width: number, height: number, cellPx: number, minInk = 4): InkGrid {
  const cols = Math.ceil(width / cellPx);
  const rows = Math.ceil(height / cellPx);
  const counts = new Uint32Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const rowBase = Math.floor(y / cellPx) * cols;
    const base = y * width;
    for (let col = 0, x = 0; col < cols; col++) {
      const end = Math.min(width, x + cellPx);
      let n = 0;
      for (; x < end; x++) if (mask[base + x] !== 0) n++;
      if (n > 0) counts[rowBase + col]! += n;
    }
  }
  return gridFromCounts(counts, cellPx, cols, rows, minInk);
}

/** Horizontal runs of ink (row, first column, one past the last), as found by connected-component labelling. */
export interface InkRuns {
  row: Int32Array;
  start: Int32Array;
  end: Int32Array;
  count: number;
}

/** The same grid from runs of ink: cheaper than reading every pixel again when the runs are at hand. */
export function inkGridFromRuns(runs: InkRuns, width: number, height: number, cellPx: number, minInk = 4): InkGrid {
  const cols = Math.ceil(width / cellPx);
  const rows = Math.ceil(height / cellPx);
  const counts = new Uint32Array(cols * rows);
  for (let i = 0; i < runs.count; i++) {
    const rowBase = Math.floor(runs.row[i]! / cellPx) * cols;
    const end = runs.end[i]!;
    for (let x = runs.start[i]!; x < end;) {
      const col = Math.floor(x / cellPx);
      const next = Math.min(end, (col + 1) * cellPx);
      counts[rowBase + col]! += next - x;
      x = next;
    }
  }
  return gridFromCounts(counts, cellPx, cols, rows, minInk);
}

/** A cell holds ink at `minInk` counted pixels or more. */
function gridFromCounts(counts: Uint32Array, cellPx: number, cols: number, rows: number, minInk: number): InkGrid {
  const cells = new Uint8Array(cols * rows);
  for (let i = 0; i < cells.length; i++) cells[i] = (counts[i] ?? 0) >= minInk ? 1 : 0;
  return { cellPx, cols, rows, cells };
}
