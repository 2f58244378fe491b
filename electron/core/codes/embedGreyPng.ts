import { PDFName, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * Embeds an 8-bit greyscale, non-interlaced PNG by passing its zlib data straight through (Flate + PNG
 * predictors, which PDF readers decode natively). pdf-lib's embedPng decodes and re-deflates in JavaScript:
 * 5 s for an A4 page at 300 dpi; this takes milliseconds and keeps the bytes of the PNG.
 */
export function embedGreyPng(doc: PDFDocument, png: Buffer): { ref: PDFRef; width: number; height: number } {
  const header = readChunks(png);
  if (header.bitDepth !== 8 || header.colorType !== 0 || header.interlace !== 0) {
    throw new Error(`embedGreyPng: expected an 8-bit grey non-interlaced PNG (bitDepth ${header.bitDepth}, colorType ${header.colorType}, interlace ${header.interlace})`);
  }
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: header.width,
    Height: header.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: header.width },
  });
  const stream = PDFRawStream.of(dict, header.idat);
  dict.set(PDFName.of('Length'), doc.context.obj(header.idat.length));
  return { ref: doc.context.register(stream), width: header.width, height: header.height };
}

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  idat: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readChunks(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('embedGreyPng: not a PNG');
  const idat: Buffer[] = [];
  let header: Omit<PngHeader, 'idat'> | null = null;
  for (let pos = 8; pos + 8 <= png.length; ) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8]!, colorType: data[9]!, interlace: data[12]! };
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (!header || idat.length === 0) throw new Error('embedGreyPng: PNG without IHDR or IDAT');
  return { ...header, idat: Buffer.concat(idat) };
}
