import type { RawImage } from '../RawImage';
import type { CropRect, Straightened } from '../geometry';
import { copyOut, pixelKernels } from './pixelKernels';

const FIXED = 65536;

/**
 * Turns `image` clockwise by `angleDeg` about its centre onto a canvas of `canvas` size (the turned page's bounding
 * box, white where the page is not) and returns the `cut` rectangle of that canvas. Bilinear, pixel centres at
 * half-integers, so a turn by 180° moves every pixel exactly. With `withGrey`, a three-channel page also gets its
 * BT.601 grey copy (as `toGrey` computes it), made while the turned rows are in cache.
 */
export function rotateCut(image: RawImage, angleDeg: number, canvas: { width: number; height: number }, cut: CropRect, withGrey: boolean): Straightened {
  const { width: w, height: h, channels: ch } = image;
  const k = pixelKernels();
  const outBytes = cut.width * cut.height * ch;
  const grey = withGrey && ch === 3;
  const [src, dst, starts, greyAt] = k.load(image, [outBytes + 16, cut.height * 8, grey ? cut.width * cut.height : 0]);
  const rad = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const [dx, dy] = [Math.round(cos * FIXED), Math.round(-sin * FIXED)];
  const rows = k.words(starts!, cut.height * 2);
  // Each row starts from its canvas row's first pixel (rounded once) plus whole steps, so a cut holds exactly the
  // pixels of the same place in the uncut canvas.
  const ox = 0.5 - canvas.width / 2;
  for (let y = 0; y < cut.height; y++) {
    const oy = cut.top + y + 0.5 - canvas.height / 2;
    rows[2 * y] = Math.round((ox * cos + oy * sin + w / 2 - 0.5) * FIXED) + cut.left * dx;
    rows[2 * y + 1] = Math.round((-ox * sin + oy * cos + h / 2 - 0.5) * FIXED) + cut.left * dy;
  }
  k.exports.rotate(src!, w, h, ch, dst!, cut.width, cut.height, starts!, dx, dy);
  if (grey) k.exports.luma(dst!, greyAt!, cut.width * cut.height);
  return {
    image: { data: copyOut(k.bytes(dst!, outBytes)), width: cut.width, height: cut.height, channels: ch },
    grey: grey ? copyOut(k.bytes(greyAt!, cut.width * cut.height)) : null,
  };
}
