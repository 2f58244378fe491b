import sharp from 'sharp';
import type { Transferable } from 'node:worker_threads';
import type { RawImage } from '../imaging/RawImage';
import { encodePageImage, type EncodedPageImage, type PageImageMode } from '../pdf';

/** One page image to encode for the dossier PDF, done in a page worker thread (MRC costs ~1 s of pixel work). */
export interface EncodeRequest {
  kind: 'encode';
  bytes: Uint8Array;
  grey: boolean;
  mode: PageImageMode;
  dpi: number;
}

export interface EncodeResult {
  image: EncodedPageImage;
  width: number;
  height: number;
}

async function decode(bytes: Uint8Array, grey: boolean): Promise<RawImage> {
  const img = grey ? sharp(bytes).toColourspace('b-w').extractChannel(0) : sharp(bytes).removeAlpha().toColourspace('srgb');
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 1 ? 1 : 3 };
}

export async function runEncode(req: EncodeRequest): Promise<EncodeResult> {
  const image = await decode(req.bytes, req.grey);
  return { image: await encodePageImage(image, req.mode, { dpi: req.dpi }), width: image.width, height: image.height };
}

/** The encoded byte arrays (JPEG, G4 strips) move to the caller without a copy. */
export function encodeTransferables(r: EncodeResult): Transferable[] {
  const arrays: Uint8Array[] = [];
  const img = r.image;
  if (img.kind === 'jpeg') arrays.push(img.bytes);
  if (img.kind === 'g4') arrays.push(...img.strips.map((s) => s.data));
  if (img.kind === 'mrc') arrays.push(img.background.bytes, ...img.mask.strips.map((s) => s.data));
  const buffers = arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 64 * 1024);
  return [...new Set(buffers)];
}
