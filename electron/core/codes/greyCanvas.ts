/** A white 8-bit greyscale page to draw the separator sheet on, pixel-exact (bars and modules snap to pixels). */
export class GreyCanvas {
  readonly data: Buffer;

  constructor(readonly width: number, readonly height: number) {
    this.data = Buffer.alloc(width * height, 255);
  }

  fillRect(x: number, y: number, w: number, h: number, value = 0): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let row = y0; row < y1; row++) this.data.fill(value, row * this.width + x0, row * this.width + x1);
  }

  /** Draws a zxing symbol matrix (0 = dark module) with square modules of `modulePx` pixels. */
  drawMatrix(matrix: { data: ArrayLike<number>; width: number; height: number }, x: number, y: number, modulePx: number): void {
    for (let my = 0; my < matrix.height; my++) {
      for (let mx = 0; mx < matrix.width; mx++) {
        if (matrix.data[my * matrix.width + mx] === 0) this.fillRect(x + mx * modulePx, y + my * modulePx, modulePx, modulePx);
      }
    }
  }

  /** Draws text from a coverage mask (255 = ink), darkening only: overlapping art is never erased. */
  drawCoverage(mask: { data: Uint8Array; width: number; height: number }, x: number, y: number): void {
    const left = Math.round(x);
    const top = Math.round(y);
    for (let row = 0; row < mask.height; row++) {
      const py = top + row;
      if (py < 0 || py >= this.height) continue;
      for (let col = 0; col < mask.width; col++) {
        const px = left + col;
        if (px < 0 || px >= this.width) continue;
        const ink = 255 - mask.data[row * mask.width + col]!;
        const i = py * this.width + px;
        if (ink < this.data[i]!) this.data[i] = ink;
      }
    }
  }
}
