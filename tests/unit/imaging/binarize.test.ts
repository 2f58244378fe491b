import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { despeckle, otsuThreshold, sauvolaBinarize, type RawImage } from '../../../electron/core/imaging';
import { runComponents } from '../../../electron/core/imaging/components';
import { speckArea } from '../../../electron/core/imaging/binarize';

const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';

/** Ink coverage (0 paper … 255 full ink) of Vietnamese text rendered at `dpi`. */
async function coverage(text: string, pt: number, dpi = 300): Promise<RawImage> {
  const { data, info } = await sharp({ text: { text, fontfile: FONT, font: `Liberation Serif ${pt}`, dpi } })
    .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 1 };
}

/** Pads the coverage with `margin` px of paper and prints it: ink at `ink`, paper at `paper(x)`. */
function print(cov: RawImage, margin: number, ink: number, paper: (x: number) => number): RawImage {
  const width = cov.width + 2 * margin;
  const height = cov.height + 2 * margin;
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const cx = x - margin;
      const cy = y - margin;
      const c = cx >= 0 && cy >= 0 && cx < cov.width && cy < cov.height ? cov.data[cy * cov.width + cx]! / 255 : 0;
      data[y * width + x] = Math.round(paper(x) * (1 - c) + ink * c);
    }
  }
  return { data, width, height, channels: 1 };
}

function blackCount(bw: RawImage, x0 = 0, x1 = bw.width, y0 = 0, y1 = bw.height): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (bw.data[y * bw.width + x] === 0) n++;
  return n;
}

describe('otsuThreshold', () => {
  it('separates printed ink from paper on a rendered page', async () => {
    const cov = await coverage('Ủy ban nhân dân xã Vân Nội xác nhận hồ sơ đăng ký khai sinh.', 13);
    const page = print(cov, 40, 40, () => 235);
    const level = otsuThreshold(page.data);
    expect(level).toBeGreaterThan(40);
    expect(level).toBeLessThan(235);
    // Every bare-paper pixel is above the level and every fully inked one at or below it.
    let misread = 0;
    for (const v of page.data) if ((v === 235 && v <= level) || (v === 40 && v > level)) misread++;
    expect(misread).toBe(0);
    expect(page.data.includes(40)).toBe(true);
  });
});

describe('sauvolaBinarize', () => {
  it('keeps the text and a shadowed background white where one global level cannot', async () => {
    const cov = await coverage('Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014; Nghị định số 123/2015/NĐ-CP.', 12);
    // Paper darkens from 245 to 110 towards the right, like the shadow at a book's fold.
    const width = cov.width + 80;
    const page = print(cov, 40, 30, (x) => 245 - (135 * x) / width);
    const bw = sauvolaBinarize(page);
    expect(bw.channels).toBe(1);
    expect(new Set(bw.data)).toEqual(new Set([0, 255]));
    // No ink invented in the empty band below the text, even where the paper is darkest.
    expect(blackCount(bw, 0, bw.width, bw.height - 30, bw.height)).toBe(0);
    // The letters themselves come out black: almost every fully inked pixel, on both the bright and the dark side.
    let inked = 0;
    let kept = 0;
    for (let y = 0; y < cov.height; y++) {
      for (let x = 0; x < cov.width; x++) {
        if (cov.data[y * cov.width + x]! < 250) continue;
        inked++;
        if (bw.data[(y + 40) * bw.width + x + 40] === 0) kept++;
      }
    }
    expect(kept / inked).toBeGreaterThan(0.97);
    // One global Otsu level on the same page blackens the shadow: the reason for a local threshold.
    const level = otsuThreshold(page.data);
    let globalShadowInk = 0;
    for (let x = 0; x < page.width; x++) if (page.data[(page.height - 10) * page.width + x]! <= level) globalShadowInk++;
    expect(globalShadowInk).toBeGreaterThan(0);
  });
});

describe('despeckle', () => {
  it('removes isolated specks and keeps the dots and diacritics of small Vietnamese text', async () => {
    const cov = await coverage('ị ọ ạ ụ ỵ i j ĩ ỉ ý à ả ã ệ ợ ự; Thủ tục: Đăng ký khai sinh, trích lục.', 9);
    const clean = print(cov, 60, 0, () => 255);
    const bwClean: RawImage = { ...clean, data: Buffer.from(clean.data.map((v) => (v < 128 ? 0 : 255))) };
    const specked: RawImage = { ...bwClean, data: Buffer.from(bwClean.data) };
    // Specks of 1, 2×1, 2×2 and a 3-px corner in the empty margin, each well apart from the text.
    const specks = [[10, 10, 1, 1], [30, 12, 2, 1], [50, 20, 2, 2], [bwClean.width - 20, 15, 2, 2], [200, bwClean.height - 20, 2, 1], [400, bwClean.height - 25, 1, 2]];
    for (const [x, y, w, h] of specks) for (let dy = 0; dy < h!; dy++) for (let dx = 0; dx < w!; dx++) specked.data[(y! + dy) * specked.width + x! + dx] = 0;
    const out = despeckle(specked, speckArea(300));
    expect(out.data.equals(bwClean.data)).toBe(true);
    // The smallest marks of the text really are there to be kept (the dots below and above).
    const mask = new Uint8Array(bwClean.data.map((v) => (v === 0 ? 1 : 0)));
    const cc = runComponents(mask, bwClean.width, bwClean.height);
    const small = Array.from({ length: cc.count }, (_, i) => (cc.root[i] === i ? cc.area[i]! : Infinity)).filter((a) => a < 40);
    expect(small.length).toBeGreaterThan(10);
    expect(Math.min(...small)).toBeGreaterThan(speckArea(300));
  });

  it('scales the speck size with the resolution', () => {
    expect(speckArea(300)).toBeGreaterThan(speckArea(200));
    expect(speckArea(600)).toBeGreaterThan(speckArea(300) * 3);
  });
});
