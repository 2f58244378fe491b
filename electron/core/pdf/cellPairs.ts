import type { RawImage } from '../imaging/RawImage';

/**
 * The fast path of the MRC cell sums for the usual case, an RGB page at exactly twice the background resolution
 * across (300 → 150 dpi, width a multiple of 4): four pixels (two cells) are read as three 32-bit words and split
 * with shifts, and four exclusion flags are tested as one word. Bytes are indexed one by one otherwise; on this
 * loop that is most of the cost of the whole background.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The page's pixels as words when the fast path applies, else null. */
export function pairWords(image: RawImage, bw: number): Uint32Array | null {
  const { data, width, channels } = image;
  if (!LITTLE_ENDIAN || channels !== 3 || width % 4 !== 0 || bw * 2 !== width || data.byteOffset % 4 !== 0) return null;
  return new Uint32Array(data.buffer, data.byteOffset, (width * image.height * 3) >> 2);
}

/**
 * Adds page row `y` to the row of cell accumulators (cell c = pixels 2c, 2c + 1). `skip`: 1 = excluded, length a
 * multiple of 4 and 4-aligned (as `HaloRows` gives), or null.
 */
export function addPairRow(data: Uint8Array, words: Uint32Array, width: number, y: number, skip: Uint8Array | null, rowSums: Uint32Array, rowCounts: Uint32Array): void {
  const skipWords = skip && skip.byteOffset % 4 === 0 ? new Uint32Array(skip.buffer, skip.byteOffset, width >> 2) : null;
  for (let q = 0, w = (y * width * 3) >> 2; q < width >> 2; q++, w += 3) {
    if (skip !== null && (skipWords === null || skipWords[q] !== 0)) {
      addPixels(data, w * 4, skip, q * 4, rowSums, rowCounts);
      continue;
    }
    const w0 = words[w]!;
    const w1 = words[w + 1]!;
    const w2 = words[w + 2]!;
    const c = q * 6;
    rowSums[c]! += (w0 & 255) + (w0 >>> 24);
    rowSums[c + 1]! += ((w0 >>> 8) & 255) + (w1 & 255);
    rowSums[c + 2]! += ((w0 >>> 16) & 255) + ((w1 >>> 8) & 255);
    rowSums[c + 3]! += ((w1 >>> 16) & 255) + ((w2 >>> 8) & 255);
    rowSums[c + 4]! += (w1 >>> 24) + ((w2 >>> 16) & 255);
    rowSums[c + 5]! += (w2 & 255) + (w2 >>> 24);
    rowCounts[q * 2]! += 2;
    rowCounts[q * 2 + 1]! += 2;
  }
}

/** The four pixels x…x + 3 (bytes p…p + 11), each unless excluded. */
function addPixels(data: Uint8Array, p: number, skip: Uint8Array, x: number, rowSums: Uint32Array, rowCounts: Uint32Array): void {
  for (let k = 0; k < 4; k++, p += 3) {
    if (skip[x + k] !== 0) continue;
    const cell = (x + k) >> 1;
    rowSums[cell * 3]! += data[p]!;
    rowSums[cell * 3 + 1]! += data[p + 1]!;
    rowSums[cell * 3 + 2]! += data[p + 2]!;
    rowCounts[cell]!++;
  }
}
