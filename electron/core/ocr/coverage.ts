import type { InkGrid } from '../imaging/InkGrid';
import type { OcrResult } from './OcrTypes';

/**
 * The fraction (0..1) of ink cells that some recognised word box touches. Tesseract can silently drop most of a
 * page while its mean confidence stays above 90 (guide §2); ink that no word explains is the reliable sign.
 * The grid and the result must share one pixel frame. A page without ink is fully covered (1).
 */
export function coverageOf(result: OcrResult, ink: InkGrid): number {
  const covered = new Uint8Array(ink.cols * ink.rows);
  for (const line of result.lines) {
    for (const { bbox } of line.words) {
      if (bbox.x1 <= 0 || bbox.y1 <= 0 || bbox.x0 >= ink.cols * ink.cellPx || bbox.y0 >= ink.rows * ink.cellPx) continue;
      const c0 = clamp(Math.floor(bbox.x0 / ink.cellPx), ink.cols);
      const c1 = clamp(Math.floor((Math.max(bbox.x1, bbox.x0 + 1) - 1) / ink.cellPx), ink.cols);
      const r0 = clamp(Math.floor(bbox.y0 / ink.cellPx), ink.rows);
      const r1 = clamp(Math.floor((Math.max(bbox.y1, bbox.y0 + 1) - 1) / ink.cellPx), ink.rows);
      for (let r = r0; r <= r1; r++) covered.fill(1, r * ink.cols + c0, r * ink.cols + c1 + 1);
    }
  }
  let inkCells = 0;
  let hit = 0;
  for (let i = 0; i < ink.cells.length; i++) {
    if (ink.cells[i] === 0) continue;
    inkCells += 1;
    if (covered[i] === 1) hit += 1;
  }
  return inkCells === 0 ? 1 : hit / inkCells;
}

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), count - 1);
}
