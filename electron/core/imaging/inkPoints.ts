import type { TextInk } from './textInk';

/**
 * The ink pixels of a small binarised copy as coordinates, for projection profiles: x is measured from the
 * centre column so a shear by tan θ keeps the profile centred.
 */
export interface InkPoints {
  xs: Float32Array;
  ys: Float32Array;
  count: number;
  /** the extent along y that bins must cover */
  height: number;
  width: number;
}

/**
 * Collects the pixels of the runs whose root is kept (`keep`, indexed by root run), ignoring a `marginFrac` band
 * on every side (scanner edges, punched holes). Runs come row by row, left to right: the points are in row order.
 */
export function inkPoints(text: TextInk, width: number, height: number, marginFrac = 0.03): InkPoints {
  const { runs, keep } = text;
  const mx = Math.floor(width * marginFrac);
  const my = Math.floor(height * marginFrac);
  let count = 0;
  for (let i = 0; i < runs.count; i++) {
    const y = runs.row[i]!;
    if (y < my || y >= height - my || !keep[runs.root[i]!]) continue;
    count += Math.max(0, Math.min(width - mx, runs.end[i]!) - Math.max(mx, runs.start[i]!));
  }
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  const cx = width / 2;
  let at = 0;
  for (let i = 0; i < runs.count; i++) {
    const y = runs.row[i]!;
    if (y < my || y >= height - my || !keep[runs.root[i]!]) continue;
    for (let x = Math.max(mx, runs.start[i]!), end = Math.min(width - mx, runs.end[i]!); x < end; x++, at++) {
      xs[at] = x - cx;
      ys[at] = y;
    }
  }
  return { xs, ys, count, height, width };
}

/** The same points with the axes swapped: vertical text lines become horizontal ones. */
export function transposePoints(points: InkPoints): InkPoints {
  const xs = new Float32Array(points.count);
  const ys = new Float32Array(points.count);
  const cx = points.height / 2;
  const cy = points.width / 2;
  for (let i = 0; i < points.count; i++) {
    xs[i] = points.ys[i]! - cx;
    ys[i] = points.xs[i]! + cy;
  }
  return { xs, ys, count: points.count, height: points.width, width: points.height };
}

/** The same points on the page turned 90° clockwise (a W × H page becomes H × W). */
export function turnPointsClockwise(points: InkPoints): InkPoints {
  const xs = new Float32Array(points.count);
  const ys = new Float32Array(points.count);
  const cx = points.width / 2;
  for (let i = 0; i < points.count; i++) {
    // (x, y) → (H − 1 − y, x); x is kept relative to the new centre column H / 2
    xs[i] = points.height / 2 - 1 - points.ys[i]!;
    ys[i] = points.xs[i]! + cx;
  }
  return { xs, ys, count: points.count, height: points.width, width: points.height };
}
