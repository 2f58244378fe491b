import type { RawImage } from '../imaging';
// The index exports only `otsuThreshold`, which needs the whole luma: MRC builds the histogram from a sample.
import { otsuFromHistogram } from '../imaging';

/**
 * Global ink/paper split for the MRC text mask: the imaging module's Otsu level plus the two class means, so a
 * blank or uniform sheet yields no ink at all. Hot loops index typed arrays directly (`!`): `for…of` and `?? 0`
 * cost 5–7× on 8.7 M pixels.
 */

/** Rec. 601 luma of every pixel, 8-bit. */
export function lumaOf(image: RawImage): Uint8Array {
  const { data, width, height, channels } = image;
  if (channels === 1) return new Uint8Array(data.buffer, data.byteOffset, width * height);
  const luma = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < luma.length; i++, p += 3) luma[i] = lumaAt(data, p);
  return luma;
}

export interface InkSplit {
  /** Pixels with luma < threshold are ink candidates. */
  threshold: number;
  /** Mean luma of the dark and the light class. */
  darkMean: number;
  lightMean: number;
  /** False when the classes are too close to be ink on paper (blank or uniform page): then nothing is ink. */
  hasInk: boolean;
}

/** Classes closer than this (grey levels) are noise on one surface, not ink on paper. */
const MIN_CLASS_GAP = 60;

/**
 * The split from a sample of about a million pixels (every `step`-th, `step` odd so it does not fall into one
 * column of every row), as `core/imaging` samples large pages: the page's luma is then never stored whole.
 */
export function sampledSplit(image: RawImage): InkSplit {
  const { data, width, height, channels } = image;
  const n = width * height;
  const step = Math.max(1, Math.floor(n / 1_000_000)) | 1;
  const histogram = new Uint32Array(256);
  if (channels === 1) {
    for (let i = 0; i < n; i += step) histogram[data[i]!]!++;
  } else {
    for (let p = 0; p < n * 3; p += step * 3) histogram[lumaAt(data, p)]!++;
  }
  return otsuSplitOf(histogram);
}

/** Rec. 601 luma of the RGB pixel at byte `p`, 8-bit (the same rounding everywhere). */
function lumaAt(data: Uint8Array, p: number): number {
  return ((299 * data[p]! + 587 * data[p + 1]! + 114 * data[p + 2]! + 500) / 1000) | 0;
}

export function lumaHistogram(luma: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < luma.length; i++) histogram[luma[i]!]!++;
  return histogram;
}

/** Otsu's threshold (`core/imaging`) with the mean luma of each class. */
export function otsuSplit(luma: Uint8Array): InkSplit {
  return otsuSplitOf(lumaHistogram(luma));
}

function otsuSplitOf(histogram: Uint32Array): InkSplit {
  // The imaging module counts samples at or below its level as ink; here ink is strictly below the threshold.
  const threshold = otsuFromHistogram(histogram) + 1;
  let dark = 0;
  let darkSum = 0;
  let light = 0;
  let lightSum = 0;
  for (let v = 0; v < 256; v++) {
    if (v < threshold) {
      dark += histogram[v]!;
      darkSum += v * histogram[v]!;
    } else {
      light += histogram[v]!;
      lightSum += v * histogram[v]!;
    }
  }
  const darkMean = dark > 0 ? darkSum / dark : 0;
  const lightMean = light > 0 ? lightSum / light : 255;
  return { threshold, darkMean, lightMean, hasInk: dark > 0 && light > 0 && lightMean - darkMean >= MIN_CLASS_GAP };
}
