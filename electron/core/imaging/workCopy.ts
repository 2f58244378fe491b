import type { RawImage } from './RawImage';
import { inkPoints, type InkPoints } from './inkPoints';
import { histogram, otsuFromHistogram, sampleStep } from './otsu';
import { textInk } from './textInk';

/** Detection runs on a copy of about 75 dpi (guide §5.1: 620 px across an A4 page). */
export const WORK_DPI = 75;
const MAX_WORK_WIDTH = 700;

/** The integer shrink factor from the capture resolution (or, without it, from the width). */
export function workFactor(width: number, dpi?: number): number {
  if (dpi && dpi > 0) return Math.max(1, Math.round(dpi / WORK_DPI));
  return Math.max(1, Math.ceil(width / MAX_WORK_WIDTH));
}

/** Box-averaged grey copy shrunk by an integer factor; RGB is reduced to luma (BT.601 weights) on the way. */
export function toWorkCopy(image: RawImage, factor = workFactor(image.width)): RawImage {
  const { width, height, channels, data } = image;
  const w = Math.max(1, Math.floor(width / factor));
  const h = Math.max(1, Math.floor(height / factor));
  const sums = new Uint32Array(w);
  const out = Buffer.alloc(w * h);
  const weight = channels === 3 ? factor * factor * 1000 : factor * factor;
  for (let y = 0; y < h; y++) {
    sums.fill(0);
    for (let sy = y * factor; sy < (y + 1) * factor; sy++) {
      const row = sy * width * channels;
      for (let x = 0; x < w; x++) {
        let acc = 0;
        let at = row + x * factor * channels;
        for (let k = 0; k < factor; k++, at += channels) {
          acc += channels === 3 ? data[at]! * 299 + data[at + 1]! * 587 + data[at + 2]! * 114 : data[at]!;
        }
        sums[x]! += acc;
      }
    }
    for (let x = 0; x < w; x++) out[y * w + x] = Math.round(sums[x]! / weight);
  }
  return { data: out, width: w, height: h, channels: 1 };
}

/** The level of bare paper: the 90th percentile of the grey samples. */
export function paperLevel(hist: Uint32Array, total: number): number {
  let seen = 0;
  for (let v = 255; v >= 0; v--) {
    seen += hist[v]!;
    if (seen >= total * 0.1) return v;
  }
  return 255;
}

/**
 * The ink level of a page (grey, or RGB read as luma) for detection and the ink grid: Otsu's level, but never closer to the paper than
 * three quarters of its brightness, so the noise of a blank page is no ink.
 */
export function detectionLevel(image: RawImage): number {
  const pixels = image.width * image.height;
  const step = sampleStep(pixels);
  let hist: Uint32Array;
  if (image.channels === 1) hist = histogram(image.data, step);
  else {
    hist = new Uint32Array(256);
    const { data } = image;
    for (let p = 0; p < pixels; p += step) hist[(data[p * 3]! * 77 + data[p * 3 + 1]! * 150 + data[p * 3 + 2]! * 29 + 128) >> 8]! += 1;
  }
  return Math.min(otsuFromHistogram(hist), Math.floor(paperLevel(hist, Math.ceil(pixels / step)) * 0.75));
}

/** Ink of a grey copy (1 = ink) at its detection level. */
export function detectionMask(work: RawImage): Uint8Array {
  const level = detectionLevel(work);
  const mask = new Uint8Array(work.data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = work.data[i]! <= level ? 1 : 0;
  return mask;
}

/** Without a known resolution the page is taken to be A4 wide (8.27 in). */
export function guessDpi(width: number): number {
  return width / 8.27;
}

/** The text-sized ink of a work copy as points for projection profiles, and how many letter-sized marks it holds. */
export function readWorkCopy(work: RawImage, workDpi: number): { points: InkPoints; marks: number } {
  const text = textInk(detectionMask(work), work.width, work.height, workDpi);
  return { points: inkPoints(text.mask, work.width, work.height), marks: text.marks };
}
