import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';

export interface ImageSize {
  width: number;
  height: number;
}

const PNM_HEADER = /^P([45])\s+(?:#[^\n]*\n\s*)*(\d+)\s+(?:#[^\n]*\n\s*)*(\d+)\s/u;

/**
 * Width and height from a binary PNM header (P4 bitmap, P5 grey; the pipeline's OCR input is P4), or null for any
 * other format. sharp cannot read PNM, Leptonica (inside both OCR engines) can; PNM has no EXIF orientation.
 */
export function pnmSize(image: Uint8Array): ImageSize | null {
  if (image.length < 7 || image[0] !== 0x50) return null;
  const head = Buffer.from(image.buffer, image.byteOffset, Math.min(image.length, 64)).toString('latin1');
  const match = PNM_HEADER.exec(head);
  if (!match) return null;
  const width = Number(match[2]);
  const height = Number(match[3]);
  return width > 0 && height > 0 ? { width, height } : null;
}

function decodeFailed(cause: unknown): AppError {
  return new AppError('imaging/decode-failed', 'Không đọc được ảnh trang để nhận dạng chữ. Hãy quét lại hoặc nhập lại tệp.', { cause });
}

/** Width and height as the OCR engines see the image: after its EXIF orientation (both engines honour it). */
export async function orientedSize(image: Uint8Array): Promise<ImageSize> {
  const pnm = pnmSize(image);
  if (pnm) return pnm;
  try {
    const meta = await sharp(image).metadata();
    return { width: meta.autoOrient.width, height: meta.autoOrient.height };
  } catch (err) {
    throw decodeFailed(err);
  }
}

/** Metadata of a sharp-readable image, failing typed. */
export async function imageMetadata(image: Uint8Array): Promise<sharp.Metadata> {
  return sharp(image).metadata().catch((err: unknown) => {
    throw decodeFailed(err);
  });
}
