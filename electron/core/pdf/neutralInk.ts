import type { RawImage } from '../imaging/RawImage';
import { DarkWindow } from './darkWindow';
import type { InkSplit } from './inkThreshold';
import type { InkSink } from './haloRing';

/**
 * Which dark pixels are black/grey ink (text for the MRC mask) and which are coloured ink (seals, signatures).
 * A pixel's own chroma is unreliable on scans: sensor noise gives black text 20–40 levels of chroma, and JPEG's
 * 2×2 chroma subsampling bleaches thin blue strokes. So each dark pixel is judged by the mean colour of the dark
 * pixels around it (a `(2r+1)²` window): noise averages out, and a stroke keeps the colour of its own pixels.
 */

/** Mean dark colour whose channels differ by more than this (max − min) is coloured ink. */
export const MAX_NEUTRAL_CHROMA = 40;

export interface NeutralInk {
  /** 0 = ink, 255 = paper. */
  mask: Uint8Array;
  /** Per luma level v: R, G, B sums and count of the mask's ink pixels at `4v … 4v + 3` (see `meanInkColour`). */
  levels: Float64Array;
}

/** 0 where a pixel is darker than the threshold and its dark neighbourhood is neutral; 255 elsewhere. */
export function neutralInkMask(image: RawImage, split: InkSplit, radius: number): Uint8Array {
  return neutralInk(image, split, radius).mask;
}

/**
 * The mask with the ink's colour statistics gathered on the way, the ink also handed row by row to `sink` (the
 * halo, without a second pass over the mask): one pass over the pixels (see `DarkWindow`); beyond that only dark
 * pixels cost anything.
 */
export function neutralInk(image: RawImage, split: InkSplit, radius: number, sink: InkSink = NO_SINK): NeutralInk {
  const { width, height, data } = image;
  const mask = new Uint8Array(width * height).fill(255);
  const levels = new Float64Array(256 * 4);
  if (!split.hasInk || image.channels === 1) return greyInk(image, split, mask, levels, sink);
  const window = new DarkWindow(image, split.threshold, radius, MAX_NEUTRAL_CHROMA);
  for (let y = 0; y < height; y++) {
    const dark = window.moveTo(y);
    sink.startRow(y);
    for (let k = 0; k < dark.length; k++) {
      const x = dark.columns[k]!;
      if (!window.isNeutral(x)) continue;
      const i = y * width + x;
      mask[i] = 0;
      sink.ink(x);
      addLevel(levels, dark.luma[k]!, data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!);
    }
    sink.endRow(y);
  }
  return { mask, levels };
}

const NO_SINK: InkSink = { startRow: () => undefined, ink: () => undefined, endRow: () => undefined };

/** A grey page's ink is every dark pixel; a page without ink (`hasInk` false) has none. */
function greyInk(image: RawImage, split: InkSplit, mask: Uint8Array, levels: Float64Array, sink: InkSink): NeutralInk {
  const { width, height, data } = image;
  const t = split.hasInk ? split.threshold : 0;
  for (let y = 0; y < height; y++) {
    sink.startRow(y);
    for (let x = 0, i = y * width; t > 0 && x < width; x++, i++) {
      const v = data[i]!;
      if (v >= t) continue;
      mask[i] = 0;
      sink.ink(x);
      addLevel(levels, v, v, v, v);
    }
    sink.endRow(y);
  }
  return { mask, levels };
}

function addLevel(levels: Float64Array, v: number, r: number, g: number, b: number): void {
  levels[v * 4]! += r;
  levels[v * 4 + 1]! += g;
  levels[v * 4 + 2]! += b;
  levels[v * 4 + 3]! += 1;
}

/**
 * Mean colour of the darker half of the ink (glyph cores, not their anti-aliased edges): the pixels at or below
 * the ink's mean luma. Black without ink.
 */
export function meanInkColour(levels: Float64Array): [number, number, number] {
  let lumaSum = 0;
  let count = 0;
  for (let v = 0; v < 256; v++) {
    lumaSum += v * levels[v * 4 + 3]!;
    count += levels[v * 4 + 3]!;
  }
  if (count === 0) return [0, 0, 0];
  const cutoff = lumaSum / count;
  const sum = [0, 0, 0, 0];
  for (let v = 0; v <= cutoff && v < 256; v++) for (let c = 0; c < 4; c++) sum[c]! += levels[v * 4 + c]!;
  return [Math.round(sum[0]! / sum[3]!), Math.round(sum[1]! / sum[3]!), Math.round(sum[2]! / sum[3]!)];
}
