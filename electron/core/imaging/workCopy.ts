import type { RawImage } from './RawImage';
import { inkPoints, type InkPoints } from './inkPoints';
import { histogram, otsuFromHistogram, sampleStep } from './otsu';
import { textInk } from './textInk';
import { labelRuns } from './components';
import { darkRuns } from './paperScan';

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
  const { width, height, channels } = image;
  const w = Math.max(1, Math.floor(width / factor));
  const h = Math.max(1, Math.floor(height / factor));
  const sums = new Uint32Array(w);
  const out = Buffer.alloc(w * h);
  const weight = channels === 3 ? factor * factor * 1000 : factor * factor;
  const words = factor === 4 && wordAligned(image) ? new Uint32Array(image.data.buffer, image.data.byteOffset, image.data.length >> 2) : null;
  for (let y = 0; y < h; y++) {
    sums.fill(0);
    for (let sy = y * factor; sy < (y + 1) * factor; sy++) {
      if (words === null) addRow(image, sy, factor, sums);
      else if (channels === 3) addRgbRow4(words, (sy * width * 3) >> 2, sums);
      else addGreyRow4(words, (sy * width) >> 2, sums);
    }
    for (let x = 0; x < w; x++) out[y * w + x] = Math.round(sums[x]! / weight);
  }
  return { data: out, width: w, height: h, channels: 1 };
}

/** Rows start on word boundaries (the 4 × 4 fast paths read whole words). */
function wordAligned(image: RawImage): boolean {
  return LITTLE_ENDIAN && image.data.byteOffset % 4 === 0 && image.width % 4 === 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Adds row `sy` to the column sums, `factor` pixels per sum (luma × 1000 for RGB). */
function addRow(image: RawImage, sy: number, factor: number, sums: Uint32Array): void {
  const { width, channels, data } = image;
  let at = sy * width * channels;
  for (let x = 0; x < sums.length; x++) {
    let acc = 0;
    if (channels === 3) for (let k = 0; k < factor; k++, at += 3) acc += data[at]! * 299 + data[at + 1]! * 587 + data[at + 2]! * 114;
    else for (let k = 0; k < factor; k++, at++) acc += data[at]!;
    sums[x]! += acc;
  }
}

/** `addRow` for factor 4 on RGB: four pixels are three little-endian words; the channels are summed before weighting. */
function addRgbRow4(words: Uint32Array, first: number, sums: Uint32Array): void {
  for (let x = 0, k = first; x < sums.length; x++, k += 3) {
    const a = words[k]!;
    const b = words[k + 1]!;
    const c = words[k + 2]!;
    const r = (a & 255) + (a >>> 24) + ((b >>> 16) & 255) + ((c >>> 8) & 255);
    const g = ((a >>> 8) & 255) + (b & 255) + (b >>> 24) + ((c >>> 16) & 255);
    const bl = ((a >>> 16) & 255) + ((b >>> 8) & 255) + (c & 255) + (c >>> 24);
    sums[x]! += r * 299 + g * 587 + bl * 114;
  }
}

/** `addRow` for factor 4 on grey: four pixels are one word. */
function addGreyRow4(words: Uint32Array, first: number, sums: Uint32Array): void {
  for (let x = 0; x < sums.length; x++) {
    const v = words[first + x]!;
    const pairs = (v & 0x00ff00ff) + ((v >>> 8) & 0x00ff00ff);
    sums[x]! += (pairs & 0xffff) + (pairs >>> 16);
  }
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

/** Without a known resolution the page is taken to be A4 wide (8.27 in). */
export function guessDpi(width: number): number {
  return width / 8.27;
}

/** The text-sized ink of a work copy as points for projection profiles, and how many letter-sized marks it holds. */
export function readWorkCopy(work: RawImage, workDpi: number): { points: InkPoints; marks: number } {
  const runs = darkRuns(work.data, work.width, work.height, detectionLevel(work));
  const text = textInk(labelRuns(runs, work.height), work.width, work.height, workDpi);
  return { points: inkPoints(text, work.width, work.height), marks: text.marks };
}
