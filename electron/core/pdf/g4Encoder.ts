import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';
import { type G4Image, readTiffG4 } from './tiffG4';

/** libvips tiles are multiples of 16 pixels. */
const TILE_STEP = 16;

/**
 * CCITT G4 of a bilevel page (0 = ink, 255 = paper) through libvips' TIFF writer (guide §5.3). The page is first
 * extended with paper to multiples of 16 so one tile holds it all: one G4 stream, no strip seams when rendered.
 * The returned size is the padded one; the padding is paper and falls outside the page box.
 */
export async function encodeG4(bilevel: Uint8Array, width: number, height: number): Promise<G4Image> {
  const paddedWidth = Math.ceil(width / TILE_STEP) * TILE_STEP;
  const paddedHeight = Math.ceil(height / TILE_STEP) * TILE_STEP;
  try {
    const tiff = await sharp(Buffer.from(bilevel.buffer, bilevel.byteOffset, bilevel.byteLength), { raw: { width, height, channels: 1 } })
      .extend({ right: paddedWidth - width, bottom: paddedHeight - height, background: { r: 255, g: 255, b: 255 } })
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1, tile: true, tileWidth: paddedWidth, tileHeight: paddedHeight })
      .toBuffer();
    return readTiffG4(new Uint8Array(tiff));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('pdf/failed', 'Không nén được ảnh đen trắng (CCITT G4). Hãy thử lại hoặc xuất ở chế độ màu.', { cause: err });
  }
}
