import type { InkGrid } from './InkGrid';
import type { OutputColor, RawImage } from './RawImage';
import type { CropRect } from './geometry';
import type { QuarterTurn } from './orientation';

export interface CleanOptions {
  /** capture resolution of the input */
  dpi: number;
  /** 'color' (default in profiles) | 'gray' | 'bw' */
  output: OutputColor;
  /** default true: ±15° range, ≤ 0.1° error */
  deskew?: boolean;
  /** default true: black-border removal + auto-crop to the paper */
  cropBorders?: boolean;
  /** default true: 0/90/180/270 */
  autoOrient?: boolean;
  /** default true: remove isolated specks (< ~3 px at 300 dpi, scaled with dpi) from the bw output and the ink mask */
  despeckle?: boolean;
  /** NAPS2 "white threshold" 0–100, default 70 */
  blankWhite?: number;
  /** NAPS2 coverage 0–100, default 25 (blank under 0.25 % ink) */
  blankCoverage?: number;
}

export interface CleanTimings {
  decodeMs: number;
  orientMs: number;
  deskewMs: number;
  cropMs: number;
  blankMs: number;
  totalMs: number;
}

export interface CleanedPage {
  /** the derived image: channels 3 for 'color', 1 for 'gray'/'bw' (bw samples 0 or 255) */
  image: RawImage;
  /** 1-channel grey of the same cleaned geometry (barcode reading) */
  grey: RawImage;
  /** ink after despeckle, 1 byte per pixel of `grey` (1 = ink, 0 = paper): the OCR input is made from it */
  inkMask: Uint8Array;
  /** cells of ~1 mm (cellPx = round(dpi / 25)), ink after despeckle (for the OCR coverage check) */
  inkGrid: InkGrid;
  /** ink fraction 0..1 (NAPS2 rule, 1 % edges ignored) */
  inkRatio: number;
  blank: boolean;
  /** angle corrected (0 when skipped), sharp's sign convention */
  deskewDeg: number;
  /** clockwise turn applied to make the page upright */
  rotation: QuarterTurn;
  /** in the deskewed/rotated frame */
  crop: CropRect | null;
  dpi: number;
  timings: CleanTimings;
}
