import type { RawImage } from '../imaging/RawImage';
import { lumaOf, otsuSplit } from './inkThreshold';
import { neutralInkMask } from './neutralInk';
import { fillBackground } from './mrcBackground';

/**
 * Splits a page for Mixed Raster Content (guide §5.6): a full-resolution 1-bit mask of the dark, neutral ink
 * (printed and typed text) and a low-resolution colour background in which those pixels are filled from their
 * surroundings, so the JPEG spends no bytes on text edges. Coloured ink (red seals, blue signatures) is not
 * neutral, stays out of the mask and keeps its colour in the background.
 */
export interface MrcLayers {
  /** 0 = ink, 255 = paper, full resolution. */
  mask: Uint8Array;
  maskColour: [number, number, number];
  background: RawImage;
}

export function separateMrc(image: RawImage, background: { width: number; height: number }, dpi: number): MrcLayers {
  // The halo of anti-aliased (and scanner-blurred) glyph edges is about a third of a point wide; ink colour is
  // judged over a window a little wider than a stroke.
  const haloPx = Math.max(1, Math.round(dpi / 150));
  const luma = lumaOf(image);
  const mask = neutralInkMask(image, luma, otsuSplit(luma), haloPx + 1);
  const maskColour = meanInkColour(mask, luma, image);
  const excluded = dilate(mask, image.width, image.height, haloPx);
  return { mask, maskColour, background: fillBackground(image, excluded, background.width, background.height) };
}

/** Mean colour of the darker half of the ink (glyph cores, not their anti-aliased edges); black without ink. */
function meanInkColour(mask: Uint8Array, luma: Uint8Array, image: RawImage): [number, number, number] {
  let inkLuma = 0;
  let inkCount = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 0) {
      inkLuma += luma[i]!;
      inkCount++;
    }
  }
  if (inkCount === 0) return [0, 0, 0];
  const cutoff = inkLuma / inkCount;
  const sum = [0, 0, 0];
  let n = 0;
  const { data, channels } = image;
  const green = channels === 3 ? 1 : 0;
  const blue = channels === 3 ? 2 : 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 0 || luma[i]! > cutoff) continue;
    const p = i * channels;
    sum[0]! += data[p]!;
    sum[1]! += data[p + green]!;
    sum[2]! += data[p + blue]!;
    n++;
  }
  return [Math.round(sum[0]! / n), Math.round(sum[1]! / n), Math.round(sum[2]! / n)];
}

/** 1 where a mask pixel lies within `radius` (square neighbourhood): covers the glyphs' anti-aliased halo. */
export function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const horizontal = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) spreadRow(mask, horizontal, y * width, width, radius);
  if (radius <= 0) return horizontal;
  // Vertical pass row by row (cache-friendly): a per-column count of ink rows inside the sliding window.
  const out = new Uint8Array(mask.length);
  const inWindow = new Int32Array(width);
  const addRow = (row: number, delta: number): void => {
    for (let x = 0, i = row * width; x < width; x++, i++) inWindow[x]! += horizontal[i]! * delta;
  };
  for (let row = 0; row < Math.min(radius, height); row++) addRow(row, 1);
  for (let y = 0; y < height; y++) {
    if (y + radius < height) addRow(y + radius, 1);
    if (y - radius - 1 >= 0) addRow(y - radius - 1, -1);
    for (let x = 0, i = y * width; x < width; x++, i++) if (inWindow[x]! > 0) out[i] = 1;
  }
  return out;
}

/** One row of the horizontal pass: 1 within `radius` of a mask pixel (0 = ink) of the row. */
function spreadRow(mask: Uint8Array, to: Uint8Array, start: number, length: number, radius: number): void {
  let lastInk = -Infinity;
  for (let k = 0, i = start; k < length; k++, i++) {
    if (mask[i] === 0) lastInk = k;
    if (k - lastInk <= radius) to[i] = 1;
  }
  lastInk = Infinity;
  for (let k = length - 1, i = start + k; k >= 0; k--, i--) {
    if (mask[i] === 0) lastInk = k;
    if (lastInk - k <= radius) to[i] = 1;
  }
}
