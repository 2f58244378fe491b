import type { RawImage } from './RawImage';
import { inkPoints, type InkPoints } from './inkPoints';
import { otsuFromHistogram, sampleStep } from './otsu';
import { lumaHistogram, shrunkGrey } from './wasm/pageStats';
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
  return shrunkGrey(image, factor);
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
  const hist = lumaHistogram(image, step);
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
