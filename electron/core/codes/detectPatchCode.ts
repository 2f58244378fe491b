import type { RawImage } from '../imaging/RawImage';
import { otsuThreshold } from './otsu';
import { matchScanline, runLimits, scanlineRuns, type PatchHit } from './patchRuns';
import type { PatchCode } from './types';

/** Every 4th row and column is enough: bars are ≥ 2″ long, we need ≥ 1″ of agreeing scanlines. */
const SCAN_STEP = 4;
/** Ink must be this much darker than paper, or the page is treated as empty (Otsu splits noise otherwise). */
const MIN_CONTRAST = 60;
const CLUSTER_ALIGN_INCH = 0.1;
const CLUSTER_GAP_INCH = 0.25;
const MIN_EXTENT_INCH = 1;
/** Share of the scanlines across a cluster's extent that must have matched. */
const MIN_DENSITY = 0.5;

export function toLuma(image: RawImage): Uint8Array {
  if (image.channels === 1) return image.data;
  const pixels = image.width * image.height;
  const out = new Uint8Array(pixels);
  for (let i = 0, s = 0; i < pixels; i++, s += 3) {
    out[i] = (306 * image.data[s]! + 601 * image.data[s + 1]! + 117 * image.data[s + 2]! + 512) >> 10;
  }
  return out;
}

/**
 * Otsu's threshold: luma ≤ threshold is ink. `contrast` is false when the page has none to speak of (blank page).
 * Callers compare against the threshold where they read (no ink mask: writing one costs ~6 ms at 150 dpi).
 */
export function inkThreshold(luma: Uint8Array): { threshold: number; contrast: boolean } {
  const { threshold, darkMean, lightMean } = otsuThreshold(luma, 3);
  return { threshold, contrast: lightMean - darkMean >= MIN_CONTRAST };
}

function scanHits(luma: Uint8Array, threshold: number, width: number, height: number, dpi: number): PatchHit[] {
  const limits = runLimits(dpi);
  const hits: PatchHit[] = [];
  for (let y = 0; y < height; y += SCAN_STEP) {
    const { lengths, firstBlack } = scanlineRuns(luma, threshold, y * width, 1, width, limits.speck);
    matchScanline(lengths, firstBlack, limits, (start, code) => hits.push({ direction: 'rows', line: y, start, code }));
  }
  for (let x = 0; x < width; x += SCAN_STEP) {
    const { lengths, firstBlack } = scanlineRuns(luma, threshold, x, width, height, limits.speck);
    matchScanline(lengths, firstBlack, limits, (start, code) => hits.push({ direction: 'cols', line: x, start, code }));
  }
  return hits;
}

interface Cluster {
  direction: PatchHit['direction'];
  first: number;
  last: PatchHit;
  count: number;
  votes: Map<PatchCode, number>;
}

/** Chains hits of neighbouring scanlines whose bars start at about the same place (follows a 1–2° skew). */
function clusterHits(hits: PatchHit[], dpi: number): Cluster[] {
  const align = CLUSTER_ALIGN_INCH * dpi;
  const gap = CLUSTER_GAP_INCH * dpi;
  const clusters: Cluster[] = [];
  for (const hit of hits) {
    const owner = clusters.find((c) => c.direction === hit.direction && hit.line - c.last.line <= gap && hit.line > c.last.line && Math.abs(hit.start - c.last.start) <= align);
    if (owner) {
      owner.last = hit;
      owner.count++;
      owner.votes.set(hit.code, (owner.votes.get(hit.code) ?? 0) + 1);
    } else {
      clusters.push({ direction: hit.direction, first: hit.line, last: hit, count: 1, votes: new Map([[hit.code, 1]]) });
    }
  }
  return clusters;
}

function majority(votes: Map<PatchCode, number>): PatchCode {
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Finds a Kodak patch code (guide §6): Otsu, run lengths of every 4th row and column, seven runs
 * bar/space/bar/space/bar/space/bar with quiet zones, hits chained over ≥ 1″ of scanlines, majority code.
 * Works at any resolution; the pipeline runs it on a ≤ 150-dpi copy. Orientation-free: a sheet read from the
 * other end gives the reversed code (T ↔ 3, 1 ↔ 6).
 */
export function detectPatchCode(grey: RawImage, dpi: number): PatchCode | null {
  if (!(dpi > 0) || grey.width < 8 || grey.height < 8) return null;
  const luma = toLuma(grey);
  const { threshold, contrast } = inkThreshold(luma);
  return contrast ? patchCodeOnLuma(luma, threshold, grey.width, grey.height, dpi) : null;
}

/** detectPatchCode on one grey channel whose inkThreshold (with contrast) is known. */
export function patchCodeOnLuma(luma: Uint8Array, threshold: number, width: number, height: number, dpi: number): PatchCode | null {
  if (!(dpi > 0) || width < 8 || height < 8) return null;
  const clusters = clusterHits(scanHits(luma, threshold, width, height, dpi), dpi);
  let best: { code: PatchCode; extent: number } | null = null;
  for (const c of clusters) {
    const extent = c.last.line - c.first;
    const expected = extent / SCAN_STEP + 1;
    if (extent < MIN_EXTENT_INCH * dpi - SCAN_STEP || c.count < expected * MIN_DENSITY) continue;
    if (!best || extent > best.extent) best = { code: majority(c.votes), extent };
  }
  return best?.code ?? null;
}
