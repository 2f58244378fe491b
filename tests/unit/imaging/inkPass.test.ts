import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging';
import { maskFromRuns, runComponents } from '../../../electron/core/imaging/components';
import { applyGeometry, extractRaw, rotatedCanvas } from '../../../electron/core/imaging/geometry';
import { greyInkPass } from '../../../electron/core/imaging/inkPass';
import { seededRandom } from '../../support/seededRandom';

/** Noisy paper with dark strokes: every grey level occurs, in runs of every length, at any byte alignment. */
function noisyPage(width: number, height: number, channels: 1 | 3, seed: number): RawImage {
  const rand = seededRandom(seed);
  const data = Buffer.alloc(width * height * channels);
  for (let p = 0; p < width * height; p++) {
    const stroke = rand() < 0.08;
    for (let c = 0; c < channels; c++) data[p * channels + c] = stroke ? Math.floor(rand() * 256) : 200 + Math.floor(rand() * 56);
  }
  return { data, width, height, channels };
}

function luma(image: RawImage, p: number): number {
  if (image.channels === 1) return image.data[p]!;
  const d = image.data;
  return (d[p * 3]! * 77 + d[p * 3 + 1]! * 150 + d[p * 3 + 2]! * 29 + 128) >> 8;
}

describe('greyInkPass', () => {
  it('finds exactly the pixels at or below the mask level as runs, and counts NAPS2 ink inside the margins', () => {
    for (const [width, channels, level] of [[203, 3, 140], [256, 1, 127], [97, 3, 254], [120, 1, 100], [64, 3, 255]] as const) {
      const page = noisyPage(width, 150, channels, width + level);
      const pass = greyInkPass(page, level, 178.8, 12);
      const mask = maskFromRuns(pass.runs!, width, 150);
      let wrong = 0;
      let ink = 0;
      const x0 = Math.floor(width * 0.01);
      const y0 = Math.floor(150 * 0.01);
      for (let p = 0; p < width * 150; p++) {
        const g = luma(page, p);
        if (pass.grey.data[p] !== g || mask[p] !== (g <= level ? 1 : 0)) wrong++;
        const x = p % width;
        const y = (p - x) / width;
        if (g < 178.8 && x >= x0 && x < width - x0 && y >= y0 && y < 150 - y0) ink++;
      }
      expect(wrong, `width ${width} level ${level}`).toBe(0);
      expect(pass.counts.ink).toBe(ink);
      expect(pass.counts.cells.reduce((a, b) => a + b, 0)).toBe(ink);
    }
  });
});

describe('applyGeometry', () => {
  it('predicts the canvas of sharp\'s rotate (the turned bounding box the page is centred on)', async () => {
    const rand = seededRandom(7);
    for (let k = 0; k < 40; k++) {
      const angle = (rand() - 0.5) * 30 + [0, 90, 180, 270][k % 4]!;
      const width = 40 + Math.floor(rand() * 500);
      const height = 40 + Math.floor(rand() * 500);
      const { info } = await sharp(Buffer.alloc(width * height), { raw: { width, height, channels: 1 } }).rotate(angle).raw().toBuffer({ resolveWithObject: true });
      expect(rotatedCanvas(width, height, angle), `${width}×${height} at ${angle}°`).toEqual({ width: info.width, height: info.height });
    }
  });

  it('cuts the crop out of the turned page, the page itself centred on the turned canvas', async () => {
    const page = noisyPage(300, 420, 3, 3);
    for (const [turn, skew] of [[90, -2.4], [0, 3.1], [180, 0]] as const) {
      const crop = { left: 7, top: 11, width: turn === 90 ? 380 : 250, height: turn === 90 ? 250 : 380 };
      const whole = await applyGeometry(page, turn, skew, null, true);
      const cut = await applyGeometry(page, turn, skew, crop, true);
      expect([whole.image.width, whole.image.height]).toEqual(turn === 90 ? [420, 300] : [300, 420]);
      expect([cut.image.width, cut.image.height, cut.image.channels]).toEqual([crop.width, crop.height, 3]);
      expect(cut.image.data.equals(extractRaw(whole.image, crop).data), `turn ${turn} skew ${skew}`).toBe(true);
      // The grey copy comes with the turn when it resamples, and is then the luma of the turned pixels.
      if (cut.grey) expect([...cut.grey.subarray(0, 500)]).toEqual(Array.from({ length: 500 }, (_, p) => luma(cut.image, p)));
    }
  });
});

/** The pixels of the 8-connected component of `mask` at `p` (marking them in `seen`). */
function floodFill(mask: Uint8Array, width: number, height: number, p: number, seen: Uint8Array): number[] {
  const stack = [p];
  const pixels: number[] = [];
  seen[p] = 1;
  while (stack.length > 0) {
    const q = stack.pop()!;
    pixels.push(q);
    const x = q % width;
    const y = (q - x) / width;
    for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
      for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
        const n = ny * width + nx;
        if (!mask[n] || seen[n]) continue;
        seen[n] = 1;
        stack.push(n);
      }
    }
  }
  return pixels;
}

describe('runComponents', () => {
  it('labels 8-connected components like a flood fill, each rooted at its first run', () => {
    const rand = seededRandom(11);
    const width = 97;
    const height = 61;
    const mask = new Uint8Array(width * height);
    for (let i = 0; i < mask.length; i++) mask[i] = rand() < 0.35 ? 1 : 0;
    const cc = runComponents(mask, width, height);
    const label = new Int32Array(mask.length).fill(-1);
    for (let i = 0; i < cc.count; i++) label.fill(cc.root[i]!, cc.row[i]! * width + cc.start[i]!, cc.row[i]! * width + cc.end[i]!);
    const firstRunOf = new Map<number, number>();
    for (let i = cc.count - 1; i >= 0; i--) firstRunOf.set(cc.root[i]!, i);
    const seen = new Uint8Array(mask.length);
    for (let p = 0; p < mask.length; p++) {
      if (!mask[p] || seen[p]) continue;
      const pixels = floodFill(mask, width, height, p, seen);
      expect(new Set(pixels.map((q) => label[q]))).toEqual(new Set([label[p]]));
      expect(cc.area[label[p]!]).toBe(pixels.length);
      expect(firstRunOf.get(label[p]!)).toBe(label[p]);
    }
  });
});
