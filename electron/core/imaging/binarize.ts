import type { RawImage } from './RawImage';
import { removeSmallComponents, removeSpecks } from './components';

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

/** Global threshold: ink at or below `level`. */
export function thresholdMask(grey: RawImage, level: number): Uint8Array {
  const mask = new Uint8Array(grey.width * grey.height);
  const { data } = grey;
  for (let i = 0; i < mask.length; i++) mask[i] = data[i]! <= level ? 1 : 0;
  return mask;
}

/**
 * Sauvola's local threshold T = m · (1 + k · (s / 128 − 1)) over a window × window neighbourhood (guide §5.3:
 * window 31, k 0.34 at 300 dpi). Column sums slide down the page, so memory stays at a few rows.
 */
export function sauvolaMask(grey: RawImage, window = 31, k = 0.34): Uint8Array {
  const { width, height, data } = grey;
  const half = Math.max(1, Math.floor(window / 2));
  const colSum = new Float64Array(width);
  const colSq = new Float64Array(width);
  const mask = new Uint8Array(width * height);
  const addRow = (y: number, sign: number) => {
    const base = y * width;
    for (let x = 0; x < width; x++) {
      const v = data[base + x]!;
      colSum[x]! += sign * v;
      colSq[x]! += sign * v * v;
    }
  };
  for (let y = 0; y < Math.min(half, height); y++) addRow(y, 1);
  for (let y = 0; y < height; y++) {
    if (y + half < height) addRow(y + half, 1);
    if (y - half - 1 >= 0) addRow(y - half - 1, -1);
    const rows = Math.min(height - 1, y + half) - Math.max(0, y - half) + 1;
    let sum = 0;
    let sq = 0;
    for (let x = 0; x < Math.min(half, width); x++) {
      sum += colSum[x]!;
      sq += colSq[x]!;
    }
    for (let x = 0; x < width; x++) {
      if (x + half < width) {
        sum += colSum[x + half]!;
        sq += colSq[x + half]!;
      }
      if (x - half - 1 >= 0) {
        sum -= colSum[x - half - 1]!;
        sq -= colSq[x - half - 1]!;
      }
      const n = rows * (Math.min(width - 1, x + half) - Math.max(0, x - half) + 1);
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
      mask[y * width + x] = data[y * width + x]! <= mean * (1 + k * (sd / 128 - 1)) ? 1 : 0;
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
 * to about 0.6 mm (40 px at 300 dpi) when nothing else lies within 1 mm of them.
 */
export function removeSmallComponentsFor(mask: Uint8Array, width: number, height: number, dpi: number): number {
  const scale = dpi / 300;
  return removeSpecks(mask, width, height, { maxArea: speckArea(dpi), isolatedArea: Math.round(40 * scale * scale), isolation: dpi / 25.4 });
}
