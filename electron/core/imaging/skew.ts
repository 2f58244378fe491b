import type { RawImage } from './RawImage';
import type { InkPoints } from './inkPoints';
import { guessDpi, readWorkCopy, toWorkCopy, workFactor } from './workCopy';

const DEG = Math.PI / 180;
/** fewer ink pixels than this on the work copy: no text lines to measure, leave the page as it is */
const MIN_INK_POINTS = 400;
/** points used by the coarse ±15° search */
const COARSE_POINTS = 6000;

export interface SkewEstimate {
  /** degrees, sharp's rotate sign: the page is fixed with `rotate(-angle)` */
  angle: number;
  /** Σ bin² × occupied span / N²: 1 for ink spread evenly, ≥ 2 for clear text lines */
  peakiness: number;
}

/**
 * Projection profile of the points sheared by tan θ, scored as Σ bin² (sharp peaks = aligned text lines). Each
 * point is shared between its two nearest bins, so the score changes smoothly with the angle even where a shear
 * of less than a pixel across the copy would not move any point to another bin.
 */
function profileScore(points: InkPoints, angleDeg: number, bins: Float64Array): { score: number; span: number } {
  bins.fill(0);
  const tan = Math.tan(angleDeg * DEG);
  const offset = (bins.length - points.height) / 2;
  const { xs, ys, count } = points;
  for (let i = 0; i < count; i++) {
    const at = ys[i]! - xs[i]! * tan + offset;
    const bin = at | 0;
    const frac = at - bin;
    bins[bin]! += 1 - frac;
    bins[bin + 1]! += frac;
  }
  let score = 0;
  let first = -1;
  let last = -1;
  for (let b = 0; b < bins.length; b++) {
    const n = bins[b]!;
    if (n === 0) continue;
    score += n * n;
    if (first < 0) first = b;
    last = b;
  }
  return { score, span: last - first + 1 };
}

function scan(points: InkPoints, bins: Float64Array, from: number, to: number, step: number) {
  let best = { angle: 0, score: -1, span: 1 };
  for (let a = from; a <= to + 1e-9; a += step) {
    const { score, span } = profileScore(points, a, bins);
    if (score > best.score) best = { angle: a, score, span };
  }
  return best;
}

/** Every k-th point, at most about `limit` of them: enough for the coarse search, which only has to land near. */
function subsample(points: InkPoints, limit: number): InkPoints {
  const step = Math.ceil(points.count / limit);
  if (step <= 1) return points;
  const count = Math.floor(points.count / step);
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = points.xs[i * step]!;
    ys[i] = points.ys[i * step]!;
  }
  return { ...points, xs, ys, count };
}

/**
 * Finds the angle whose shear makes the ink projection sharpest: ±range by 0.5° on a sample of the points, then
 * ±0.5° by 0.05° on all of them and a parabola through the best step and its neighbours (guide §5.1). With
 * `refine` false only the coarse angle is returned (enough to tell which way text lines run).
 */
export function estimateSkew(points: InkPoints, range = 15, refine = true): SkewEstimate {
  if (points.count < MIN_INK_POINTS) return { angle: 0, peakiness: 1 };
  const reach = Math.ceil(points.width * Math.tan((range + 1) * DEG)) + 4;
  const bins = new Float64Array(points.height + 2 * reach);
  const sample = subsample(points, COARSE_POINTS);
  const coarse = scan(sample, bins, -range, range, 0.5);
  if (!refine) return { angle: coarse.angle, peakiness: (coarse.score * coarse.span) / (sample.count * sample.count) };
  const fine = scan(points, bins, coarse.angle - 0.5, coarse.angle + 0.5, 0.05);
  const left = profileScore(points, fine.angle - 0.05, bins).score;
  const right = profileScore(points, fine.angle + 0.05, bins).score;
  const curvature = left - 2 * fine.score + right;
  const shift = curvature < 0 ? (0.5 * (left - right)) / curvature * 0.05 : 0;
  const angle = fine.angle + Math.max(-0.05, Math.min(0.05, shift));
  const peakiness = (fine.score * fine.span) / (points.count * points.count);
  return { angle: Math.round(angle * 1000) / 1000, peakiness };
}

/**
 * Skew of a page in degrees (sharp's sign: straighten with `rotate(-angle)`), measured on its letter-sized ink;
 * 0 when the page holds too little text. The resolution is guessed from the width (A4).
 */
export function detectSkew(grey: RawImage): number {
  const dpi = guessDpi(grey.width);
  const factor = workFactor(grey.width, dpi);
  const { points, marks } = readWorkCopy(toWorkCopy(grey, factor), dpi / factor);
  return marks >= 10 ? estimateSkew(points).angle : 0;
}
