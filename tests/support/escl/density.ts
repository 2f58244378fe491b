/**
 * Writes the scan resolution into JPEG (JFIF APP0) and PNG (pHYs) headers. sharp's withMetadata() would do it
 * but also runs an ICC colour transform over the whole page, which doubled the 300 dpi encode time.
 */
import { crc32 } from 'node:zlib';

/**
 * libvips writes no JFIF APP0 segment, so insert one after SOI:
 * FFE0 len=16 "JFIF\0" version 1.01, units 1 (dots per inch), Xdensity, Ydensity, no thumbnail.
 */
export function setJpegDpi(jpeg: Buffer, dpi: number): Buffer {
  if (jpeg.readUInt16BE(0) !== 0xffd8 || jpeg.readUInt16BE(2) === 0xffe0) return jpeg;
  const app0 = Buffer.alloc(18);
  app0.writeUInt16BE(0xffe0, 0);
  app0.writeUInt16BE(16, 2);
  app0.write('JFIF\0', 4, 'latin1');
  app0.writeUInt16BE(0x0101, 9);
  app0.writeUInt8(1, 11);
  app0.writeUInt16BE(dpi, 12);
  app0.writeUInt16BE(dpi, 14);
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
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
