import sharp from 'sharp';
import type { RawImage } from './RawImage';
import type { QuarterTurn } from './orientation';
import { rotateCut } from './wasm/rotateCut';

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

/** A straightened page and, for a colour page turned by a fraction of a degree, its grey copy made on the way. */
export interface Straightened {
  image: RawImage;
  grey: Buffer | null;
}

/**
 * Turns the page upright, straightens it and cuts it to `crop`, in one resampling: the page is turned by
 * `turn − skew` degrees clockwise about its centre onto its turned bounding box (white where the page is not), and
 * the centred page of the turned size (or `crop` inside it) is kept. `crop` is in the frame of the turned,
 * straightened page. Quarter turns alone are exact (sharp); anything else is a bilinear turn in WebAssembly that
 * also makes the grey copy of a colour page when `withGrey` (see `native/wasm/rotate.c` for why not libvips).
 */
export async function applyGeometry(image: RawImage, turn: QuarterTurn, skew: number, crop: CropRect | null, withGrey = false): Promise<Straightened> {
  const angle = turn - (Math.abs(skew) >= MIN_SKEW_DEG ? skew : 0);
  const target = turnedSize(image.width, image.height, turn);
  const rect = crop ?? { left: 0, top: 0, width: target.width, height: target.height };
  if (angle === 0) return { image: crop ? extractRaw(image, rect) : image, grey: null };
  const canvas = rotatedCanvas(image.width, image.height, angle);
  const cut = {
    ...rect,
    left: rect.left + Math.floor((canvas.width - target.width) / 2),
    top: rect.top + Math.floor((canvas.height - target.height) / 2),
  };
  if (angle % 90 === 0 || Math.max(canvas.width, canvas.height) > MAX_FIXED_POINT_SIDE) return { image: await sharpTurn(image, angle, cut), grey: null };
  return rotateCut(image, angle, canvas, cut, withGrey);
}

/**
 * Source positions are signed 16.16 fixed point in the WebAssembly turn (|x| < 32768): with the canvas's diagonal
 * under that, no position wraps. Larger pages (a poster at 1200 dpi) go to libvips.
 */
const MAX_FIXED_POINT_SIDE = 20000;

/** libvips' turn (exact for quarter turns, bilinear otherwise) with a white background, cut in the same pipeline. */
async function sharpTurn(image: RawImage, angle: number, cut: CropRect): Promise<RawImage> {
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .rotate(angle, { background: { r: 255, g: 255, b: 255 } })
    .extract(cut);
  // One-channel raw input comes out as three channels unless asked to stay grey (guide §5.4).
  if (image.channels === 1) pipeline = pipeline.toColourspace('b-w');
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: image.channels };
}

/** The turned page's bounding box, rounded (the canvas sharp's `rotate(angle)` makes, libvips 8.17). */
export function rotatedCanvas(width: number, height: number, angleDeg: number): { width: number; height: number } {
  if (angleDeg % 90 === 0) return turnedSize(width, height, (((angleDeg % 360) + 360) % 360) as QuarterTurn);
  const rad = (angleDeg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(rad));
  const sin = Math.abs(Math.sin(rad));
  return { width: Math.round(width * cos + height * sin), height: Math.round(width * sin + height * cos) };
}

