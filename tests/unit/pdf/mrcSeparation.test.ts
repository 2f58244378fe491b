import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { lumaOf, otsuSplit } from '../../../electron/core/pdf/inkThreshold';
import { dilate } from '../../../electron/core/pdf/haloRing';
import { fillBackground } from '../../../electron/core/pdf/mrcBackground';
import { separateMrc } from '../../../electron/core/pdf/mrcSeparation';
import { neutralInkMask } from '../../../electron/core/pdf/neutralInk';

const SERIF = 'Liberation Serif';

/** Rendered at 300 dpi: black Vietnamese text, a red ring with red lettering, a blue stroke, on tinted paper. */
async function page(paper = '#fbf6e4'): Promise<RawImage> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600">
<rect width="900" height="600" fill="${paper}"/>
<text x="40" y="90" font-family="${SERIF}" font-size="54" fill="#111">Cộng hòa xã hội chủ nghĩa Việt Nam</text>
<text x="40" y="170" font-family="${SERIF}" font-size="54" fill="#222">Độc lập - Tự do - Hạnh phúc; đặt tên chữ đệm</text>
<circle cx="600" cy="400" r="150" fill="none" stroke="rgb(212,35,43)" stroke-width="12"/>
<text x="600" y="415" font-family="${SERIF}" font-weight="bold" font-size="40" text-anchor="middle" fill="rgb(212,35,43)">UBND XÃ</text>
<path d="M60 500 C 160 380, 260 560, 380 430" stroke="rgb(29,60,158)" stroke-width="6" fill="none"/>
</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

function at(img: RawImage, x: number, y: number): number[] {
  const p = (y * img.width + x) * img.channels;
  return [...img.data.subarray(p, p + img.channels)];
}

describe('Otsu split', () => {
  it('separates ink from paper and finds none on a blank, noisy sheet', async () => {
    const split = otsuSplit(lumaOf(await page()));
    expect(split.hasInk).toBe(true);
    expect(split.threshold).toBeGreaterThan(60);
    expect(split.threshold).toBeLessThan(220);
    const noisy = new Uint8Array(100_000).map((_, i) => 230 + ((i * 7919) % 13));
    expect(otsuSplit(noisy).hasInk).toBe(false);
  });
});

describe('neutral ink mask', () => {
  it('takes the black text, leaves red and blue ink out', async () => {
    const img = await page();
    const luma = lumaOf(img);
    const mask = neutralInkMask(img, otsuSplit(luma), 3);
    let black = 0;
    let blackIn = 0;
    let coloured = 0;
    let colouredIn = 0;
    for (let i = 0; i < mask.length; i++) {
      const [r, g, b] = [img.data[i * 3]!, img.data[i * 3 + 1]!, img.data[i * 3 + 2]!];
      if (Math.max(r, g, b) < 60) {
        black++;
        if (mask[i] === 0) blackIn++;
      } else if (Math.max(r, g, b) - Math.min(r, g, b) > 100) {
        coloured++;
        if (mask[i] === 0) colouredIn++;
      }
    }
    expect(black).toBeGreaterThan(5000);
    expect(coloured).toBeGreaterThan(5000);
    expect(blackIn / black).toBeGreaterThan(0.99);
    expect(colouredIn / coloured).toBeLessThan(0.01);
  });
});

describe('dilate', () => {
  it('matches a brute-force square dilation', () => {
    const width = 37;
    const height = 23;
    const mask = new Uint8Array(width * height).map((_, i) => ((i * 2654435761) >>> 0) % 53 === 0 ? 0 : 255);
    for (const radius of [0, 1, 2, 3]) {
      const fast = dilate(mask, width, height, radius);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let near = 0;
          for (let dy = -radius; dy <= radius; dy++) {
            for (let dx = -radius; dx <= radius; dx++) {
              const nx = x + dx;
              const ny = y + dy;
              if (nx >= 0 && ny >= 0 && nx < width && ny < height && mask[ny * width + nx] === 0) near = 1;
            }
          }
          expect(fast[y * width + x], `${x},${y} r${radius}`).toBe(near);
        }
      }
    }
  });
});

describe('MRC background', () => {
  it('fills text with the paper around it and keeps the seal red', async () => {
    const img = await page();
    const layers = separateMrc(img, { width: 450, height: 300 }, 300);
    const bg = layers.background;
    expect([bg.width, bg.height, bg.channels]).toEqual([450, 300, 3]);
    // Inside a glyph row of the first line, the background is the cream paper, not grey.
    for (let x = 30; x < 420; x += 13) {
      const [r, g, b] = at(bg, x, 35);
      expect(Math.abs(r! - 0xfb) + Math.abs(g! - 0xf6) + Math.abs(b! - 0xe4), `x ${x}`).toBeLessThan(24);
    }
    const [r, g, b] = at(bg, 300, 200 - 75); // top of the ring (600, 250) at half size
    expect(r! - Math.max(g!, b!)).toBeGreaterThan(100);
    expect(Math.max(...layers.maskColour)).toBeLessThan(60);
  });

  it('a blank sheet has no mask and its own colour as background', () => {
    const img: RawImage = { data: Buffer.alloc(64 * 40 * 3), width: 64, height: 40, channels: 3 };
    for (let i = 0; i < 64 * 40; i++) img.data.set([240 + (i % 5), 236, 220], i * 3);
    const layers = separateMrc(img, { width: 32, height: 20 }, 300);
    expect(layers.mask.every((v) => v === 255)).toBe(true);
    expect(layers.maskColour).toEqual([0, 0, 0]);
    for (let i = 0; i < 32 * 20; i++) {
      const [r, g, b] = layers.background.data.subarray(i * 3, i * 3 + 3);
      expect(r).toBeGreaterThanOrEqual(240);
      expect(r).toBeLessThanOrEqual(244);
      expect([g, b]).toEqual([236, 220]);
    }
  });

  it('stays paper-white when everything is text', () => {
    const img: RawImage = { data: Buffer.alloc(40 * 30 * 3, 20), width: 40, height: 30, channels: 3 };
    const bg = fillBackground(img, new Uint8Array(40 * 30).fill(1), 10, 8);
    expect([...bg.data].every((v) => v === 255)).toBe(true);
  });
});

/** A seeded page of paper, dark neutral strokes, dark red and blue blobs and mid greys (every branch of the passes). */
function synthetic(width: number, height: number, channels: 1 | 3 = 3): RawImage {
  const data = Buffer.alloc(width * height * channels);
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 16777216;
  for (let i = 0; i < width * height; i++) {
    const rgb = syntheticColour(i % width, Math.floor(i / width), width, height, rnd);
    for (let c = 0; c < channels; c++) data[i * channels + c] = Math.max(0, Math.min(255, channels === 1 ? rgb[1]! : rgb[c]!));
  }
  return { data, width, height, channels };
}

function syntheticColour(x: number, y: number, width: number, height: number, rnd: () => number): number[] {
  const noise = Math.floor(rnd() * 20) - 10;
  if ((x + 3 * y) % 17 < 3) return [30 + noise, 32 + noise, 28 + noise];
  if (x > width / 2 && y > height / 2 && (x * y) % 11 < 4) return [200 + noise, 30, 40];
  if (x < width / 3 && y > height / 2 && (x + y) % 7 < 2) return [30, 50, 170 + noise];
  if (rnd() < 0.05) return [140 + noise, 140 + noise, 140 + noise];
  return [235 + noise, 232 + noise, 225 + noise];
}

/** The mask by definition: luma below the threshold and the mean colour of the dark pixels in the (2r+1)² window neutral. */
function referenceMask(img: RawImage, threshold: number, radius: number): Uint8Array {
  const { width, height, data } = img;
  const luma = lumaOf(img);
  const mask = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (luma[y * width + x]! >= threshold) continue;
      const sum = [0, 0, 0];
      let n = 0;
      for (let ny = Math.max(0, y - radius); ny <= Math.min(height - 1, y + radius); ny++) {
        for (let nx = Math.max(0, x - radius); nx <= Math.min(width - 1, x + radius); nx++) {
          const k = ny * width + nx;
          if (luma[k]! >= threshold) continue;
          for (let c = 0; c < 3; c++) sum[c]! += data[k * 3 + c]!;
          n++;
        }
      }
      if ((Math.max(...sum) - Math.min(...sum)) / n <= 40) mask[y * width + x] = 0;
    }
  }
  return mask;
}

describe('fast paths agree with the definitions', () => {
  it('neutral-ink mask, with and without the word-wide paper test (width 64 and 66)', () => {
    for (const width of [64, 66]) {
      const img = synthetic(width, 40);
      const split = otsuSplit(lumaOf(img));
      expect(split.hasInk).toBe(true);
      const mask = neutralInkMask(img, split, 3);
      const want = referenceMask(img, split.threshold, 3);
      let differing = 0;
      for (let i = 0; i < mask.length; i++) if (mask[i] !== want[i]) differing++;
      expect(differing, `width ${width}`).toBe(0);
      expect(mask.includes(0)).toBe(true);
    }
  });

  it('background cells are the mean of their pixels left out of the halo (2:1 word path, odd widths, 200 → 150 dpi, grey)', () => {
    const cases: Array<[RawImage, number, number]> = [
      [synthetic(64, 40), 32, 20],
      [synthetic(66, 41), 33, 21],
      [synthetic(60, 40), 45, 30],
      [synthetic(64, 40, 1), 32, 20],
    ];
    for (const [img, bw, bh] of cases) {
      const excluded = new Uint8Array(img.width * img.height).map((_, i) => (i % img.width < 8 ? 1 : (i * 7) % 5 === 0 ? 1 : 0));
      const bg = fillBackground(img, excluded, bw, bh);
      const sums = new Float64Array(bw * bh * 3);
      const counts = new Float64Array(bw * bh);
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          if (excluded[y * img.width + x] === 1) continue;
          const cell = Math.min(bh - 1, Math.floor((y * bh) / img.height)) * bw + Math.min(bw - 1, Math.floor((x * bw) / img.width));
          for (let c = 0; c < 3; c++) sums[cell * 3 + c]! += img.data[(y * img.width + x) * img.channels + (img.channels === 3 ? c : 0)]!;
          counts[cell]!++;
        }
      }
      let known = 0;
      for (let cell = 0; cell < counts.length; cell++) {
        if (counts[cell] === 0) continue;
        known++;
        for (let c = 0; c < 3; c++) expect(bg.data[cell * 3 + c], `${img.width}×${img.height} cell ${cell}`).toBe(Math.round(sums[cell * 3 + c]! / counts[cell]!));
      }
      expect(known).toBeGreaterThan(counts.length / 2);
      expect(known).toBeLessThan(counts.length); // the left band is all halo: filled, not measured
    }
  });

  it('separateMrc: the streamed halo leaves out exactly dilate(mask) (same background as from the whole-page halo)', () => {
    const img = synthetic(64, 40);
    const layers = separateMrc(img, { width: 32, height: 20 }, 300);
    const excluded = dilate(layers.mask, img.width, img.height, 2);
    expect([...layers.background.data]).toEqual([...fillBackground(img, excluded, 32, 20).data]);
  });
});
