import type { ColorModeT } from '../../../../shared/contract/models';

// 2026-03: channel spread ≤ 12/255 tolerates the faint colour cast of grey scans from consumer MFPs.
const CHROMA_TOLERANCE = 12;
// 2026-03: more than 0.1 % of sampled pixels with real colour (a stamp, a signature in blue ink) makes a page colour.
const COLOR_PIXEL_FRACTION = 0.001;
// 2026-03: a page is black & white when (almost) every sample is pure black or white (1-bit sources, thresholded scans).
const BW_LEVEL_TOLERANCE = 8;
const BW_PIXEL_FRACTION = 0.995;

/**
 * Classifies a page from a small nearest-neighbour sample (interpolation would invent grey edges): colour when
 * enough pixels have real chroma, black & white when nearly all samples are 0 or 255, grey otherwise.
 */
export function classifyColorMode(samples: Uint8Array, channels: number): ColorModeT {
  const pixels = Math.floor(samples.length / channels);
  if (pixels === 0) return 'gray';
  let colored = 0;
  let extreme = 0;
  for (let i = 0; i < pixels; i++) {
    const o = i * channels;
    const r = samples[o]!;
    if (channels >= 3) {
      const g = samples[o + 1]!;
      const b = samples[o + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > CHROMA_TOLERANCE) colored++;
    }
    if (r <= BW_LEVEL_TOLERANCE || r >= 255 - BW_LEVEL_TOLERANCE) extreme++;
  }
  if (colored / pixels > COLOR_PIXEL_FRACTION) return 'color';
  return extreme / pixels >= BW_PIXEL_FRACTION ? 'bw' : 'gray';
}
