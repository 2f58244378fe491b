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

/** Collects mask pixels (non-zero), ignoring a `marginFrac` band on every side (scanner edges, punched holes). */
export function inkPoints(mask: Uint8Array, width: number, height: number, marginFrac = 0.03): InkPoints {
  const mx = Math.floor(width * marginFrac);
  const my = Math.floor(height * marginFrac);
  let count = 0;
  for (let y = my; y < height - my; y++) {
    for (let x = mx; x < width - mx; x++) if (mask[y * width + x] !== 0) count++;
  }
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  const cx = width / 2;
  let i = 0;
  for (let y = my; y < height - my; y++) {
    for (let x = mx; x < width - mx; x++) {
      if (mask[y * width + x] === 0) continue;
      xs[i] = x - cx;
      ys[i] = y;
      i++;
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
