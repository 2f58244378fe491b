import sharp from 'sharp';
import type { RawImage } from '../../../electron/core/imaging';

/** Decodes an encoded page to one grey channel, as a scanner driver would hand it over. */
export async function decodeGrey(bytes: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(bytes).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 1 };
}

/** The page turned clockwise by `turnCw` and rotated by sharp's `rotate(skewDeg)` (white fill, centred original size). */
export async function turnAndSkew(png: Buffer, turnCw: 0 | 90 | 180 | 270, skewDeg = 0): Promise<Buffer> {
  const turned = await sharp(png).rotate(turnCw).png({ compressionLevel: 1 }).toBuffer();
  if (skewDeg === 0) return turned;
  const meta = await sharp(turned).metadata();
  const rotated = await sharp(turned).rotate(skewDeg, { background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - meta.width!) / 2);
  const top = Math.floor((rotated.info.height - meta.height!) / 2);
  return sharp(rotated.data).extract({ left, top, width: meta.width!, height: meta.height! }).png({ compressionLevel: 1 }).toBuffer();
}

/** The clockwise turn that undoes a sheet lying turned clockwise by `rotation`. */
export function undoTurn(rotation: 0 | 90 | 180 | 270): 0 | 90 | 180 | 270 {
  return ((360 - rotation) % 360) as 0 | 90 | 180 | 270;
}

/** Pixels that read as seal red: a strong red channel well above green and blue. */
export function redPixels(image: RawImage): { count: number; minX: number; maxX: number; minY: number; maxY: number } {
  let count = 0;
  let minX = Infinity, maxX = -1, minY = Infinity, maxY = -1;
  for (let i = 0, p = 0; p < image.width * image.height; p++, i += image.channels) {
    const r = image.data[i]!;
    const g = image.data[i + 1]!;
    const b = image.data[i + 2]!;
    if (r < 140 || r - g < 60 || r - b < 60) continue;
    count++;
    const x = p % image.width;
    const y = (p - x) / image.width;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { count, minX, maxX, minY, maxY };
}
