/**
 * The MRC mask's ink as per-row lists of columns, and its halo (the ink dilated by a square of radius r) streamed
 * row by row from those lists. Text covers a few per cent of a page: working from the ink pixels instead of
 * rescanning the 8.7 M-pixel mask (and never storing the dilated page) is most of what makes MRC cheap.
 */

/** Ink columns of row y, ascending: `columns[rowStart[y] … rowStart[y + 1] − 1]`. */
export interface InkRows {
  columns: Int32Array;
  rowStart: Int32Array;
}

/** Collects ink columns row by row (rows in order, columns ascending). */
export class InkRowsBuilder {
  private columns: Int32Array;
  private readonly rowStart: Int32Array;
  private length = 0;

  constructor(height: number, capacity: number) {
    this.columns = new Int32Array(Math.max(16, capacity));
    this.rowStart = new Int32Array(height + 1);
  }

  push(x: number): void {
    if (this.length === this.columns.length) {
      const grown = new Int32Array(this.columns.length * 2);
      grown.set(this.columns);
      this.columns = grown;
    }
    this.columns[this.length++] = x;
  }

  /** Closes row `y`: what was pushed since the previous row belongs to it. */
  endRow(y: number): void {
    this.rowStart[y + 1] = this.length;
  }

  build(): InkRows {
    return { columns: this.columns, rowStart: this.rowStart };
  }
}

/** The ink rows of a mask (0 = ink). */
export function inkRowsOf(mask: Uint8Array, width: number, height: number): InkRows {
  const rows = new InkRowsBuilder(height, mask.length >> 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width; x < width; x++, i++) if (mask[i] === 0) rows.push(x);
    rows.endRow(y);
  }
  return rows.build();
}

/**
 * The halo row by row: each ink row is spread sideways into a ring of `2r + 1` row buffers (length a multiple of
 * 4), and a halo row is the OR of the ring rows around it, 4 bytes at a time. Rows with no ink within r give null.
 */
export class HaloRows {
  private readonly ring: Uint8Array[];
  private readonly words: Uint32Array[];
  private readonly filled: Uint8Array;
  private readonly acc: Uint8Array;
  private readonly accWords: Uint32Array;
  private row = -1;

  constructor(private readonly ink: InkRows, private readonly width: number, private readonly height: number, private readonly radius: number) {
    const stride = Math.ceil(width / 4) * 4;
    this.ring = Array.from({ length: 2 * radius + 1 }, () => new Uint8Array(stride));
    this.words = this.ring.map((r) => new Uint32Array(r.buffer));
    this.filled = new Uint8Array(2 * radius + 1);
    this.acc = new Uint8Array(stride);
    this.accWords = new Uint32Array(this.acc.buffer);
    for (let y = 0; y < Math.min(radius, height); y++) this.spread(y);
  }

  /** Halo of row `y` (called with 0, 1, 2, … in order): 1 = within r of ink; null when there is none. */
  next(y: number): Uint8Array | null {
    for (let k = this.row + 1; k <= y; k++) if (k + this.radius < this.height) this.spread(k + this.radius);
    this.row = y;
    const n = this.ring.length;
    let any = false;
    for (let k = Math.max(0, y - this.radius); k <= Math.min(this.height - 1, y + this.radius); k++) {
      if (this.filled[k % n] === 0) continue;
      const w = this.words[k % n]!;
      if (!any) this.accWords.set(w);
      else for (let j = 0; j < w.length; j++) this.accWords[j] |= w[j]!;
      any = true;
    }
    return any ? this.acc : null;
  }

  private spread(y: number): void {
    const slot = y % this.ring.length;
    const { columns, rowStart } = this.ink;
    const from = rowStart[y]!;
    const to = rowStart[y + 1]!;
    this.filled[slot] = to > from ? 1 : 0;
    if (to === from) return;
    const row = this.ring[slot]!;
    row.fill(0);
    const r = this.radius;
    const last = this.width - 1;
    let marked = -1; // columns up to here are already 1
    for (let k = from; k < to; k++) {
      const x = columns[k]!;
      const end = x + r < last ? x + r : last;
      for (let c = x - r > marked ? x - r : marked + 1; c <= end; c++) row[c] = 1;
      marked = end;
    }
  }
}

/** The whole halo as one array (1 = within `radius` of ink, square neighbourhood). */
export function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  const halo = new HaloRows(inkRowsOf(mask, width, height), width, height, Math.max(0, radius));
  for (let y = 0; y < height; y++) {
    const row = halo.next(y);
    if (row) out.set(row.subarray(0, width), y * width);
  }
  return out;
}
