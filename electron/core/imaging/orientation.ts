import type { RawImage } from './RawImage';
import { transposePoints, turnPointsClockwise, type InkPoints } from './inkPoints';
import { estimateSkew } from './skew';
import { lineLengths, linePitch, rowProfile, textLines } from './textLines';
import { WORK_DPI, readWorkCopy, toWorkCopy, workFactor } from './workCopy';

export type QuarterTurn = 0 | 90 | 180 | 270;

export interface OrientationEstimate {
  /** clockwise turn that makes the page upright */
  turn: QuarterTurn;
  /** skew left after the turn, degrees, sharp's sign (straighten with `rotate(-skew)`) */
  skew: number;
  /** text lines found in the upright frame */
  lines: number;
}

/** Fewer letter-sized marks than this (a signature, a seal, dust): no skew or turn is trusted. */
export const MIN_MARKS = 10;
/** A profile this sharp (1 = ink spread evenly) is a line structure worth straightening. */
const MIN_SKEW_PEAKINESS = 1.3;
/** A page is turned only on the evidence of this many text lines. */
const MIN_LINES_TO_TURN = 3;
/** Ink above the x-height band vs below the baseline needed to call a side; in between the page is left as it is. */
const FLIP_RATIO = 1.4;
/** A text line runs for at least this many line pitches. */
const MIN_LINE_LENGTH_PITCHES = 6;

interface FrameReading {
  /** text lines: separated from their neighbours and long */
  lines: number;
  /** true upside down, false upright, null undecided */
  flipped: boolean | null;
}

/**
 * Reads the text lines of one frame (points straightened by `skew`) and which way up they stand: Vietnamese
 * diacritics, capitals and ascenders put far more ink above the x-height band than descenders (g p q y) and the dot
 * below put under the baseline; turned by 180° the profile and the asymmetry flip.
 */
export function readFrame(points: InkPoints, skew: number): FrameReading {
  const profile = rowProfile(points, skew);
  const pitch = linePitch(profile.bins, Math.round((2 * WORK_DPI) / 25.4), Math.round((15 * WORK_DPI) / 25.4));
  if (pitch === 0) return { lines: 0, flipped: null };
  const all = textLines(profile.bins, pitch);
  const lengths = lineLengths(points, profile, all);
  const lines = all.filter((line, i) => line.separated && lengths[i]! >= pitch * MIN_LINE_LENGTH_PITCHES);
  let above = 0;
  let below = 0;
  let votes = 0;
  for (const line of lines) {
    above += line.above;
    below += line.below;
    votes += Math.sign(line.above - line.below);
  }
  let flipped: boolean | null = null;
  if (lines.length >= MIN_LINES_TO_TURN && above > below * FLIP_RATIO && votes > 0) flipped = false;
  if (lines.length >= MIN_LINES_TO_TURN && below > above * FLIP_RATIO && votes < 0) flipped = true;
  return { lines: lines.length, flipped };
}

/**
 * Orientation and remaining skew from the text-sized ink of a work copy (about 75 dpi). Lines run across the frame
 * whose profile shows more separated, long lines; a page without enough of them is neither turned nor straightened.
 */
export function estimateOrientation(points: InkPoints, marks: number): OrientationEstimate {
  if (marks < MIN_MARKS) return { turn: 0, skew: 0, lines: 0 };
  const horizontal = estimateSkew(points);
  const across = readFrame(points, horizontal.angle);
  // Transposing mirrors the page, turning it does not: the skew changes sign between the two frames.
  const transposed = transposePoints(points);
  const turned = turnPointsClockwise(points);
  const roughly = estimateSkew(transposed, 15, false);
  const down = readFrame(turned, -roughly.angle);
  if (down.lines >= MIN_LINES_TO_TURN && down.lines > across.lines && roughly.peakiness > horizontal.peakiness) {
    const vertical = estimateSkew(transposed);
    const upright = readFrame(turned, -vertical.angle);
    return { turn: upright.flipped === true ? 270 : 90, skew: -vertical.angle, lines: upright.lines };
  }
  const skew = horizontal.peakiness >= MIN_SKEW_PEAKINESS ? horizontal.angle : 0;
  return { turn: across.flipped === true ? 180 : 0, skew, lines: across.lines };
}

/** The clockwise quarter turn that makes a page upright, without OCR (0 when the page shows no text lines). */
export function detectOrientation(grey: RawImage, dpi: number): QuarterTurn {
  const factor = workFactor(grey.width, dpi);
  const { points, marks } = readWorkCopy(toWorkCopy(grey, factor), dpi / factor);
  return estimateOrientation(points, marks).turn;
}
