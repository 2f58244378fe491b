import { AppError } from '../../shared/errors/AppError';

/** One independent CCITT G4 stream covering `rows` image rows starting at row `y`. */
export interface G4Strip {
  y: number;
  rows: number;
  data: Uint8Array;
}

export interface G4Image {
  width: number;
  height: number;
  strips: G4Strip[];
  /** TIFF Photometric 1 (BlackIsZero): the "white" runs of the code are black pixels, so PDF needs BlackIs1. */
  blackIs1: boolean;
}

const TAG = {
  width: 256, height: 257, compression: 259, photometric: 262, stripOffsets: 273, rowsPerStrip: 278,
  stripByteCounts: 279, tileWidth: 322, tileLength: 323, tileOffsets: 324, tileByteCounts: 325,
} as const;
const COMPRESSION_CCITT_G4 = 4;
const TYPE_SIZES: Record<number, number> = { 3: 2, 4: 4 };

/**
 * Reads the G4 streams out of a single-page TIFF written by libvips with `compression: 'ccittfax4'` (guide §5.3):
 * strips (273/279) or a single column of tiles (324/325). The streams are passed to PDF untouched.
 */
export function readTiffG4(tiff: Uint8Array): G4Image {
  const tags = readFirstIfd(tiff);
  const scalar = (tag: number): number | undefined => tags.get(tag)?.[0];
  const width = scalar(TAG.width);
  const height = scalar(TAG.height);
  if (width === undefined || height === undefined || scalar(TAG.compression) !== COMPRESSION_CCITT_G4) {
    throw tiffError('not a CCITT G4 TIFF');
  }
  const blackIs1 = scalar(TAG.photometric) === 1;
  const tileWidth = scalar(TAG.tileWidth);
  if (tileWidth !== undefined) {
    if (tileWidth !== width) throw tiffError('tiles narrower than the image');
    const tileRows = scalar(TAG.tileLength) ?? height;
    return { width, height, blackIs1, strips: slices(tiff, tags.get(TAG.tileOffsets), tags.get(TAG.tileByteCounts), tileRows, height, true) };
  }
  const rowsPerStrip = Math.min(scalar(TAG.rowsPerStrip) ?? height, height);
  return { width, height, blackIs1, strips: slices(tiff, tags.get(TAG.stripOffsets), tags.get(TAG.stripByteCounts), rowsPerStrip, height, false) };
}

function slices(tiff: Uint8Array, offsets: number[] | undefined, counts: number[] | undefined, rowsEach: number, height: number, padded: boolean): G4Strip[] {
  if (!offsets || !counts || offsets.length !== counts.length || offsets.length === 0) throw tiffError('missing strip offsets');
  return offsets.map((offset, i) => {
    const count = counts[i] ?? 0;
    if (offset + count > tiff.length) throw tiffError('strip beyond end of file');
    const y = i * rowsEach;
    // Tiles keep their padded height: the G4 stream holds tileLength rows even past the image's last row.
    const rows = padded ? rowsEach : Math.min(rowsEach, height - y);
    return { y, rows, data: tiff.slice(offset, offset + count) };
  });
}

function readFirstIfd(tiff: Uint8Array): Map<number, number[]> {
  if (tiff.length < 8) throw tiffError('too short');
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) throw tiffError('bad byte order');
  if (view.getUint16(2, little) !== 42) throw tiffError('not a classic TIFF');
  const ifd = view.getUint32(4, little);
  const entries = view.getUint16(ifd, little);
  const tags = new Map<number, number[]>();
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12;
    const size = TYPE_SIZES[view.getUint16(at + 2, little)];
    if (size === undefined) continue; // rationals, ASCII, …: not needed here
    const count = view.getUint32(at + 4, little);
    const base = count * size <= 4 ? at + 8 : view.getUint32(at + 8, little);
    const values: number[] = [];
    for (let k = 0; k < count; k++) {
      values.push(size === 2 ? view.getUint16(base + k * 2, little) : view.getUint32(base + k * 4, little));
    }
    tags.set(view.getUint16(at, little), values);
  }
  return tags;
}

function tiffError(reason: string): AppError {
  return new AppError('pdf/failed', 'Không đọc được ảnh đen trắng nén CCITT G4 để đưa vào PDF. Hãy thử xuất lại ở chế độ màu.', {
    details: { reason },
  });
}
