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
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x] === 0) continue;
      const cell = rowBase + Math.floor(x / cellPx);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  const cells = new Uint8Array(cols * rows);
  for (let i = 0; i < cells.length; i++) cells[i] = (counts[i] ?? 0) >= minInk ? 1 : 0;
  return { cellPx, cols, rows, cells };
}
