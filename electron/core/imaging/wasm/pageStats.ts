import type { RawImage } from '../RawImage';
import { copyOut, pixelKernels } from './pixelKernels';

/**
 * Box-averaged grey copy shrunk by an integer factor; RGB is reduced to luma (299/587/114) per box on the way,
 * rounded once (`native/wasm/rotate.c` work_copy).
 */
export function shrunkGrey(image: RawImage, factor: number): RawImage {
  const { width, height, channels } = image;
  const w = Math.max(1, Math.floor(width / factor));
  const h = Math.max(1, Math.floor(height / factor));
  const k = pixelKernels();
  const [src, out, sums] = k.load(image, [w * h, width * channels * 2]);
  k.exports.work_copy(src!, width, height, channels, factor, out!, sums!);
  return { data: copyOut(k.bytes(out!, w * h)), width: w, height: h, channels: 1 };
}

/** 256-bin histogram of the luma (77/150/29, as `toGrey`) or grey of every `step`-th pixel. */
export function lumaHistogram(image: RawImage, step: number): Uint32Array {
  const k = pixelKernels();
  const [src, hist] = k.load(image, [256 * 4]);
  k.exports.luma_histogram(src!, image.channels, image.width * image.height, step, hist!);
  return new Uint32Array(k.bytes(hist!, 256 * 4).slice().buffer);
}
