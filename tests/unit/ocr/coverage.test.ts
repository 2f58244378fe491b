import { describe, expect, it } from 'vitest';
import { inkGridFromMask } from '../../../electron/core/imaging/InkGrid';
import { coverageOf } from '../../../electron/core/ocr';
import type { BBox, OcrResult } from '../../../electron/core/ocr/OcrTypes';

const W = 400;
const H = 300;

/** A mask with ink in the given rectangles. */
function maskWith(rects: BBox[]): Uint8Array {
  const mask = new Uint8Array(W * H);
  for (const r of rects) for (let y = r.y0; y < r.y1; y++) mask.fill(255, y * W + r.x0, y * W + r.x1);
  return mask;
}

function resultWith(boxes: BBox[]): OcrResult {
  return {
    text: boxes.map(() => 'chữ').join(' '),
    lines: [{ bbox: { x0: 0, y0: 0, x1: W, y1: H }, baseline: { x0: 0, y0: 0, x1: W, y1: 0 }, rowHeight: 40, words: boxes.map((bbox) => ({ text: 'chữ', confidence: 95, bbox })) }],
    meanConfidence: 95,
    engine: 'tesseract.js',
    psm: 3,
    width: W,
    height: H,
    ms: 0,
  };
}

describe('coverageOf', () => {
  const top = { x0: 40, y0: 20, x1: 360, y1: 60 };
  const bottom = { x0: 40, y0: 200, x1: 360, y1: 240 };
  const grid = inkGridFromMask(maskWith([top, bottom]), W, H, 10);

  it('is 1 when words cover all ink, about half when one of two text bands has no words', () => {
    expect(coverageOf(resultWith([top, bottom]), grid)).toBe(1);
    expect(coverageOf(resultWith([top]), grid)).toBeCloseTo(0.5, 1);
    expect(coverageOf(resultWith([]), grid)).toBe(0);
  });

  it('counts a cell as covered when a word box only touches it, and ignores boxes outside the grid', () => {
    const shrunk = { x0: top.x0 + 3, y0: top.y0 + 3, x1: top.x1 - 3, y1: top.y1 - 3 };
    expect(coverageOf(resultWith([shrunk, bottom]), grid)).toBe(1);
    expect(coverageOf(resultWith([{ x0: W + 50, y0: 0, x1: W + 90, y1: 40 }]), grid)).toBe(0);
  });

  it('is 1 on a page without ink', () => {
    expect(coverageOf(resultWith([]), inkGridFromMask(new Uint8Array(W * H), W, H, 10))).toBe(1);
  });
});
