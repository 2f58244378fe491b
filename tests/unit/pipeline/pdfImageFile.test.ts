import { describe, expect, it } from 'vitest';
import type { EncodedPageImage } from '../../../electron/core/pdf';
import { packPdfImage, unpackPdfImage } from '../../../electron/core/pipeline/pdfImageFile';

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

const images: EncodedPageImage[] = [
  { kind: 'jpeg', bytes: bytes(1000, 1), width: 1654, height: 2339, colour: 'rgb' },
  { kind: 'g4', width: 2480, height: 3508, blackIs1: false, strips: [{ y: 0, rows: 1754, data: bytes(300, 2) }, { y: 1754, rows: 1754, data: bytes(0, 3) }] },
  {
    kind: 'mrc',
    mask: { width: 2480, height: 3508, blackIs1: true, strips: [{ y: 0, rows: 3508, data: bytes(5000, 4) }] },
    maskColour: [20, 22, 30],
    background: { bytes: bytes(7000, 5), width: 1240, height: 1754 },
  },
];

describe('pdf image files (page images encoded while the page is processed, used by export)', () => {
  it.each(images.map((img) => [img.kind, img] as const))('gives back the %s image exactly', (_kind, image) => {
    const back = unpackPdfImage(packPdfImage(image));
    expect(back).toEqual(image);
    expect(back && JSON.stringify(back, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))).toBe(JSON.stringify(image, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)));
  });

  it('refuses truncated, padded or foreign bytes (export then encodes the derived image again)', () => {
    const file = packPdfImage(images[2]!);
    expect(unpackPdfImage(file.subarray(0, file.length - 1))).toBeNull();
    expect(unpackPdfImage(Buffer.concat([file, Buffer.from([0])]))).toBeNull();
    expect(unpackPdfImage(Buffer.from('%PDF-1.4 not ours'))).toBeNull();
    const badHeader = Buffer.from(file);
    badHeader.writeUInt32LE(0xffffff, 6);
    expect(unpackPdfImage(badHeader)).toBeNull();
  });
});
