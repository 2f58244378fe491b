import { RunList } from './components';

/**
 * Scanning a grey row for dark pixels past the paper, four pixels at a time: a 300-dpi page is ~90 % paper, so
 * most 32-bit words hold no byte at or below the level and are passed with one test.
 */
export interface PaperScan {
  grey: Uint8Array;
  /** the same bytes as 32-bit words; null where the trick does not apply (unaligned bytes, a level under 127) */
  words: Uint32Array | null;
  /** grey at or below this is dark */
  level: number;
  /** 127 − (254 − level) in each byte (see `skipPaper`) */
  swar: number;
}

export function paperScan(grey: Uint8Array, level: number): PaperScan {
  const usable = grey.byteOffset % 4 === 0 && level >= 127 && level <= 254;
  if (!usable) return { grey, words: null, level, swar: 0 };
  return { grey, words: new Uint32Array(grey.buffer, grey.byteOffset, grey.byteLength >> 2), level, swar: Math.imul(0x01010101, level - 127) | 0 };
}

/**
 * The first dark pixel at or after `x` in the row starting at `base`, or `width`. A byte b ≤ level is a byte
 * 255 − b > 254 − level; with `swar` added to the inverted word, (v + swar) | v has a high bit set exactly where
 * such a byte is (the "has a byte greater than n" test, n ≤ 127).
 */
export function skipPaper(scan: PaperScan, base: number, x: number, width: number): number {
  const { grey, words, level, swar } = scan;
  if (words !== null) {
    while (x < width && ((base + x) & 3) !== 0 && grey[base + x]! > level) x++;
    while (x + 4 <= width) {
      const v = ~words[(base + x) >> 2]!;
      if ((((v + swar) | v) & 0x80808080) !== 0) break;
      x += 4;
    }
  }
  while (x < width && grey[base + x]! > level) x++;
  return x;
}

/** One past the last dark pixel of the stretch starting at `x`. */
export function skipInk(scan: PaperScan, base: number, x: number, width: number): number {
  const { grey, level } = scan;
  while (x < width && grey[base + x]! <= level) x++;
  return x;
}

/** Appends the dark runs of row `y` to `runs`. */
function darkRunsOfRow(scan: PaperScan, y: number, width: number, runs: RunList): void {
  const base = y * width;
  runs.rowFirst[y] = runs.count;
  let x = skipPaper(scan, base, 0, width);
  while (x < width) {
    const end = skipInk(scan, base, x, width);
    runs.push(y, x, end);
    x = skipPaper(scan, base, end, width);
  }
}

/** The runs of a grey image at or below `level`, row by row (the ink mask, ready for labelling). */
export function darkRuns(grey: Uint8Array, width: number, height: number, level: number): RunList {
  const scan = paperScan(grey, level);
  const runs = new RunList(height);
  for (let y = 0; y < height; y++) darkRunsOfRow(scan, y, width, runs);
  runs.rowFirst[height] = runs.count;
  return runs;
}
