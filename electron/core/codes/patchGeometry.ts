import type { PatchCode } from './types';

/**
 * Kodak patch code geometry (guide §6): four parallel black bars, each wide (0.20″) or narrow (0.08″), separated
 * by three narrow (0.08″) spaces, at least 2″ long, with quiet zones around them. Reading from the leading edge,
 * 1 = wide: 1 = 1100, 2 = 1001, 3 = 1010, 4 = 0110, 6 = 0011, T = 0101.
 */
export const PATCH_NARROW_INCH = 0.08;
export const PATCH_WIDE_INCH = 0.2;
export const PATCH_SPACE_INCH = 0.08;
export const PATCH_MIN_LENGTH_INCH = 2;
export const PATCH_QUIET_INCH = 0.1;

/** Tolerances of the detector, as factors of the nominal width (measured on 1–2° skewed, blurred JPEG q50 scans). */
export const NARROW_TOLERANCE = { min: 0.55, max: 1.6 } as const;
export const WIDE_TOLERANCE = { min: 0.7, max: 1.35 } as const;

export const PATCH_PATTERNS: Readonly<Record<PatchCode, string>> = {
  '1': '1100',
  '2': '1001',
  '3': '1010',
  '4': '0110',
  '6': '0011',
  T: '0101',
};

const BY_PATTERN = new Map<string, PatchCode>(Object.entries(PATCH_PATTERNS).map(([code, bits]) => [bits, code as PatchCode]));

export function patchFromPattern(bits: string): PatchCode | null {
  return BY_PATTERN.get(bits) ?? null;
}

/** Offsets (from the first bar's leading side) and widths of the four bars, in inches. */
export function patchBars(code: PatchCode): Array<{ offset: number; width: number }> {
  const bars: Array<{ offset: number; width: number }> = [];
  let offset = 0;
  for (const bit of PATCH_PATTERNS[code]) {
    const width = bit === '1' ? PATCH_WIDE_INCH : PATCH_NARROW_INCH;
    bars.push({ offset, width });
    offset += width + PATCH_SPACE_INCH;
  }
  return bars;
}
