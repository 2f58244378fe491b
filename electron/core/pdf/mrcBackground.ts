import type { RawImage } from '../imaging/RawImage';

/**
 * The MRC background (guide §5.6): box-averages the pixels not `excluded` (text and its halo) into a `bw × bh`
 * RGB image; cells that were all text take the mean of their known neighbours, ring by ring, so text areas become
 * the paper, tint or seal around them and the JPEG spends nothing on them.
 */
export function fillBackground(image: RawImage, excluded: Uint8Array, bw: number, bh: number): RawImage {
  const { sums, counts } = cellSums(image, excluded, bw, bh);
  const known = new Uint8Array(bw * bh);
  const rgb = new Float64Array(bw * bh * 3).fill(255);
  for (let cell = 0; cell < counts.length; cell++) {
    const n = counts[cell]!;
    if (n === 0) continue;
    known[cell] = 1;
    for (let c = 0; c < 3; c++) rgb[cell * 3 + c] = sums[cell * 3 + c]! / n;
  }
  fillUnknownCells(rgb, known, bw, bh);
  const data = Buffer.alloc(rgb.length);
  for (let i = 0; i < rgb.length; i++) data[i] = Math.round(rgb[i]!);
  return { data, width: bw, height: bh, channels: 3 };
}

function cellSums(image: RawImage, excluded: Uint8Array, bw: number, bh: number): { sums: Float64Array; counts: Uint32Array } {
  const { width, height, channels, data } = image;
  const sums = new Float64Array(bw * bh * 3);
  const counts = new Uint32Array(bw * bh);
  const cellX = Int32Array.from({ length: width }, (_, x) => Math.min(bw - 1, Math.floor((x * bw) / width)));
  const green = channels === 3 ? 1 : 0;
  const blue = channels === 3 ? 2 : 0;
  for (let y = 0; y < height; y++) {
    const rowCell = Math.min(bh - 1, Math.floor((y * bh) / height)) * bw;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (excluded[i] === 1) continue;
      const cell = rowCell + cellX[x]!;
      const p = i * channels;
      sums[cell * 3]! += data[p]!;
      sums[cell * 3 + 1]! += data[p + green]!;
      sums[cell * 3 + 2]! += data[p + blue]!;
      counts[cell]! += 1;
    }
  }
  return { sums, counts };
}

function fillUnknownCells(rgb: Float64Array, known: Uint8Array, bw: number, bh: number): void {
  let pending: number[] = [];
  for (let cell = 0; cell < known.length; cell++) if (known[cell] === 0) pending.push(cell);
  while (pending.length > 0) {
    const filledNow = pending.filter((cell) => averageKnownNeighbours(rgb, known, bw, bh, cell));
    if (filledNow.length === 0) return; // no known cell at all: the background stays white paper
    for (const cell of filledNow) known[cell] = 1;
    pending = pending.filter((cell) => known[cell] === 0);
  }
}

/** Sets `cell` to the mean of its known 8-neighbours; false when it has none yet. */
function averageKnownNeighbours(rgb: Float64Array, known: Uint8Array, bw: number, bh: number, cell: number): boolean {
  const x = cell % bw;
  const y = (cell - x) / bw;
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let ny = Math.max(0, y - 1); ny <= Math.min(bh - 1, y + 1); ny++) {
    for (let nx = Math.max(0, x - 1); nx <= Math.min(bw - 1, x + 1); nx++) {
      const k = ny * bw + nx;
      if (known[k] !== 1) continue;
      r += rgb[k * 3]!;
      g += rgb[k * 3 + 1]!;
      b += rgb[k * 3 + 2]!;
      n++;
    }
  }
  if (n === 0) return false;
  rgb[cell * 3] = r / n;
  rgb[cell * 3 + 1] = g / n;
  rgb[cell * 3 + 2] = b / n;
  return true;
}
