import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging';
import { lumaHistogram, shrunkGrey } from '../../../electron/core/imaging/wasm/pageStats';
import { seededRandom } from '../../support/seededRandom';

function randomImage(width: number, height: number, channels: 1 | 3, seed: number): RawImage {
  const rand = seededRandom(seed);
  const data = Buffer.alloc(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = rand() < 0.2 ? Math.floor(rand() * 256) : 250;
  return { data, width, height, channels };
}

/** Each output pixel: the mean luma (299/587/114) or grey of its factor × factor box, rounded half up. */
function boxMeans(image: RawImage, factor: number): number[] {
  const { width, height, channels, data } = image;
  const out: number[] = [];
  for (let y = 0; y < Math.floor(height / factor); y++) {
    for (let x = 0; x < Math.floor(width / factor); x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        for (let dx = 0; dx < factor; dx++) {
          const p = ((y * factor + dy) * width + x * factor + dx) * channels;
          sum += channels === 3 ? (data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114) / 1000 : data[p]!;
        }
      }
      out.push(Math.round(sum / (factor * factor) + 1e-9));
    }
  }
  return out;
}

describe('page statistics in WebAssembly', () => {
  it('shrinks a page to box means of its luma, for every factor, channel count and ragged edge', () => {
    const rand = seededRandom(3);
    for (let k = 0; k < 10; k++) {
      const channels = k % 2 === 0 ? 3 : 1;
      const factor = 1 + (k % 5);
      const image = randomImage(20 + Math.floor(rand() * 70), 20 + Math.floor(rand() * 70), channels, k);
      const work = shrunkGrey(image, factor);
      expect([work.width, work.height, work.channels]).toEqual([Math.floor(image.width / factor), Math.floor(image.height / factor), 1]);
      expect([...work.data], `${image.width}×${image.height}×${channels} / ${factor}`).toEqual(boxMeans(image, factor));
    }
  });

  it('counts the luma of every step-th pixel', () => {
    for (const channels of [1, 3] as const) {
      const image = randomImage(101, 57, channels, 8);
      const hist = lumaHistogram(image, 7);
      const expected = new Array<number>(256).fill(0);
      for (let p = 0; p < 101 * 57; p += 7) {
        const d = image.data;
        const v = channels === 1 ? d[p]! : (d[p * 3]! * 77 + d[p * 3 + 1]! * 150 + d[p * 3 + 2]! * 29 + 128) >> 8;
        expected[v]! += 1;
      }
      expect([...hist]).toEqual(expected);
    }
  });
});
