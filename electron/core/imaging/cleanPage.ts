import { AppError } from '../../shared/errors/AppError';
import type { RawImage } from './RawImage';
import { NO_BANDS, fillBands, findEdgeBands, hasBands, type EdgeBands } from './borders';
import type { CleanOptions, CleanTimings, CleanedPage } from './cleanTypes';
import { decodePage } from './decode';
import { derive } from './derive';
import { MIN_SKEW_DEG, applyGeometry, turnedSize, type CropRect } from './geometry';
import type { InkPoints } from './inkPoints';
import { MIN_MARKS, estimateOrientation, type QuarterTurn } from './orientation';
import { estimateSkew } from './skew';
import { detectionLevel, readWorkCopy, toWorkCopy, workFactor } from './workCopy';

/** A scanner's dark edge is at most this share of the page across; it is painted white (the page keeps its size). */
const EDGE_BAND_MAX = 0.05;
/** Dark surroundings of a smaller sheet (ADF backing) reach up to this far in; the page is cut to the sheet. */
const BACKGROUND_MAX = 0.4;

interface Plan {
  turn: QuarterTurn;
  skew: number;
  crop: CropRect | null;
  /** ink level of the page (after the edges are painted), for the ink mask */
  inkLevel: number;
}

class StageClock {
  private last = performance.now();
  readonly started = this.last;
  readonly timings: CleanTimings = { decodeMs: 0, orientMs: 0, deskewMs: 0, cropMs: 0, blankMs: 0, totalMs: 0 };

  lap(stage: Exclude<keyof CleanTimings, 'totalMs'>): void {
    const now = performance.now();
    this.timings[stage] += Math.round((now - this.last) * 10) / 10;
    this.last = now;
  }

  finish(): CleanTimings {
    this.timings.totalMs = Math.round((performance.now() - this.started) * 10) / 10;
    return this.timings;
  }
}

/** The dark surroundings left in the straightened frame, as the rectangle of the sheet in full-resolution pixels. */
async function sheetCrop(work: RawImage, plan: Plan, factor: number, full: { width: number; height: number }): Promise<CropRect | null> {
  if (!darkNearEdges(work, plan.skew)) return null;
  const straight = await applyGeometry(work, plan.turn, plan.skew, null);
  const bands: EdgeBands = findEdgeBands(straight.image, BACKGROUND_MAX);
  if (!hasBands(bands)) return null;
  const target = turnedSize(full.width, full.height, plan.turn);
  const left = Math.min(target.width, bands.left * factor);
  const top = Math.min(target.height, bands.top * factor);
  const width = target.width - left - Math.min(target.width, bands.right * factor);
  const height = target.height - top - Math.min(target.height, bands.bottom * factor);
  // A "sheet" under half the scan is more likely a dark document than a sheet on a dark backing: keep it all.
  if (width < target.width / 2 || height < target.height / 2) return null;
  return { left, top, width, height };
}

/**
 * Whether the straightened copy could show a dark band at all: a band starts within 2 lines of an edge with lines
 * that are mostly darker than half the paper (≤ 127 whatever the paper), and those lines come from within
 * `reach` of an edge of the unturned copy (the straightening moves the edge by up to half the page × sin θ;
 * quarter turns map edges to edges; the background it brings in is white). No such dark pixel there: no band,
 * and the copy need not be straightened to look.
 */
function darkNearEdges(work: RawImage, skew: number): boolean {
  const { width, height, data } = work;
  const sin = Math.abs(Math.sin((skew * Math.PI) / 180));
  const reach = Math.ceil((Math.max(width, height) / 2) * sin + Math.max(width, height) * (1 - Math.cos((skew * Math.PI) / 180))) + 4;
  for (let y = 0; y < height; y++) {
    const inner = y >= reach && y < height - reach;
    const base = y * width;
    for (let x = 0; x < width; x++) {
      if (inner && x === reach) x = Math.max(reach, width - reach);
      if (data[base + x]! <= 127) return true;
    }
  }
  return false;
}

/** Finds the turn, skew and crop on a small grey copy; paints a scanner's dark edges white in `page` on the way. */
async function planGeometry(page: RawImage, opts: CleanOptions, clock: StageClock): Promise<Plan> {
  const factor = workFactor(page.width, opts.dpi);
  const work = toWorkCopy(page, factor);
  const cropBorders = opts.cropBorders ?? true;
  const edges = cropBorders ? findEdgeBands(work, EDGE_BAND_MAX) : NO_BANDS;
  if (hasBands(edges)) {
    fillBands(page, edges, factor);
    fillBands(work, edges, 1);
  }
  clock.lap('cropMs');
  const { points, marks } = readWorkCopy(work, opts.dpi / factor);
  const estimate = (opts.autoOrient ?? true) ? estimateOrientation(points, marks) : { turn: 0 as const, ...skewOnly(points, marks) };
  const skew = (opts.deskew ?? true) && Math.abs(estimate.skew) >= MIN_SKEW_DEG ? estimate.skew : 0;
  const plan: Plan = { turn: estimate.turn, skew, crop: null, inkLevel: detectionLevel(page) };
  clock.lap('orientMs');
  if (cropBorders) plan.crop = await sheetCrop(work, plan, factor, page);
  clock.lap('cropMs');
  return plan;
}

function skewOnly(points: InkPoints, marks: number): { skew: number } {
  if (marks < MIN_MARKS) return { skew: 0 };
  const estimate = estimateSkew(points);
  return { skew: estimate.peakiness >= 1.3 ? estimate.angle : 0 };
}

/**
 * Cleans one captured page (issue 3, deliverable 1): decode once, paint a scanner's dark edges white, find the
 * upright turn and the skew on a ~75-dpi grey copy, cut to the sheet, then turn and cut the full-resolution
 * page once (its grey copy made on the way). Blank pages are flagged, never dropped.
 */
export async function cleanPage(input: Uint8Array, opts: CleanOptions): Promise<CleanedPage> {
  if (!(opts.dpi > 0)) throw new AppError('imaging/failed', 'Độ phân giải của trang không hợp lệ. Hãy kiểm tra cấu hình quét (dpi).', { details: { dpi: opts.dpi } });
  const clock = new StageClock();
  const page = await decodePage(input, opts.output);
  clock.lap('decodeMs');
  try {
    const plan = await planGeometry(page, opts, clock);
    const straight = await applyGeometry(page, plan.turn, plan.skew, plan.crop, true);
    clock.lap('deskewMs');
    const derived = derive(straight, plan.inkLevel, opts, () => clock.lap('blankMs'));
    return { ...derived, deskewDeg: plan.skew, rotation: plan.turn, crop: plan.crop, dpi: opts.dpi, timings: clock.finish() };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('imaging/failed', 'Không làm sạch được ảnh trang. Hãy thử lại; nếu vẫn lỗi, quét lại trang này.', { cause: err });
  }
}
