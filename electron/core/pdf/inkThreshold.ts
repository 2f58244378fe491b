import { otsuThreshold, type RawImage } from '../imaging';

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
  for (let i = 0, p = 0; i < luma.length; i++, p += 3) {
    luma[i] = (299 * data[p]! + 587 * data[p + 1]! + 114 * data[p + 2]! + 500) / 1000;
  }
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

export function lumaHistogram(luma: Uint8Array): Float64Array {
  const histogram = new Float64Array(256);
  for (let i = 0; i < luma.length; i++) histogram[luma[i]!]! += 1;
  return histogram;
}

/** Otsu's threshold (`core/imaging`) with the mean luma of each class. */
export function otsuSplit(luma: Uint8Array): InkSplit {
  // The imaging module counts samples at or below its level as ink; here ink is strictly below the threshold.
  const threshold = otsuThreshold(luma) + 1;
  const histogram = lumaHistogram(luma);
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
