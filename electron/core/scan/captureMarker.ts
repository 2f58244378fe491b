import { crc32 } from 'node:zlib';

/**
 * Marks one capture inside its image file without touching a pixel: a PNG `tEXt` chunk or a JPEG `COM` segment
 * holding the capture id.
 *
 * Why: the store is content-addressed and keeps an image live only once per dossier (so re-importing a file is a
 * no-op). A scanner is different: two captures may be byte-identical (virtual/test devices, two blank sheets on
 * a noise-free device, the with-note/without-note pair when the note was already off) and are still two sheets of
 * paper that must both be counted (VN-DG-05 c). The marker makes each capture's SHA-256 its own.
 */
export function markCapture(bytes: Uint8Array, format: 'jpeg' | 'png', captureId: string): Uint8Array {
  const text = `tram-so-hoa capture ${captureId}`;
  return format === 'png' ? insertPngText(bytes, text) : insertJpegComment(bytes, text);
}

const PNG_SIGNATURE_LENGTH = 8;

/** After IHDR (always the first chunk), where PNG allows ancillary text chunks. */
function insertPngText(png: Uint8Array, text: string): Uint8Array {
  const ihdrLength = Buffer.from(png.buffer, png.byteOffset + PNG_SIGNATURE_LENGTH, 4).readUInt32BE(0);
  const at = PNG_SIGNATURE_LENGTH + 12 + ihdrLength;
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from('Comment\0', 'latin1'), Buffer.from(text, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([png.subarray(0, at), chunk, png.subarray(at)]);
}

/** After SOI and any APPn segments (JFIF/EXIF readers expect those first), as a COM segment. */
function insertJpegComment(jpeg: Uint8Array, text: string): Uint8Array {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1]! >= 0xe0 && jpeg[at + 1]! <= 0xef) {
    at += 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
  }
  const payload = Buffer.from(text, 'latin1');
  const segment = Buffer.alloc(payload.length + 4);
  segment[0] = 0xff;
  segment[1] = 0xfe;
  segment.writeUInt16BE(payload.length + 2, 2);
  payload.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, at), segment, jpeg.subarray(at)]);
}
