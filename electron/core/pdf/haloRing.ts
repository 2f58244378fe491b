/**
 * The halo of the MRC mask (the ink dilated by a square of radius r: the glyphs' anti-aliased edges), built while
 * the ink is found and handed out row by row, never stored for the page. Ink row y is spread sideways into a ring
 * of `2r + 1` row buffers (length a multiple of 4); once row y + r is in, halo row y is the OR of the ring rows
 * y − r … y + r, 4 bytes at a time.
 */

/** Receives the ink of a page row by row (rows in order, columns ascending within a row). */
export interface InkSink {
  startRow(y: number): void;
  ink(x: number): void;
  endRow(y: number): void;
}

/** Halo row `y` (1 = within r of ink; length ≥ width, 4-aligned), or null when there is no ink within r. */
export type HaloRowHandler = (y: number, row: Uint8Array | null) => void;

export class HaloRing implements InkSink {
  private readonly ring: Uint8Array[];
  private readonly words: Uint32Array[];
  private readonly filled: Uint8Array;
  private readonly acc: Uint8Array;
  private readonly accWords: Uint32Array;
  private current: Uint8Array;
  private slot = 0;
  /** Columns up to here are already 1 in the current row. */
  private marked = -1;

  constructor(private readonly width: number, private readonly height: number, private readonly radius: number, private readonly onRow: HaloRowHandler) {
    const stride = Math.ceil(width / 4) * 4;
    this.ring = Array.from({ length: 2 * radius + 1 }, () => new Uint8Array(stride));
    this.words = this.ring.map((r) => new Uint32Array(r.buffer));
    this.filled = new Uint8Array(2 * radius + 1);
    this.acc = new Uint8Array(stride);
    this.accWords = new Uint32Array(this.acc.buffer);
    this.current = this.ring[0]!;
  }

  startRow(y: number): void {
    this.slot = y % this.ring.length;
    this.current = this.ring[this.slot]!;
    if (this.filled[this.slot] === 1) this.current.fill(0);
    this.filled[this.slot] = 0;
    this.marked = -1;
  }

  ink(x: number): void {
    const r = this.radius;
    const end = x + r < this.width ? x + r : this.width - 1;
    const row = this.current;
    for (let c = x - r > this.marked ? x - r : this.marked + 1; c <= end; c++) row[c] = 1;
    this.marked = end;
    this.filled[this.slot] = 1;
  }

  endRow(y: number): void {
    if (y >= this.radius) this.emit(y - this.radius);
  }

  /** Hands out the last r rows (after the page's last `endRow`). */
  finish(): void {
    for (let y = Math.max(0, this.height - this.radius); y < this.height; y++) this.emit(y);
  }

  private emit(y: number): void {
    const n = this.ring.length;
    let any = false;
    for (let k = Math.max(0, y - this.radius); k <= Math.min(this.height - 1, y + this.radius); k++) {
      if (this.filled[k % n] === 0) continue;
      const w = this.words[k % n]!;
      if (!any) this.accWords.set(w);
      else for (let j = 0; j < w.length; j++) this.accWords[j]! |= w[j]!;
      any = true;
    }
    this.onRow(y, any ? this.acc : null);
  }
}

/** The whole halo of a mask (0 = ink) as one array: 1 = within `radius` of ink, square neighbourhood. */
export function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  const halo = new HaloRing(width, height, Math.max(0, radius), (y, row) => {
    if (row) out.set(row.subarray(0, width), y * width);
  });
  for (let y = 0; y < height; y++) {
    halo.startRow(y);
    for (let x = 0, i = y * width; x < width; x++, i++) if (mask[i] === 0) halo.ink(x);
    halo.endRow(y);
  }
  halo.finish();
  return out;
}
