import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging';
import { toGrey } from '../../../electron/core/imaging/decode';
import { rotatedCanvas } from '../../../electron/core/imaging/geometry';
import { rotateCut } from '../../../electron/core/imaging/wasm/rotateCut';
import { seededRandom } from '../../support/seededRandom';

function randomImage(width: number, height: number, channels: 1 | 3, seed: number): RawImage {
  const rand = seededRandom(seed);
  const data = Buffer.alloc(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(rand() * 256);
  return { data, width, height, channels };
}

const FIXED = 65536;

/**
 * The rotation written out pixel by pixel in plain arithmetic: the same 16.16 source positions (the canvas row's
 * first pixel in double precision, then whole steps of cos/−sin) and the same bilinear with 8-bit weights, white outside the image.
 */
function reference(image: RawImage, angleDeg: number, cut: { left: number; top: number; width: number; height: number }): Buffer {
  const { width: w, height: h, channels: ch, data } = image;
  const canvas = rotatedCanvas(w, h, angleDeg);
  const rad = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const [dx, dy] = [Math.round(cos * FIXED), Math.round(-sin * FIXED)];
  const tap = (x: number, y: number, c: number): number => (x < 0 || y < 0 || x >= w || y >= h ? 255 : data[(y * w + x) * ch + c]!);
  const out = Buffer.alloc(cut.width * cut.height * ch);
  for (let y = 0; y < cut.height; y++) {
    const ox = 0.5 - canvas.width / 2;
    const oy = cut.top + y + 0.5 - canvas.height / 2;
    const sx0 = Math.round((ox * cos + oy * sin + w / 2 - 0.5) * FIXED);
    const sy0 = Math.round((-ox * sin + oy * cos + h / 2 - 0.5) * FIXED);
    for (let x = cut.left; x < cut.left + cut.width; x++) {
      const sx = sx0 + x * dx;
      const sy = sy0 + x * dy;
      const [ix, iy, fx, fy] = [sx >> 16, sy >> 16, (sx >> 8) & 255, (sy >> 8) & 255];
      for (let c = 0; c < ch; c++) {
        const top = tap(ix, iy, c) * (256 - fx) + tap(ix + 1, iy, c) * fx;
        const bottom = tap(ix, iy + 1, c) * (256 - fx) + tap(ix + 1, iy + 1, c) * fx;
        out[(y * cut.width + x - cut.left) * ch + c] = (top * (256 - fy) + bottom * fy + 32768) >> 16;
      }
    }
  }
  return out;
}

describe('rotateCut (WebAssembly bilinear turn)', () => {
  it('gives exactly the bilinear turn of the plain-arithmetic reference, edges and background included', () => {
    const rand = seededRandom(11);
    for (let k = 0; k < 12; k++) {
      const channels = k % 2 === 0 ? 3 : 1;
      const image = randomImage(30 + Math.floor(rand() * 90), 30 + Math.floor(rand() * 90), channels, k);
      const angle = (rand() - 0.5) * 30 + [0, 90, 180, 270][k % 4]!;
      const canvas = rotatedCanvas(image.width, image.height, angle);
      // A cut that pokes out of the canvas on two sides: everything out there is white background.
      const cut = { left: -3, top: 2, width: canvas.width, height: canvas.height - 1 };
      const turned = rotateCut(image, angle, canvas, cut, false);
      expect([turned.image.width, turned.image.height, turned.image.channels]).toEqual([cut.width, cut.height, channels]);
      expect(turned.image.data.equals(reference(image, angle, cut)), `${image.width}×${image.height}×${channels} at ${angle.toFixed(2)}°`).toBe(true);
    }
  });

  it('moves every pixel exactly on a half turn (pixel centres turn about the page centre)', () => {
    const image = randomImage(57, 31, 3, 5);
    const turned = rotateCut(image, 180, { width: 57, height: 31 }, { left: 0, top: 0, width: 57, height: 31 }, false);
    const reversed = Buffer.alloc(image.data.length);
    for (let p = 0; p < 57 * 31; p++) image.data.copy(reversed, (57 * 31 - 1 - p) * 3, p * 3, p * 3 + 3);
    expect(turned.image.data.equals(reversed)).toBe(true);
  });

  it('turns a dark square about the page centre: its centre lands where the rotation puts it, its ink is kept', () => {
    const [w, h] = [400, 300];
    const data = Buffer.alloc(w * h, 255);
    for (let y = 60; y < 100; y++) data.fill(0, y * w + 250, y * w + 290);
    const angle = 7.5;
    const canvas = rotatedCanvas(w, h, angle);
    const turned = rotateCut({ data, width: w, height: h, channels: 1 }, angle, canvas, { left: 0, top: 0, ...canvas }, false).image;
    let [mass, mx, my] = [0, 0, 0];
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        const ink = 255 - turned.data[y * canvas.width + x]!;
        [mass, mx, my] = [mass + ink, mx + ink * (x + 0.5), my + ink * (y + 0.5)];
      }
    }
    // Clockwise on the page (y down): (dx, dy) from the centre goes to (dx cos − dy sin, dx sin + dy cos).
    const rad = (angle * Math.PI) / 180;
    const [dx, dy] = [270 - w / 2, 80 - h / 2];
    expect(mx / mass).toBeCloseTo(canvas.width / 2 + dx * Math.cos(rad) - dy * Math.sin(rad), 1);
    expect(my / mass).toBeCloseTo(canvas.height / 2 + dx * Math.sin(rad) + dy * Math.cos(rad), 1);
    expect(Math.abs(mass / 255 - 1600) / 1600).toBeLessThan(0.01);
  });

  it('makes the grey copy of a colour page with the turn, equal to the luma of the turned pixels', () => {
    const image = randomImage(203, 151, 3, 9);
    const canvas = rotatedCanvas(203, 151, -2.2);
    const turned = rotateCut(image, -2.2, canvas, { left: 4, top: 5, width: 200, height: 140 }, true);
    expect(turned.grey?.equals(toGrey(turned.image).data)).toBe(true);
    expect(rotateCut(image, -2.2, canvas, { left: 4, top: 5, width: 200, height: 140 }, false).grey).toBeNull();
  });

  it('serves pages of growing size from one instance, each result its own copy', () => {
    const small = rotateCut(randomImage(40, 40, 3, 1), 3, rotatedCanvas(40, 40, 3), { left: 0, top: 0, width: 40, height: 40 }, false).image;
    const before = Buffer.from(small.data);
    const big = randomImage(900, 700, 3, 2);
    const turned = rotateCut(big, -4, rotatedCanvas(900, 700, -4), { left: 10, top: 10, width: 880, height: 680 }, false).image;
    expect(turned.data.equals(reference(big, -4, { left: 10, top: 10, width: 880, height: 680 }))).toBe(true);
    expect(small.data.equals(before)).toBe(true);
  });
});
