import { endianness } from 'node:os';
import sharp from 'sharp';
import type { SanePage } from '../../../../../native/sane/types';
import type { ColorModeT } from '../../../../shared/contract/models';
import { AppError } from '../../../../shared/errors/AppError';

/** 2026-04: JPEG q90 keeps colour and gray A4 pages legible for OCR at ~1/10 of PNG size (regulations VN-DG-06). */
const JPEG_QUALITY = 90;

export interface EncodedPage {
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
}

/** 8-bit, tightly packed samples (what sharp's raw input wants) from SANE's rows. */
function toEightBit(page: SanePage, channels: 1 | 3): Buffer {
  const { width, height, depth, bytesPerLine, data } = page;
  const out = Buffer.alloc(width * height * channels);
  const rowSamples = width * channels;
  // 16-bit samples are in host byte order: keep the most significant byte.
  const msb = endianness() === 'LE' ? 1 : 0;
  for (let y = 0; y < height; y++) {
    const row = y * bytesPerLine;
    const dst = y * rowSamples;
    if (depth === 8) { data.copy(out, dst, row, row + rowSamples); continue; }
    for (let i = 0; i < rowSamples; i++) {
      // SANE 1-bit: MSB first, 1 = black.
      out[dst + i] = depth === 16 ? data[row + i * 2 + msb]! : ((data[row + (i >> 3)]! >> (7 - (i & 7))) & 1) ? 0 : 255;
    }
  }
  return out;
}

/**
 * A JFIF APP0 segment right after SOI carrying the resolution. sharp's `withMetadata({ density })` would also convert
 * gray pages to sRGB (three channels, an ICC profile), so JPEGs get their density this way instead.
 */
function withJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  const d = Math.max(1, Math.min(0xffff, Math.round(dpi)));
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x01, d >> 8, d & 0xff, d >> 8, d & 0xff, 0x00, 0x00]);
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
}

/**
 * Encodes a SANE page for storage: JPEG q90 for colour and gray, PNG for black & white (JPEG smears thin strokes),
 * with the scan resolution as density. A colour page from a device asked for gray is converted, so the file always
 * matches the requested mode.
 */
export async function encodeSanePage(page: SanePage, colorMode: ColorModeT, dpi: number): Promise<EncodedPage> {
  if (page.format === 'other' || ![1, 8, 16].includes(page.depth) || page.width <= 0 || page.height <= 0) {
    throw new AppError('device/communication', 'Máy quét gửi ảnh ở định dạng không đọc được. Chọn chế độ màu khác hoặc báo bộ phận CNTT.');
  }
  const channels = page.format === 'rgb' ? 3 : 1;
  let img = sharp(toEightBit(page, channels), { raw: { width: page.width, height: page.height, channels } });
  if (colorMode !== 'color') img = img.toColourspace('b-w');
  const size = { width: page.width, height: page.height };
  if (colorMode === 'bw') {
    const png = await img.threshold(128).withMetadata({ density: dpi }).png({ compressionLevel: 9, palette: true, colours: 2 }).toBuffer();
    return { bytes: png, format: 'png', ...size };
  }
  return { bytes: withJfifDensity(await img.jpeg({ quality: JPEG_QUALITY }).toBuffer(), dpi), format: 'jpeg', ...size };
}
