import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { pnmSize } from '../../../electron/core/ocr/imageSize';
import { ocrBitmap } from '../../../electron/core/pipeline/ocrInput';
import { seededRandom } from '../../support/seededRandom';

/** Bit (x, y) of a P4 bitmap: 1 = black. */
function bitAt(pbm: Buffer, width: number, x: number, y: number): number {
  const headerEnd = pbm.indexOf('\n', pbm.indexOf('\n') + 1) + 1;
  const byte = pbm[headerEnd + y * ((width + 7) >> 3) + (x >> 3)]!;
  return (byte >> (7 - (x & 7))) & 1;
}

function rgbPage(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): RawImage {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 3);
  return { data, width, height, channels: 3 };
}

describe('ocrBitmap (the OCR engines read the despeckled ink mask as a 1-bit PBM)', () => {
  // 11 px wide: rows do not end on a byte boundary, the padding bits must stay white.
  const width = 11;
  const height = 3;
  const mask = new Uint8Array(width * height);
  mask.fill(1, 0, width); // row 0: all ink
  mask[width + 10] = 1; // row 1: the last pixel

  it('packs ink as black bits, rows padded to whole bytes, with a header Leptonica and pnmSize read', () => {
    const grey: RawImage = { data: Buffer.alloc(width * height, 0), width, height, channels: 1 };
    const pbm = ocrBitmap(mask, grey);
    expect(pnmSize(pbm)).toEqual({ width, height });
    expect(pbm.subarray(0, 8).toString('latin1')).toBe('P4\n11 3\n');
    for (let x = 0; x < width; x++) expect(bitAt(pbm, width, x, 0)).toBe(1);
    expect(bitAt(pbm, width, 10, 1)).toBe(1);
    expect(bitAt(pbm, width, 9, 1)).toBe(0);
    expect([...pbm.subarray(pbm.length - 2)]).toEqual([0, 0]); // row 2: no ink
    expect(pbm.length).toBe(8 + 2 * height);
  });

  it('leaves coloured ink (red seal, blue signature) out and keeps neutral dark ink', () => {
    const colours: Record<number, [number, number, number]> = { 0: [200, 30, 40], 1: [30, 40, 170], 2: [40, 40, 45], 3: [90, 70, 75] };
    const page = rgbPage(width, height, (x) => colours[x] ?? [255, 255, 255]);
    const pbm = ocrBitmap(mask, page);
    expect([0, 1, 2, 3].map((x) => bitAt(pbm, width, x, 0))).toEqual([0, 0, 1, 1]);
  });

  it('gives every pixel its bit on sparse pages, rows on word boundaries (paper passed by words) or not', () => {
    const rand = seededRandom(4);
    for (const w of [64, 67, 2480 / 20]) {
      const h = 23;
      const sparse = new Uint8Array(w * h).map(() => (rand() < 0.03 ? 1 : 0));
      const page = rgbPage(w, h, () => (rand() < 0.3 ? [210, 20, 30] : [30, 30, 30]));
      const pbm = ocrBitmap(sparse, page);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const p = (y * w + x) * 3;
          const coloured = page.data[p] === 210;
          expect(bitAt(pbm, w, x, y), `${w} wide, (${x}, ${y})`).toBe(sparse[y * w + x] === 1 && !coloured ? 1 : 0);
        }
      }
    }
  });
});

describe('pnmSize', () => {
  it('reads P4/P5 headers with comments and refuses other formats', () => {
    expect(pnmSize(Buffer.from('P5\n# made here\n640 480\n255\n'))).toEqual({ width: 640, height: 480 });
    expect(pnmSize(Buffer.from('P4 7 5\n'))).toEqual({ width: 7, height: 5 });
    expect(pnmSize(Buffer.from('\x89PNG\r\n\x1a\n0000'))).toBeNull();
    expect(pnmSize(Buffer.from('P6\n640 480\n255\n'))).toBeNull();
  });
});
