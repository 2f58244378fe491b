import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { encodedBytes, encodePageImage } from '../../../electron/core/pdf';

async function rendered(channels: 1 | 3): Promise<RawImage> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="877"><rect width="620" height="877" fill="#fff"/>
<text x="40" y="100" font-family="Liberation Serif" font-size="30">Giấy chứng nhận quyền sử dụng đất</text>
<circle cx="400" cy="600" r="100" fill="none" stroke="#d4232b" stroke-width="8"/></svg>`;
  let pipeline = sharp(Buffer.from(svg)).removeAlpha();
  if (channels === 1) pipeline = pipeline.toColourspace('b-w').extractChannel(0);
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels };
}

describe('encodePageImage', () => {
  it('jpeg: colour stays 3-channel, grey stays 1-channel', async () => {
    const colour = await encodePageImage(await rendered(3), 'jpeg', { dpi: 75 });
    const grey = await encodePageImage(await rendered(1), 'jpeg', { dpi: 75, jpegQuality: 60 });
    expect(colour).toMatchObject({ kind: 'jpeg', width: 620, height: 877, colour: 'rgb' });
    expect(grey).toMatchObject({ kind: 'jpeg', colour: 'grey' });
    if (colour.kind !== 'jpeg' || grey.kind !== 'jpeg') throw new Error('kind');
    expect((await sharp(colour.bytes).metadata()).channels).toBe(3);
    expect((await sharp(grey.bytes).metadata()).channels).toBe(1);
    expect(encodedBytes(colour)).toBe(colour.bytes.length);
  });

  it('bw: one G4 stream over the padded page', async () => {
    const bw = await encodePageImage(await rendered(3), 'bw', { dpi: 75 });
    if (bw.kind !== 'g4') throw new Error(`kind ${bw.kind}`);
    expect([bw.width, bw.height]).toEqual([624, 880]);
    expect(encodedBytes(bw)).toBe(bw.strips.reduce((n, s) => n + s.data.length, 0));
  });

  it('mrc: mask at full resolution, background at backgroundDpi, both counted', async () => {
    const mrc = await encodePageImage(await rendered(3), 'mrc', { dpi: 150, backgroundDpi: 50 });
    if (mrc.kind !== 'mrc') throw new Error(`kind ${mrc.kind}`);
    expect(mrc.mask.width).toBe(624);
    expect([mrc.background.width, mrc.background.height]).toEqual([207, 292]);
    expect(encodedBytes(mrc)).toBe(mrc.mask.strips[0]!.data.length + mrc.background.bytes.length);
    // Grey pages work too: the background is still a JPEG and the ink colour grey.
    const grey = await encodePageImage(await rendered(1), 'mrc', { dpi: 150 });
    if (grey.kind !== 'mrc') throw new Error(`kind ${grey.kind}`);
    expect(new Set(grey.maskColour).size).toBe(1);
  });

  it('rejects empty images and zero dpi with pdf/invalid-page', async () => {
    const img = await rendered(3);
    await expect(encodePageImage({ ...img, width: 0 }, 'jpeg', { dpi: 300 })).rejects.toMatchObject({ code: 'pdf/invalid-page' });
    await expect(encodePageImage(img, 'bw', { dpi: 0 })).rejects.toMatchObject({ code: 'pdf/invalid-page' });
    await expect(encodePageImage({ ...img, data: img.data.subarray(0, 10) }, 'mrc', { dpi: 300 })).rejects.toMatchObject({ code: 'pdf/invalid-page' });
  });
});
