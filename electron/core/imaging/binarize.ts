import type { RawImage } from './RawImage';
import { removeSmallComponents, removeSpecks, type RunComponents } from './components';

/** A 0/255 one-channel image from an ink mask (ink = 0, black). */
export function maskToBw(mask: Uint8Array, width: number, height: number): RawImage {
  const data = Buffer.alloc(width * height);
  for (let i = 0; i < data.length; i++) data[i] = mask[i] === 0 ? 255 : 0;
  return { data, width, height, channels: 1 };
}

/** The ink mask (1 = ink) of a 0/255 image: anything darker than mid-grey. */
export function bwToMask(bw: RawImage): Uint8Array {
  const mask = new Uint8Array(bw.width * bw.height);
  for (let i = 0; i < mask.length; i++) mask[i] = bw.data[i * bw.channels]! < 128 ? 1 : 0;
  return mask;
}

/** Sums of v and v² over `block` × `block` tiles (edge tiles partial), with pixel counts. */
function tileSums(grey: RawImage, block: number) {
  const { width, height, data } = grey;
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const sum = new Float64Array(cols * rows);
  const sq = new Float64Array(cols * rows);
  const count = new Float64Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const tileRow = Math.floor(y / block) * cols;
    const base = y * width;
    for (let c = 0; c < cols; c++) {
      const end = Math.min(width, (c + 1) * block);
      let s = 0;
      let q = 0;
      for (let x = c * block; x < end; x++) {
        const v = data[base + x]!;
        s += v;
        q += v * v;
      }
      sum[tileRow + c]! += s;
      sq[tileRow + c]! += q;
      count[tileRow + c]! += end - c * block;
    }
  }
  return { sum, sq, count, cols, rows };
}

/** Summed-area table of a tile grid, (cols + 1) × (rows + 1). */
function integral(values: Float64Array, cols: number, rows: number): Float64Array {
  const out = new Float64Array((cols + 1) * (rows + 1));
  for (let r = 0; r < rows; r++) {
    let line = 0;
    for (let c = 0; c < cols; c++) {
      line += values[r * cols + c]!;
      out[(r + 1) * (cols + 1) + c + 1] = out[r * (cols + 1) + c + 1]! + line;
    }
  }
  return out;
}

function boxSum(table: Float64Array, cols: number, c0: number, r0: number, c1: number, r1: number): number {
  const w = cols + 1;
  return table[r1 * w + c1]! - table[r0 * w + c1]! - table[r1 * w + c0]! + table[r0 * w + c0]!;
}

/**
 * Sauvola's local threshold T = m · (1 + k · (s / 128 − 1)) over a window × window neighbourhood (guide §5.3:
 * window 31, k 0.34 at 300 dpi). Mean and deviation come from tiles of about window / 8 pixels and summed-area
 * tables over the tile grid, so the page is read twice instead of once per window row; one threshold per tile.
 */
export function sauvolaMask(grey: RawImage, window = 31, k = 0.34): Uint8Array {
  const block = Math.max(1, Math.round(window / 8));
  const tiles = tileSums(grey, block);
  const { cols, rows } = tiles;
  const sumT = integral(tiles.sum, cols, rows);
  const sqT = integral(tiles.sq, cols, rows);
  const countT = integral(tiles.count, cols, rows);
  const half = Math.max(1, Math.round(window / block / 2));
  const threshold = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const r0 = Math.max(0, r - half + 1), r1 = Math.min(rows, r + half);
    for (let c = 0; c < cols; c++) {
      const c0 = Math.max(0, c - half + 1), c1 = Math.min(cols, c + half);
      const n = boxSum(countT, cols, c0, r0, c1, r1);
      const mean = boxSum(sumT, cols, c0, r0, c1, r1) / n;
      const sd = Math.sqrt(Math.max(0, boxSum(sqT, cols, c0, r0, c1, r1) / n - mean * mean));
      threshold[r * cols + c] = mean * (1 + k * (sd / 128 - 1));
    }
  }
  const { width, height, data } = grey;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const tileRow = Math.floor(y / block) * cols;
    const base = y * width;
    for (let c = 0; c < cols; c++) {
      const t = threshold[tileRow + c]!;
      const end = base + Math.min(width, (c + 1) * block);
      for (let i = base + c * block; i < end; i++) mask[i] = data[i]! <= t ? 1 : 0;
    }
  }
  return mask;
}

/** Binarises a grey page with Sauvola's local threshold: one channel, ink 0, paper 255. */
export function sauvolaBinarize(grey: RawImage, opts: { window?: number; k?: number } = {}): RawImage {
  return maskToBw(sauvolaMask(grey, opts.window ?? 31, opts.k ?? 0.34), grey.width, grey.height);
}

/** Removes isolated specks (8-connected ink components of at most `maxArea` pixels) from a 0/255 image. */
export function despeckle(bw: RawImage, maxArea: number): RawImage {
  const mask = bwToMask(bw);
  removeSmallComponents(mask, bw.width, bw.height, maxArea);
  return maskToBw(mask, bw.width, bw.height);
}

/**
 * Speck size for a capture resolution: under about 3 px across at 300 dpi (area 8), scaled with the pixel area.
 * The smallest marks worth keeping, the dot of an i and the dot below (ạ ị) in 9-pt Liberation Serif, measure
 * 12 px at 300 dpi and 5–6 px at 200 dpi.
 */
export function speckArea(dpi: number): number {
  return Math.max(1, Math.round(8 * (dpi / 300) ** 2));
}

/**
 * Despeckles an ink mask in place for its resolution: specks under ~3 px across (at 300 dpi) always, dust blobs up
 * to about 0.6 mm (40 px at 300 dpi) when nothing else lies within 1 mm of them. `labelled` are the mask's
 * components when already at hand.
 */
export function removeSmallComponentsFor(mask: Uint8Array, width: number, height: number, dpi: number, labelled?: RunComponents): RunComponents {
  const scale = dpi / 300;
  const rule = { maxArea: speckArea(dpi), isolatedArea: Math.round(40 * scale * scale), isolation: dpi / 25.4 };
  return removeSpecks(mask, width, height, rule, labelled);
}
