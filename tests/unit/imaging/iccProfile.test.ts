import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../electron/core/imaging/decode';
import { isSrgbProfile } from '../../../electron/core/imaging/iccProfile';

async function profileOf(icc: 'srgb' | 'p3' | 'cmyk'): Promise<Buffer> {
  const tagged = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().withIccProfile(icc).toBuffer();
  return (await sharp(tagged).metadata()).icc!;
}

/** A copy of `icc` whose red tone curve is a plain gamma 1.8 'curv' (a Mac-style profile with sRGB primaries). */
function withGamma18(icc: Buffer): Buffer {
  const out = Buffer.from(icc);
  const count = out.readUInt32BE(128);
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    if (out.toString('latin1', at, at + 4) !== 'rTRC') continue;
    const offset = out.readUInt32BE(at + 4);
    out.write('curv', offset, 'latin1');
    out.writeUInt32BE(0, offset + 4);
    out.writeUInt32BE(1, offset + 8);
    out.writeUInt16BE(Math.round(1.8 * 256), offset + 12);
    out.writeUInt32BE(14, at + 8);
  }
  return out;
}

describe('isSrgbProfile', () => {
  it('knows sRGB by its primaries and tone curve, and nothing else', async () => {
    const srgb = await profileOf('srgb');
    expect(isSrgbProfile(srgb)).toBe(true);
    expect(isSrgbProfile(await profileOf('p3'))).toBe(false);
    expect(isSrgbProfile(await profileOf('cmyk'))).toBe(false);
    expect(isSrgbProfile(withGamma18(srgb))).toBe(false);
    expect(isSrgbProfile(srgb.subarray(0, 100))).toBe(false);
    expect(isSrgbProfile(Buffer.alloc(600))).toBe(false);
  });

  it('decodes an sRGB-tagged page to the same pixels as the transform would, and still converts a P3 page', async () => {
    const rgb = Buffer.alloc(64 * 64 * 3);
    for (let i = 0; i < rgb.length; i++) rgb[i] = (i * 37) % 256;
    const raw = { raw: { width: 64, height: 64, channels: 3 as const } };
    const srgbPage = await sharp(rgb, raw).png().withIccProfile('srgb').toBuffer();
    const transformed = await sharp(srgbPage).toColourspace('srgb').raw().toBuffer();
    expect((await decodePage(srgbPage, 'color')).data.equals(transformed)).toBe(true);
    const p3Page = await sharp(rgb, raw).png().withIccProfile('p3').toBuffer();
    // The P3 page's pixels are converted into sRGB: they are no longer the stored values.
    expect((await decodePage(p3Page, 'color')).data.equals(rgb)).toBe(false);
    expect((await decodePage(p3Page, 'color')).data.equals(await sharp(p3Page).toColourspace('srgb').raw().toBuffer())).toBe(true);
  });
});
