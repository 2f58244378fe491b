import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { encodeG4 } from '../../../electron/core/pdf/g4Encoder';
import { readTiffG4 } from '../../../electron/core/pdf/tiffG4';

/** A bilevel page (0 ink, 255 paper) with a few black bars. */
function bars(width: number, height: number): Uint8Array {
  const page = new Uint8Array(width * height).fill(255);
  for (let y = 20; y < height - 20; y += 40) for (let x = 10; x < width - 10; x++) page[y * width + x] = 0;
  return page;
}

async function tiff(width: number, height: number, opts: sharp.TiffOptions = {}): Promise<Uint8Array> {
  const out = await sharp(Buffer.from(bars(width, height)), { raw: { width, height, channels: 1 } })
    .toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, ...opts }).toBuffer();
  return new Uint8Array(out);
}

describe('reading CCITT G4 streams out of libvips TIFFs', () => {
  it('strips: one independent stream per strip, rows stacked, the last one short', async () => {
    const g4 = readTiffG4(await tiff(800, 1000));
    expect(g4.width).toBe(800);
    expect(g4.height).toBe(1000);
    expect(g4.strips.length).toBeGreaterThan(1);
    let next = 0;
    for (const strip of g4.strips) {
      expect(strip.y).toBe(next);
      expect(strip.data.length).toBeGreaterThan(0);
      next += strip.rows;
    }
    expect(next).toBe(1000);
    // libvips writes Photometric BlackIsZero: the code's "white" runs are black pixels.
    expect(g4.blackIs1).toBe(true);
  });

  it('one tile: a single stream', async () => {
    const g4 = readTiffG4(await tiff(800, 1008, { tile: true, tileWidth: 800, tileHeight: 1008 }));
    expect(g4.strips).toHaveLength(1);
    expect(g4.strips[0]).toMatchObject({ y: 0, rows: 1008 });
  });

  it('rejects files that are not G4 TIFFs', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer());
    const lzw = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).tiff({ compression: 'lzw' }).toBuffer());
    for (const bad of [png, lzw, new Uint8Array(3)]) {
      let error: unknown;
      try {
        readTiffG4(bad);
      } catch (err) {
        error = err;
      }
      expect(isAppError(error, 'pdf/failed')).toBe(true);
    }
  });
});

describe('encodeG4', () => {
  it('pads the page with paper to multiples of 16 and writes one stream', async () => {
    const g4 = await encodeG4(bars(1654, 2339), 1654, 2339);
    expect(g4.width).toBe(1664);
    expect(g4.height).toBe(2352);
    expect(g4.strips).toEqual([expect.objectContaining({ y: 0, rows: 2352 })]);
    // Far smaller than the 1-bit raster (≈ 480 KB): bars compress to a few bytes per row.
    expect(g4.strips[0]!.data.length).toBeLessThan(20_000);
  });
});
