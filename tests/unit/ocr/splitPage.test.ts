import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrLine, OcrResult } from '../../../electron/core/ocr/OcrTypes';
import { pnmSize } from '../../../electron/core/ocr/imageSize';
import { ocrCutOf, recognizeInHalves } from '../../../electron/core/ocr/splitPage';

const WIDTH = 800;
const HEIGHT = 2000;

/** A 1-bit page with ink in the given row bands (x 48–752). */
function page(bands: Array<[number, number]>, height = HEIGHT): Buffer {
  const rowBytes = WIDTH / 8;
  const header = Buffer.from(`P4\n${WIDTH} ${height}\n`, 'latin1');
  const rows = Buffer.alloc(rowBytes * height);
  for (const [y0, y1] of bands) for (let y = y0; y < y1; y++) rows.fill(0xff, y * rowBytes + 6, y * rowBytes + 94);
  return Buffer.concat([header, rows]);
}

/** Reads what is in the bitmap it is given: one line per ink band, in that bitmap's own coordinates. */
function bandReader(workers: number, readsHalves = true): { engine: OcrEngine; calls: number[] } {
  const calls: number[] = [];
  const recognize = async (image: Uint8Array): Promise<OcrResult> => {
    const { width, height } = pnmSize(image)!;
    calls.push(height);
    const rowBytes = width / 8;
    const body = image.subarray(image.length - rowBytes * height);
    const inked = (y: number) => body.subarray(y * rowBytes, (y + 1) * rowBytes).some((b) => b !== 0);
    const lines: OcrLine[] = [];
    for (let y = 0; y < height; y++) {
      if (!inked(y) || (y > 0 && inked(y - 1))) continue;
      let end = y;
      while (end < height && inked(end)) end++;
      const bbox = { x0: 50, y0: y, x1: 750, y1: end };
      lines.push({ bbox, baseline: { x0: 50, y0: end - 5, x1: 750, y1: end - 5 }, rowHeight: end - y, words: [{ text: 'chữ', confidence: 90, bbox }], paragraph: lines.length });
    }
    return { text: lines.map(() => 'chữ').join('\n'), lines, meanConfidence: 90, engine: 'tesseract.js', psm: 3, width, height, ms: 1 };
  };
  return { engine: { name: 'tesseract.js', workers, readsHalves, recognize, close: async () => undefined }, calls };
}

const bands: Array<[number, number]> = [[100, 150], [400, 450], [700, 760], [1100, 1150], [1500, 1560], [1800, 1850]];

describe('OCR of a 1-bit page in two halves (both workers on one page)', () => {
  it('cuts in the blank gap nearest the middle and gives every line in whole-page coordinates, in order', async () => {
    const { engine, calls } = bandReader(2);
    const result = await recognizeInHalves(engine, page(bands), { dpi: 300, psm: 3 });
    expect(ocrCutOf(page(bands), 300)).toBe(930); // the middle of the 760–1100 gap
    expect(calls.sort((a, b) => a - b)).toEqual([930, HEIGHT - 930]);
    expect(result.lines.map((l) => [l.bbox.y0, l.bbox.y1])).toEqual(bands);
    expect(result.lines.map((l) => l.words[0]!.bbox.y0)).toEqual(bands.map(([y0]) => y0));
    expect(result.lines.map((l) => l.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.height).toBe(HEIGHT);
    expect(result.text.split(/\n+/u)).toHaveLength(6);
  });

  it('reads the page whole when ink runs through the whole middle band, with one worker, per-call start-up, or when short', async () => {
    const through: Array<[number, number]> = [[100, 150], [650, 1350], [1800, 1850]];
    const cases = [[page(through), 2, true], [page(bands), 1, true], [page(bands), 2, false], [page([[100, 150], [700, 760]], 1000), 2, true]] as const;
    for (const [image, workers, readsHalves] of cases) {
      const { engine, calls } = bandReader(workers, readsHalves);
      const result = await recognizeInHalves(engine, image, { dpi: 300, psm: 3 });
      expect(calls).toHaveLength(1);
      expect(result.lines.length).toBeGreaterThan(0);
    }
    expect(ocrCutOf(page(through), 300)).toBeNull();
  });

  it('never cuts a PNG or a grey page', () => {
    expect(ocrCutOf(Buffer.from('\x89PNG\r\n\x1a\n........'), 300)).toBeNull();
    expect(ocrCutOf(Buffer.from(`P5\n${WIDTH} ${HEIGHT}\n255\n`), 300)).toBeNull();
  });
});
