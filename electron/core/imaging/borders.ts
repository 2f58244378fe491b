import type { RawImage } from './RawImage';
import { histogram } from './otsu';
import { paperLevel } from './workCopy';

/** Depth of the dark band along each side, in pixels of the image it was measured on. */
export interface EdgeBands {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const NO_BANDS: EdgeBands = { left: 0, right: 0, top: 0, bottom: 0 };

/** Reads one line (a column or a row) of the image inward from a side. */
interface LineReader {
  lines: number;
  length: number;
  at(line: number, i: number): number;
}

function reader(image: RawImage, side: keyof EdgeBands): LineReader {
  const { width, height, data } = image;
  switch (side) {
    case 'left': return { lines: width, length: height, at: (l, i) => data[i * width + l]! };
    case 'right': return { lines: width, length: height, at: (l, i) => data[i * width + (width - 1 - l)]! };
    case 'top': return { lines: height, length: width, at: (l, i) => data[l * width + i]! };
    case 'bottom': return { lines: height, length: width, at: (l, i) => data[(height - 1 - l) * width + i]! };
  }
}

function lineStats(r: LineReader, line: number, darkLevel: number): { darkFrac: number; mean: number } {
  let dark = 0;
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const v = r.at(line, i);
    sum += v;
    if (v < darkLevel) dark++;
  }
  return { darkFrac: dark / r.length, mean: sum / r.length };
}

/**
 * How deep a dark band reaches in from one side: lines that are mostly dark (under half the paper's brightness),
 * starting within 2 lines of the edge, then the grey fringe (under 90 % of the paper) next to them. A band that
 * runs on past `maxDepth` is not an edge (a dark photo, a black page) and counts as none.
 */
function bandDepth(r: LineReader, paper: number, maxDepth: number): number {
  let depth = 0;
  for (let line = 0; line < Math.min(r.lines, maxDepth + 1); line++) {
    const { darkFrac } = lineStats(r, line, paper * 0.5);
    if (darkFrac >= 0.5) depth = line + 1;
    else if (line >= depth + 2) break;
  }
  if (depth === 0) return 0;
  if (depth > maxDepth) return 0;
  const fringeEnd = Math.min(r.lines, depth + 3);
  while (depth < fringeEnd && lineStats(r, depth, paper * 0.5).mean < paper * 0.9) depth++;
  return depth;
}

/** Dark bands along the four sides of a grey work copy, each at most `maxFrac` of the page across. */
export function findEdgeBands(work: RawImage, maxFrac: number): EdgeBands {
  const hist = histogram(work.data);
  const paper = paperLevel(hist, work.data.length);
  const sides: Array<keyof EdgeBands> = ['left', 'right', 'top', 'bottom'];
  const bands = { ...NO_BANDS };
  for (const side of sides) {
    const r = reader(work, side);
    bands[side] = bandDepth(r, paper, Math.floor(r.lines * maxFrac));
  }
  return bands;
}

export function hasBands(bands: EdgeBands): boolean {
  return bands.left + bands.right + bands.top + bands.bottom > 0;
}

/** Paints the bands white in place (on any channel count); `scale` maps band depths to this image's pixels. */
export function fillBands(image: RawImage, bands: EdgeBands, scale: number): void {
  const { width, height, channels, data } = image;
  const left = Math.min(width, Math.ceil(bands.left * scale));
  const right = Math.min(width, Math.ceil(bands.right * scale));
  const top = Math.min(height, Math.ceil(bands.top * scale));
  const bottom = Math.min(height, Math.ceil(bands.bottom * scale));
  const rowBytes = width * channels;
  data.fill(255, 0, top * rowBytes);
  data.fill(255, (height - bottom) * rowBytes, height * rowBytes);
  for (let y = top; y < height - bottom; y++) {
    const base = y * rowBytes;
    if (left > 0) data.fill(255, base, base + left * channels);
    if (right > 0) data.fill(255, base + (width - right) * channels, base + rowBytes);
  }
}
