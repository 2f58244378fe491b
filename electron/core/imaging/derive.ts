import { inkGridFromMask, inkGridFromRuns, type InkGrid } from './InkGrid';
import type { Straightened } from './geometry';
import { maskToBw, removeSmallComponentsFor, sauvolaMask } from './binarize';
import { blankFromCounts } from './blank';
import type { CleanOptions, CleanedPage } from './cleanTypes';
import { labelRuns, maskFromRuns, runComponents } from './components';
import { greyToRgb } from './decode';
import { greyInkPass, naps2Level, type InkPass } from './inkPass';

/** What the pass over the straightened page gives the cleaned page. */
export type Derived = Pick<CleanedPage, 'image' | 'grey' | 'inkMask' | 'inkGrid' | 'inkRatio' | 'blank'>;

interface Ink {
  mask: Uint8Array;
  inkGrid: InkGrid;
}

/**
 * The ink mask after despeckle and its ink grid. Colour and grey pages bring their ink as runs from the grey pass
 * (the mask is filled from them, never thresholded twice); black-and-white pages use Sauvola's mask.
 */
function inkOf(pass: InkPass, opts: CleanOptions): Ink {
  const { width, height } = pass.grey;
  const cellPx = Math.max(1, Math.round(opts.dpi / 25));
  const mask = pass.runs ? maskFromRuns(pass.runs, width, height) : sauvolaMask(pass.grey, Math.max(15, Math.round((31 * opts.dpi) / 300) | 1));
  if (!(opts.despeckle ?? true)) {
    const inkGrid = pass.runs ? inkGridFromRuns(pass.runs, width, height, cellPx) : inkGridFromMask(mask, width, height, cellPx);
    return { mask, inkGrid };
  }
  const labelled = pass.runs ? labelRuns(pass.runs, height) : runComponents(mask, width, height);
  const cc = removeSmallComponentsFor(mask, width, height, opts.dpi, labelled);
  return { mask, inkGrid: inkGridFromRuns(cc, width, height, cellPx) };
}

/**
 * The derived image, grey copy, blank verdict, despeckled ink mask and ink grid of the straightened page: one pass
 * over its pixels, then work on runs of ink only. `lap` marks the end of the blank verdict.
 */
export function derive(straight: Straightened, inkLevel: number, opts: CleanOptions, lap: () => void): Derived {
  const bw = opts.output === 'bw';
  const cellPx = Math.max(1, Math.round(opts.dpi / 25));
  const pass = greyInkPass(straight.image, bw ? null : inkLevel, naps2Level(opts.blankWhite ?? 70), cellPx, straight.grey);
  const { blank, inkRatio } = blankFromCounts(pass.counts, opts.blankCoverage ?? 25, opts.dpi);
  lap();
  const { grey } = pass;
  const ink = inkOf(pass, opts);
  const image = opts.output === 'color' ? greyToRgb(straight.image) : opts.output === 'gray' ? grey : maskToBw(ink.mask, grey.width, grey.height);
  return { image, grey, inkMask: ink.mask, inkGrid: ink.inkGrid, inkRatio, blank };
}
