import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';
import type { OutputColor, RawImage } from './RawImage';

/**
 * Decodes an encoded page (JPEG, PNG, TIFF, WebP…) once, to 8-bit raw pixels in its upright EXIF orientation, with
 * any transparency flattened onto white. Colour output keeps three channels when the source has colour; everything
 * else is decoded straight to one grey channel (cheaper to straighten and to analyse).
 */
export async function decodePage(input: Uint8Array, output: OutputColor): Promise<RawImage> {
  try {
    const meta = await sharp(input, { failOn: 'truncated' }).metadata();
    const colour = output === 'color' && (meta.channels ?? 3) >= 3 && meta.space !== 'b-w' && meta.space !== 'grey16';
    const base = sharp(input, { failOn: 'truncated' }).autoOrient().flatten({ background: { r: 255, g: 255, b: 255 } });
    const pipeline = colour ? base.toColourspace('srgb').removeAlpha() : base.toColourspace('b-w');
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    const channels = colour ? 3 : 1;
    if (info.channels !== channels) throw new Error(`unexpected channel count ${info.channels}`);
    return { data, width: info.width, height: info.height, channels };
  } catch (err) {
    throw new AppError('imaging/decode-failed', 'Không đọc được ảnh trang để làm sạch (tệp hỏng hoặc không phải ảnh). Hãy quét lại trang này.', { cause: err });
  }
}

/** BT.601 luma of an RGB image (the grey copy for OCR and barcodes); a grey image is returned as it is. */
export function toGrey(image: RawImage): RawImage {
  if (image.channels === 1) return image;
  const { width, height, data: rgb } = image;
  const data = Buffer.alloc(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 3) data[i] = (rgb[j]! * 77 + rgb[j + 1]! * 150 + rgb[j + 2]! * 29 + 128) >> 8;
  return { data, width, height, channels: 1 };
}

/** Three equal channels from a grey image (colour output of a grey source). */
export function greyToRgb(image: RawImage): RawImage {
  if (image.channels === 3) return image;
  const data = Buffer.alloc(image.width * image.height * 3);
  for (let i = 0, j = 0; i < image.data.length; i++, j += 3) {
    const v = image.data[i]!;
    data[j] = v;
    data[j + 1] = v;
    data[j + 2] = v;
  }
  return { data, width: image.width, height: image.height, channels: 3 };
}
