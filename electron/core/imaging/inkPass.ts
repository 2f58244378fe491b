import type { RawImage } from './RawImage';

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
  /** 1 where the grey is at or below the mask level; null when no level was given */
  mask: Uint8Array | null;
  counts: BlankCounts;
}

/** NAPS2's ink level for a "white threshold" 0–100: ink is luma below it. */
export function naps2Level(white: number): number {
  return 1 + (Math.min(100, Math.max(0, white)) / 100) * 254;
}

/** Fills `grey[from, to)` from `image` (BT.601 luma for RGB) and the mask there; returns how many are under `blankLevel`. */
function span(image: RawImage, grey: Buffer, mask: Uint8Array | null, from: number, to: number, maskLevel: number, blankLevel: number): number {
  const src = image.data;
  let under = 0;
  if (image.channels === 3) {
    for (let i = from, j = from * 3; i < to; i++, j += 3) {
      const g = (src[j]! * 77 + src[j + 1]! * 150 + src[j + 2]! * 29 + 128) >> 8;
      grey[i] = g;
      if (g < blankLevel) under++;
    }
  } else {
    for (let i = from; i < to; i++) if (src[i]! < blankLevel) under++;
  }
  if (mask !== null) for (let i = from; i < to; i++) mask[i] = grey[i]! <= maskLevel ? 1 : 0;
  return under;
}

/**
 * One pass over a straightened page for everything that needs every pixel: the grey copy, the ink mask at
 * `maskLevel` and the NAPS2 counts at `blankLevel` (1 % margins ignored), so a 300-dpi page is read once.
 */
export function greyInkPass(image: RawImage, maskLevel: number | null, blankLevel: number, cellPx: number): InkPass {
  const { width, height } = image;
  const grey = image.channels === 1 ? image.data : Buffer.alloc(width * height);
  const mask = maskLevel === null ? null : new Uint8Array(width * height);
  const level = maskLevel ?? -1;
  const cols = Math.ceil(width / cellPx);
  const cells = new Uint32Array(cols * Math.ceil(height / cellPx));
  const x0 = Math.floor(width * 0.01);
  const y0 = Math.floor(height * 0.01);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const base = y * width;
    if (y < y0 || y >= height - y0) {
      span(image, grey, mask, base, base + width, level, -1);
      continue;
    }
    span(image, grey, mask, base, base + x0, level, -1);
    span(image, grey, mask, base + width - x0, base + width, level, -1);
    const cellRow = Math.floor(y / cellPx) * cols;
    for (let x = x0; x < width - x0;) {
      const col = Math.floor(x / cellPx);
      const end = Math.min(width - x0, (col + 1) * cellPx);
      const n = span(image, grey, mask, base + x, base + end, level, blankLevel);
      cells[cellRow + col]! += n;
      ink += n;
      x = end;
    }
  }
  const counts = { ink, area: (width - 2 * x0) * (height - 2 * y0), cells, cols, rows: cells.length / cols, cellPx };
  return { grey: { data: grey, width, height, channels: 1 }, mask, counts };
}
