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

  it('stays paper-white when everything is text', () => {
    const img: RawImage = { data: Buffer.alloc(40 * 30 * 3, 20), width: 40, height: 30, channels: 3 };
    const bg = fillBackground(img, new Uint8Array(40 * 30).fill(1), 10, 8);
    expect([...bg.data].every((v) => v === 255)).toBe(true);
  });
});
