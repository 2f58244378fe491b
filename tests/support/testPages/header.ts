import { MOTTO, NATION } from './corpus';
import { blit, renderText, type Coverage } from './textBlock';

export interface HeaderSpec {
  /** Without "Số: ", e.g. "123/QĐ-UBND". */
  number: string;
  /** The whole place-and-date line, e.g. "Hà Nội, ngày 15 tháng 3 năm 2026". */
  date: string;
  /** Issuing body, upper case; "\n" separates its printed lines (e.g. "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH"). */
  body: string;
  title: string;
}

interface Cell {
  text: string;
  bold: boolean;
  pt: number;
}

export interface HeaderFrame {
  left: number;
  width: number;
  leftColumn: number;
  top: number;
}

const ROW_PITCH = 68;
const MIN_PT = 9;

/** One line, no wrapping; the font shrinks by 0.5 pt steps until the line fits its column. */
async function fitLine(cell: Cell, width: number): Promise<Coverage> {
  for (let pt = cell.pt; ; pt -= 0.5) {
    const block = await renderText(cell.text, { pt, bold: cell.bold });
    if (block.width <= width || pt <= MIN_PT) return block;
  }
}

/**
 * Row of the baseline in a one-line block: the last row still holding ≥ 35 % of the densest row's ink (below it
 * only descenders and dots below). Rendered text is cropped to its ink, so cells are aligned on this, not on tops.
 */
export function baselineOf(block: Coverage): number {
  const counts = new Array<number>(block.height).fill(0);
  for (let y = 0; y < block.height; y++) {
    for (let x = 0; x < block.width; x++) if (block.data[y * block.width + x]! > 127) counts[y]!++;
  }
  const max = Math.max(...counts);
  let baseline = 0;
  counts.forEach((c, y) => {
    if (c >= 0.35 * max) baseline = y;
  });
  return baseline;
}

async function placeCell(canvas: Coverage, cell: Cell, x: number, width: number, baselineY: number): Promise<void> {
  const block = await fitLine(cell, width);
  blit(canvas, block, x + Math.max(0, Math.floor((width - block.width) / 2)), baselineY - baselineOf(block));
}

/**
 * The two-column administrative header as a table whose rows share a baseline (issuing body | nation, motto;
 * "Số: …" | place and date), then the centred bold title. OCR engines read such rows left to right, so each row is
 * one ground-truth line ("left right"). Returns the y below the title.
 */
export async function drawHeader(canvas: Coverage, lines: string[], header: HeaderSpec, frame: HeaderFrame): Promise<number> {
  const left: Array<Cell | null> = header.body.split('\n').map((text) => ({ text, bold: true, pt: 12 }));
  const right: Array<Cell | null> = [
    { text: NATION, bold: true, pt: 12 },
    { text: MOTTO, bold: true, pt: 13 },
  ];
  while (left.length < right.length) left.push(null);
  while (right.length < left.length) right.push(null);
  left.push({ text: `Số: ${header.number}`, bold: false, pt: 12 });
  right.push({ text: header.date, bold: false, pt: 12 });
  const rightWidth = frame.width - frame.leftColumn;
  let baseline = frame.top + 50;
  for (let row = 0; row < left.length; row++) {
    if (row === left.length - 1) baseline += 24; // a little air above the number and date
    const cells = [left[row], right[row]];
    if (cells[0]) await placeCell(canvas, cells[0], frame.left, frame.leftColumn - 20, baseline);
    if (cells[1]) await placeCell(canvas, cells[1], frame.left + frame.leftColumn, rightWidth, baseline);
    lines.push(cells.flatMap((c) => (c ? [c.text] : [])).join(' '));
    baseline += ROW_PITCH;
  }
  baseline += 90;
  await placeCell(canvas, { text: header.title, bold: true, pt: 14 }, frame.left, frame.width, baseline);
  lines.push(header.title);
  return baseline + 70;
}
