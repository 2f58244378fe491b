/**
 * Writes the scan resolution into JPEG (JFIF APP0) and PNG (pHYs) headers. sharp's withMetadata() would do it
 * but also runs an ICC colour transform over the whole page, which doubled the 300 dpi encode time.
 */
import { crc32 } from 'node:zlib';

/** JFIF: FFD8 FFE0 len(2) "JFIF\0" version(2) units(1) Xdensity(2) Ydensity(2). Units 1 = dots per inch. */
export function setJpegDpi(jpeg: Buffer, dpi: number): Buffer {
  if (jpeg.length > 20 && jpeg.readUInt16BE(2) === 0xffe0 && jpeg.toString('latin1', 6, 11) === 'JFIF\0') {
    jpeg.writeUInt8(1, 13);
    jpeg.writeUInt16BE(dpi, 14);
    jpeg.writeUInt16BE(dpi, 16);
  }
  return jpeg;
}

/** Inserts a pHYs chunk (pixels per metre) right after IHDR (8-byte signature + 25-byte IHDR chunk). */
export function setPngDpi(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(ppm, 8);
  chunk.writeUInt32BE(ppm, 12);
  chunk.writeUInt8(1, 16);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}
