/** Otsu's threshold over a greyscale buffer, with the means of the two classes (to tell ink from an empty page). */
export function otsuThreshold(grey: Uint8Array | Buffer, sampleStep = 1): { threshold: number; darkMean: number; lightMean: number } {
  const histogram = new Float64Array(256);
  let total = 0;
  for (let i = 0; i < grey.length; i += sampleStep) {
    histogram[grey[i]!]!++;
    total++;
  }
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v]!;
  let best = { threshold: 128, between: -1, darkMean: 0, lightMean: 255 };
  let darkCount = 0;
  let darkSum = 0;
  for (let t = 0; t < 255; t++) {
    darkCount += histogram[t]!;
    darkSum += t * histogram[t]!;
    const lightCount = total - darkCount;
    if (darkCount === 0 || lightCount === 0) continue;
    const darkMean = darkSum / darkCount;
    const lightMean = (sumAll - darkSum) / lightCount;
    const between = darkCount * lightCount * (darkMean - lightMean) ** 2;
    if (between > best.between) best = { threshold: t, between, darkMean, lightMean };
  }
  return { threshold: best.threshold, darkMean: best.darkMean, lightMean: best.lightMean };
}
