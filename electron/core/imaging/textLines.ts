import type { InkPoints } from './inkPoints';

const DEG = Math.PI / 180;

/** Row profile of points straightened by `angleDeg` (sharp's sign): bin = y − x · tan θ + offset. */
export interface RowProfile {
  bins: Float64Array;
  offset: number;
  tan: number;
}

/** Row profile of the points straightened by `angleDeg` (sharp's sign), one bin per pixel row. */
export function rowProfile(points: InkPoints, angleDeg: number): RowProfile {
  const tan = Math.tan(angleDeg * DEG);
  const offset = Math.ceil(points.width * Math.abs(tan)) + 2;
  const bins = new Float64Array(points.height + 2 * offset);
  for (let i = 0; i < points.count; i++) {
    const at = points.ys[i]! - points.xs[i]! * tan + offset;
    const bin = at | 0;
    const frac = at - bin;
    bins[bin]! += 1 - frac;
    bins[bin + 1]! += frac;
  }
  return { bins, offset, tan };
}

/**
 * The text line pitch of a profile, in rows: the shortest lag whose autocorrelation is a local maximum close to the
 * strongest one (multiples of the pitch correlate almost as well); 0 when the profile has no period.
 */
export function linePitch(profile: Float64Array, minLag: number, maxLag: number): number {
  let mean = 0;
  for (const v of profile) mean += v;
  mean /= profile.length;
  const corr = new Float64Array(maxLag + 2);
  for (let lag = Math.max(1, minLag - 1); lag <= maxLag + 1; lag++) {
    let acc = 0;
    for (let y = 0; y + lag < profile.length; y++) acc += (profile[y]! - mean) * (profile[y + lag]! - mean);
    corr[lag] = acc / Math.max(1, profile.length - lag);
  }
  let strongest = 0;
  for (let lag = minLag; lag <= maxLag; lag++) strongest = Math.max(strongest, corr[lag]!);
  if (strongest <= 0) return 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    const c = corr[lag]!;
    if (c >= strongest * 0.5 && c >= corr[lag - 1]! && c >= corr[lag + 1]!) return lag;
  }
  return 0;
}

export interface TextLine {
  peak: number;
  /** rows of the line's band, valley to valley */
  top: number;
  bottom: number;
  coreTop: number;
  coreBottom: number;
  /** ink above the x-height band, up to the valley towards the line above */
  above: number;
  /** ink below the baseline, down to the valley towards the line below */
  below: number;
  /** the profile falls to under a third of the peak on both sides (lines, not overlapping columns of letters) */
  separated: boolean;
}

function localPeaks(profile: Float64Array, radius: number, floor: number): number[] {
  const peaks: number[] = [];
  for (let y = 0; y < profile.length; y++) {
    const v = profile[y]!;
    if (v < floor) continue;
    let isMax = true;
    for (let k = Math.max(0, y - radius); k <= Math.min(profile.length - 1, y + radius) && isMax; k++) {
      if (profile[k]! > v || (profile[k] === v && k < y)) isMax = false;
    }
    if (isMax) peaks.push(y);
  }
  return peaks;
}

function valleyBetween(profile: Float64Array, from: number, to: number): number {
  let at = from;
  for (let y = from; y <= to; y++) if (profile[y]! < profile[at]!) at = y;
  return at;
}

function sum(profile: Float64Array, from: number, to: number): number {
  let acc = 0;
  for (let y = from; y <= to; y++) acc += profile[y]!;
  return acc;
}

/** The band of the line around `peak`: its x-height core (half the peak or more) and the valleys either side. */
function lineAround(profile: Float64Array, peaks: number[], i: number, reach: number): TextLine {
  const peak = peaks[i]!;
  const half = profile[peak]! / 2;
  let coreTop = peak;
  while (coreTop > 0 && profile[coreTop - 1]! >= half) coreTop--;
  let coreBottom = peak;
  while (coreBottom < profile.length - 1 && profile[coreBottom + 1]! >= half) coreBottom++;
  const prev = peaks[i - 1];
  const next = peaks[i + 1];
  const top = prev === undefined ? Math.max(0, coreTop - reach) : Math.max(coreTop - reach, valleyBetween(profile, prev, coreTop));
  const bottom = next === undefined ? Math.min(profile.length - 1, coreBottom + reach) : Math.min(coreBottom + reach, valleyBetween(profile, coreBottom, next));
  const low = profile[peak]! / 3;
  const separated = profile[top]! <= low && profile[bottom]! <= low;
  return { peak, top, bottom, coreTop, coreBottom, above: sum(profile, top, coreTop - 1), below: sum(profile, coreBottom + 1, bottom), separated };
}

/**
 * Text lines of a straightened row profile: each peak is a line's x-height band (rows at half the peak or more);
 * the rows up to the valleys on either side hold what stands above and below it.
 */
export function textLines(profile: Float64Array, pitch: number): TextLine[] {
  let max = 0;
  for (const v of profile) max = Math.max(max, v);
  const peaks = localPeaks(profile, Math.max(1, Math.floor(pitch * 0.4)), max * 0.05);
  const reach = Math.ceil(pitch * 0.7);
  return peaks.map((_, i) => lineAround(profile, peaks, i, reach));
}

/**
 * How many columns each line's ink covers: a text line runs for many line pitches, a column of letters seen
 * sideways (a single line turned 90°) only for its own height.
 */
export function lineLengths(points: InkPoints, profile: RowProfile, lines: TextLine[]): Int32Array {
  const lineOfRow = new Int32Array(profile.bins.length).fill(-1);
  lines.forEach((line, i) => lineOfRow.fill(i, line.top, line.bottom + 1));
  const covered = new Uint8Array(lines.length * points.width);
  const lengths = new Int32Array(lines.length);
  const cx = points.width / 2;
  for (let i = 0; i < points.count; i++) {
    const row = Math.round(points.ys[i]! - points.xs[i]! * profile.tan + profile.offset);
    const line = lineOfRow[row] ?? -1;
    if (line < 0) continue;
    const at = line * points.width + Math.min(points.width - 1, Math.max(0, Math.round(points.xs[i]! + cx)));
    if (covered[at]) continue;
    covered[at] = 1;
    lengths[line]! += 1;
  }
  return lengths;
}
