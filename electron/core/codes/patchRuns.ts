import { NARROW_TOLERANCE, PATCH_NARROW_INCH, PATCH_QUIET_INCH, PATCH_SPACE_INCH, PATCH_WIDE_INCH, WIDE_TOLERANCE, patchFromPattern } from './patchGeometry';
import type { PatchCode } from './types';

/** One scanline that crosses four bars forming a valid patch code. */
export interface PatchHit {
  /** 'rows' scans along x (finds vertical bars), 'cols' scans along y (finds horizontal bars). */
  direction: 'rows' | 'cols';
  /** Coordinate of the scanline (y for rows, x for cols). */
  line: number;
  /** Where the first bar starts along the scanline. */
  start: number;
  code: PatchCode;
}

/** Pixel limits for one resolution, computed once per page. */
export interface RunLimits {
  narrow: { min: number; max: number };
  wide: { min: number; max: number };
  space: { min: number; max: number };
  quiet: number;
  speck: number;
}

export function runLimits(dpi: number): RunLimits {
  const narrow = PATCH_NARROW_INCH * dpi;
  const wide = PATCH_WIDE_INCH * dpi;
  const space = PATCH_SPACE_INCH * dpi;
  return {
    narrow: { min: narrow * NARROW_TOLERANCE.min, max: narrow * NARROW_TOLERANCE.max },
    wide: { min: wide * WIDE_TOLERANCE.min, max: wide * WIDE_TOLERANCE.max },
    space: { min: space * NARROW_TOLERANCE.min, max: space * NARROW_TOLERANCE.max },
    quiet: PATCH_QUIET_INCH * dpi,
    // Runs this short are scan noise (JPEG ringing, dust) and are merged into their neighbours.
    speck: Math.max(1, Math.round(dpi / 150)),
  };
}

/**
 * Run lengths of one scanline binarized at `threshold` (luma ≤ threshold is ink). `lengths[k]` is black when
 * `k % 2 === firstBlack ? 0 : 1`. Interior runs up to `speck` pixels are folded into the surrounding runs.
 */
export function scanlineRuns(luma: Uint8Array, threshold: number, offset: number, stride: number, count: number, speck: number): { lengths: number[]; firstBlack: boolean } {
  const raw: number[] = [];
  const firstBlack = luma[offset]! <= threshold;
  let current = firstBlack;
  let length = 0;
  for (let i = 0, p = offset; i < count; i++, p += stride) {
    const v = luma[p]! <= threshold;
    if (v === current) length++;
    else {
      raw.push(length);
      current = v;
      length = 1;
    }
  }
  raw.push(length);
  return { lengths: foldSpecks(raw, speck), firstBlack };
}

function foldSpecks(raw: number[], speck: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < raw.length; k++) {
    const len = raw[k]!;
    const interior = k > 0 && k < raw.length - 1;
    if (interior && len <= speck && out.length > 0) {
      // previous + speck + next become one run of the previous colour
      out[out.length - 1]! += len + raw[k + 1]!;
      k++;
    } else out.push(len);
  }
  return out;
}

function classifyBar(len: number, limits: RunLimits): '0' | '1' | null {
  if (len >= limits.narrow.min && len <= limits.narrow.max) return '0';
  if (len >= limits.wide.min && len <= limits.wide.max) return '1';
  return null;
}

/**
 * White runs of at least the quiet zone before and after the seven runs starting at `k`. A white run that reaches
 * the image border counts as quiet (the scan may be cropped close to the sheet). A bar touching the border does not.
 */
function hasQuietZones(lengths: number[], k: number, limits: RunLimits): boolean {
  if (k === 0 || k + 7 >= lengths.length) return false;
  const beforeOk = k === 1 || lengths[k - 1]! >= limits.quiet;
  const afterOk = k + 7 === lengths.length - 1 || lengths[k + 7]! >= limits.quiet;
  return beforeOk && afterOk;
}

/** Tries the seven runs bar/space/bar/space/bar/space/bar starting at run `k` (a black run). */
function matchAt(lengths: number[], k: number, limits: RunLimits): PatchCode | null {
  if (!hasQuietZones(lengths, k, limits)) return null;
  let bits = '';
  for (let j = 0; j < 7; j++) {
    const len = lengths[k + j]!;
    if (j % 2 === 1) {
      if (len < limits.space.min || len > limits.space.max) return null;
      continue;
    }
    const bit = classifyBar(len, limits);
    if (bit === null) return null;
    bits += bit;
  }
  return patchFromPattern(bits);
}

/** Every patch found along one scanline. */
export function matchScanline(lengths: number[], firstBlack: boolean, limits: RunLimits, emit: (start: number, code: PatchCode) => void): void {
  let position = 0;
  for (let k = 0; k < lengths.length; k++) {
    const isBlack = (k % 2 === 0) === firstBlack;
    if (isBlack) {
      const code = matchAt(lengths, k, limits);
      if (code) emit(position, code);
    }
    position += lengths[k]!;
  }
}
