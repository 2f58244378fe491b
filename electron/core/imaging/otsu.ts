/** 256-bin histogram of 8-bit samples, of every `step`-th sample (a large page is well described by a sample). */
export function histogram(grey: Uint8Array, step = 1): Uint32Array {
  const hist = new Uint32Array(256);
  for (let i = 0; i < grey.length; i += step) hist[grey[i]!]! += 1;
  return hist;
}

/** A step that samples about a million values, odd so it does not fall into one column of every row. */
export function sampleStep(length: number): number {
  return Math.max(1, Math.floor(length / 1_000_000)) | 1;
}

/**
 * Otsu's global threshold: the level that best separates two classes of samples (maximum between-class variance).
 * Samples at or below the returned level are ink.
 */
export function otsuThreshold(grey: Uint8Array): number {
  return otsuFromHistogram(histogram(grey));
}

export function otsuFromHistogram(hist: Uint32Array): number {
  let total = 0;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) {
    total += hist[v]!;
    sumAll += v * hist[v]!;
  }
  if (total === 0) return 127;
  let weightBelow = 0;
  let sumBelow = 0;
  let best = 0;
  let bestLevel = 127;
  for (let t = 0; t < 255; t++) {
    weightBelow += hist[t]!;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += t * hist[t]!;
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sumAll - sumBelow) / weightAbove;
    const between = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      bestLevel = t;
    }
  }
  return bestLevel;
}
