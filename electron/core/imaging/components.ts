/**
 * 8-connected components of a binary mask, found on runs of ink (one union-find node per horizontal run, so a
 * 300-dpi text page costs a few hundred thousand nodes rather than millions of pixels).
 */
export interface RunComponents {
  /** per run: row, first column, one past the last column */
  row: Int32Array;
  start: Int32Array;
  end: Int32Array;
  count: number;
  /** per run: the root run of its component */
  root: Int32Array;
  /** per root run: the component's pixel count (0 for runs that are not roots) */
  area: Int32Array;
}

/** Horizontal runs of ink, row by row, with the index of each row's first run (`rowFirst`, height + 1 entries). */
export class RunList {
  row = new Int32Array(1 << 16);
  start = new Int32Array(1 << 16);
  end = new Int32Array(1 << 16);
  count = 0;

  rowFirst: Int32Array;

  constructor(height: number) {
    this.rowFirst = new Int32Array(height + 1);
  }

  push(row: number, start: number, end: number): void {
    if (this.count === this.row.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.row = grow(this.row);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.row[this.count] = row;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

function find(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  while (parent[i] !== r) {
    const next = parent[i]!;
    parent[i] = r;
    i = next;
  }
  return r;
}

function collectRuns(mask: Uint8Array, width: number, height: number): RunList {
  const runs = new RunList(height);
  // Most of a page is paper: skip it four bytes at a time where the mask is word-aligned.
  const words = mask.byteOffset % 4 === 0 ? new Uint32Array(mask.buffer, mask.byteOffset, mask.byteLength >> 2) : null;
  for (let y = 0; y < height; y++) {
    runs.rowFirst[y] = runs.count;
    const base = y * width;
    let x = 0;
    while (x < width) {
      const at = base + x;
      if (words !== null && (at & 3) === 0 && x + 4 <= width && words[at >> 2] === 0) {
        x += 4;
        continue;
      }
      if (mask[at] === 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && mask[base + x] !== 0) x++;
      runs.push(y, start, x);
    }
  }
  runs.rowFirst[height] = runs.count;
  return runs;
}

/** Labels the components of `mask` (non-zero = ink). */
export function runComponents(mask: Uint8Array, width: number, height: number): RunComponents {
  return labelRuns(collectRuns(mask, width, height), height);
}

/** Labels the 8-connected components of runs already collected row by row. */
export function labelRuns(runs: RunList, height: number): RunComponents {
  const { rowFirst } = runs;
  const parent = new Int32Array(runs.count);
  for (let i = 0; i < runs.count; i++) parent[i] = i;
  for (let y = 1; y < height; y++) {
    let j = rowFirst[y - 1]!;
    const prevEnd = rowFirst[y]!;
    for (let i = rowFirst[y]!; i < rowFirst[y + 1]!; i++) {
      const s = runs.start[i]! - 1;
      const e = runs.end[i]! + 1;
      while (j < prevEnd && runs.end[j]! <= s) j++;
      // The set's root is always its lowest run; run i starts alone, so its root is followed here, not looked up.
      let a = i;
      for (let k = j; k < prevEnd && runs.start[k]! < e; k++) {
        const b = find(parent, k);
        if (a === b) continue;
        if (a < b) parent[b] = a;
        else {
          parent[a] = b;
          a = b;
        }
      }
    }
  }
  const area = new Int32Array(runs.count);
  const root = new Int32Array(runs.count);
  for (let i = 0; i < runs.count; i++) {
    root[i] = find(parent, i);
    area[root[i]!]! += runs.end[i]! - runs.start[i]!;
  }
  return { row: runs.row, start: runs.start, end: runs.end, count: runs.count, root, area };
}

/** A mask (1 = ink) of `width` × `height` with the runs filled in. */
export function maskFromRuns(runs: { row: Int32Array; start: Int32Array; end: Int32Array; count: number }, width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  // Runs are a few pixels long: a plain loop beats a call to fill() per run.
  for (let i = 0; i < runs.count; i++) {
    const base = runs.row[i]! * width;
    for (let at = base + runs.start[i]!, end = base + runs.end[i]!; at < end; at++) mask[at] = 1;
  }
  return mask;
}

/** Clears (in place) every component of at most `maxArea` pixels; returns how many pixels were cleared. */
export function removeSmallComponents(mask: Uint8Array, width: number, height: number, maxArea: number): number {
  if (maxArea <= 0) return 0;
  const cc = runComponents(mask, width, height);
  let cleared = 0;
  for (let i = 0; i < cc.count; i++) {
    if (cc.area[cc.root[i]!]! > maxArea) continue;
    const base = cc.row[i]! * width;
    mask.fill(0, base + cc.start[i]!, base + cc.end[i]!);
    cleared += cc.end[i]! - cc.start[i]!;
  }
  return cleared;
}

export interface SpeckRule {
  /** components of at most this many pixels always go */
  maxArea: number;
  /** components of at most this many pixels go when no other ink lies within `isolation` pixels of them */
  isolatedArea: number;
  isolation: number;
}

/** Bounding boxes of the components' roots (indexed by root; other entries are unused). */
export function componentBoxes(cc: RunComponents, width: number, height: number) {
  const minX = new Int32Array(cc.count).fill(width);
  const maxX = new Int32Array(cc.count).fill(-1);
  const minY = new Int32Array(cc.count).fill(height);
  const maxY = new Int32Array(cc.count).fill(-1);
  for (let i = 0; i < cc.count; i++) {
    const r = cc.root[i]!;
    minX[r] = Math.min(minX[r]!, cc.start[i]!);
    maxX[r] = Math.max(maxX[r]!, cc.end[i]! - 1);
    minY[r] = Math.min(minY[r]!, cc.row[i]!);
    maxY[r] = Math.max(maxY[r]!, cc.row[i]!);
  }
  return { minX, maxX, minY, maxY };
}

/** Ink in the box, counted until it passes `limit` (a dot near its letter is known not isolated at once). */
function inkInBox(mask: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number, limit: number): number {
  let n = 0;
  for (let y = y0; y <= y1 && n <= limit; y++) {
    const base = y * width;
    for (let x = x0; x <= x1; x++) n += mask[base + x]!;
  }
  return n;
}

/**
 * Despeckles an ink mask (0/1) in place: tiny components always, somewhat larger ones (dust) only when isolated —
 * the dot of an i, a dot below or a full stop sits within a fraction of a millimetre of its letter, and the dots of
 * a form's leader line sit next to each other. `labelled` are the mask's components when already at hand. Returns
 * the components with the removed runs emptied (end = start).
 */
export function removeSpecks(mask: Uint8Array, width: number, height: number, rule: SpeckRule, labelled?: RunComponents): RunComponents {
  const cc = labelled ?? runComponents(mask, width, height);
  const box = componentBoxes(cc, width, height);
  const remove = new Uint8Array(cc.count);
  const r = Math.max(1, Math.round(rule.isolation));
  for (let i = 0; i < cc.count; i++) {
    if (cc.root[i] !== i) continue;
    const area = cc.area[i]!;
    if (area <= rule.maxArea) remove[i] = 1;
    else if (area <= rule.isolatedArea) {
      const x0 = Math.max(0, box.minX[i]! - r), x1 = Math.min(width - 1, box.maxX[i]! + r);
      const y0 = Math.max(0, box.minY[i]! - r), y1 = Math.min(height - 1, box.maxY[i]! + r);
      if (inkInBox(mask, width, x0, y0, x1, y1, area) === area) remove[i] = 1;
    }
  }
  for (let i = 0; i < cc.count; i++) {
    if (!remove[cc.root[i]!]) continue;
    const base = cc.row[i]! * width;
    for (let at = base + cc.start[i]!, end = base + cc.end[i]!; at < end; at++) mask[at] = 0;
    cc.end[i] = cc.start[i]!;
  }
  return cc;
}
