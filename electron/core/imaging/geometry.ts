import sharp from 'sharp';
import type { RawImage } from './RawImage';
import type { QuarterTurn } from './orientation';

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Skews under this are left alone (guide §5.1): resampling would blur the page for nothing visible. */
export const MIN_SKEW_DEG = 0.1;

/** Size of the page after a quarter turn. */
export function turnedSize(width: number, height: number, turn: QuarterTurn): { width: number; height: number } {
  return turn % 180 === 0 ? { width, height } : { width: height, height: width };
}

/** Copies a rectangle out of a raw image (rows are contiguous, so this is one copy per row). */
export function extractRaw(image: RawImage, rect: CropRect): RawImage {
  const { channels } = image;
  const rowBytes = rect.width * channels;
  const data = Buffer.alloc(rowBytes * rect.height);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.top + y) * image.width + rect.left) * channels;
    image.data.copy(data, y * rowBytes, from, from + rowBytes);
  }
  return { data, width: rect.width, height: rect.height, channels };
}

/**
 * Turns the page upright, straightens it and cuts it to `crop`, in one resampling: sharp rotates by
 * `turn − skew` degrees clockwise with a white background (the canvas grows), then the centred page of the turned
 * size (or `crop` inside it) is kept. `crop` is in the frame of the turned, straightened page. The cut is made in
 * the same sharp pipeline, so the grown canvas is never copied out.
 */
export async function applyGeometry(image: RawImage, turn: QuarterTurn, skew: number, crop: CropRect | null): Promise<RawImage> {
  const angle = turn - (Math.abs(skew) >= MIN_SKEW_DEG ? skew : 0);
  const target = turnedSize(image.width, image.height, turn);
  const rect = crop ?? { left: 0, top: 0, width: target.width, height: target.height };
  if (angle === 0) return crop ? extractRaw(image, rect) : image;
  const centred = (canvas: { width: number; height: number }): CropRect => ({
    ...rect,
    left: rect.left + Math.floor((canvas.width - target.width) / 2),
    top: rect.top + Math.floor((canvas.height - target.height) / 2),
  });
  try {
    return await rotateRaw(image, angle, centred(rotatedCanvas(image.width, image.height, angle)));
  } catch {
    // Should libvips ever round its canvas the other way, the cut no longer fits: rotate, then cut from what it made.
    const rotated = await rotateRaw(image, angle, null);
    return extractRaw(rotated, centred(rotated));
  }
}

/** sharp's rotation with a white background, cut to `cut` (in the rotated canvas) in the same pipeline. */
async function rotateRaw(image: RawImage, angle: number, cut: CropRect | null): Promise<RawImage> {
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .rotate(angle, { background: { r: 255, g: 255, b: 255 } });
  if (cut) pipeline = pipeline.extract(cut);
  // One-channel raw input comes out as three channels unless asked to stay grey (guide §5.4).
  if (image.channels === 1) pipeline = pipeline.toColourspace('b-w');
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: image.channels };
}

/** The canvas sharp's `rotate(angle)` makes: the turned page's bounding box, rounded (matches libvips 8.17). */
export function rotatedCanvas(width: number, height: number, angleDeg: number): { width: number; height: number } {
  if (angleDeg % 90 === 0) return turnedSize(width, height, (((angleDeg % 360) + 360) % 360) as QuarterTurn);
  const rad = (angleDeg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(rad));
  const sin = Math.abs(Math.sin(rad));
  return { width: Math.round(width * cos + height * sin), height: Math.round(width * sin + height * cos) };
}

