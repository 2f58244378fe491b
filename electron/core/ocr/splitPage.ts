import type { BBox, OcrEngine, OcrLine, OcrResult, RecognizeOptions } from './OcrTypes';
import { pnmSize } from './imageSize';
import { meanConfidenceOf, textOfLines } from './ocrText';

/** Pages shorter than this (px) are read whole: halves of a short page gain little and cut more layouts. */
const MIN_SPLIT_HEIGHT = 1200;
/** The cut is looked for in this middle band of the page. */
const BAND = [0.35, 0.65] as const;
/** A gap between text lines at least this tall (in mm) is a safe cut: nothing of a line lies in it. */
const MIN_GAP_MM = 0.8;

interface Bitmap { width: number; height: number; headerLength: number; rowBytes: number; bytes: Uint8Array }

function bitmapOf(image: Uint8Array): Bitmap | null {
  if (image.length < 8 || image[1] !== 0x34) return null; // P4 only: a PNG or grey page is read whole
  const size = pnmSize(image);
  if (!size) return null;
  const rowBytes = (size.width + 7) >> 3;
  const headerLength = image.length - rowBytes * size.height;
  return headerLength > 0 ? { ...size, headerLength, rowBytes, bytes: image } : null;
}

function rowIsEmpty(b: Bitmap, y: number): boolean {
  const start = b.headerLength + y * b.rowBytes;
  for (let i = start; i < start + b.rowBytes; i++) if (b.bytes[i] !== 0) return false;
  return true;
}

/** Where a 1-bit page (P4 bytes) would be cut for OCR, or null when it is read whole. */
export function ocrCutOf(image: Uint8Array, dpi: number): number | null {
  const bitmap = bitmapOf(image);
  return bitmap && bitmap.height >= MIN_SPLIT_HEIGHT ? findCut(bitmap, dpi) : null;
}

/** The middle of the empty row run nearest the page's middle, in the middle band; null when text runs through. */
function findCut(b: Bitmap, dpi: number): number | null {
  const minGap = Math.max(3, Math.round((MIN_GAP_MM * dpi) / 25.4));
  const middle = b.height / 2;
  let best: number | null = null;
  let runStart = -1;
  for (let y = Math.floor(b.height * BAND[0]); y <= Math.ceil(b.height * BAND[1]); y++) {
    if (y < b.height && rowIsEmpty(b, y)) {
      if (runStart < 0) runStart = y;
      continue;
    }
    if (runStart >= 0 && y - runStart >= minGap) {
      const cut = Math.round((runStart + y) / 2);
      if (best === null || Math.abs(cut - middle) < Math.abs(best - middle)) best = cut;
    }
    runStart = -1;
  }
  return best;
}

function slice(b: Bitmap, y0: number, y1: number): Uint8Array {
  const header = Buffer.from(`P4\n${b.width} ${y1 - y0}\n`, 'latin1');
  const rows = b.bytes.subarray(b.headerLength + y0 * b.rowBytes, b.headerLength + y1 * b.rowBytes);
  return Buffer.concat([header, rows]);
}

const shifted = (box: BBox, dy: number): BBox => ({ x0: box.x0, y0: box.y0 + dy, x1: box.x1, y1: box.y1 + dy });

function shiftLines(lines: OcrLine[], dy: number, paragraphOffset: number): OcrLine[] {
  return lines.map((l) => ({
    ...l,
    bbox: shifted(l.bbox, dy),
    baseline: shifted(l.baseline, dy),
    words: l.words.map((w) => ({ ...w, bbox: shifted(w.bbox, dy) })),
    ...(l.paragraph !== undefined ? { paragraph: l.paragraph + paragraphOffset } : {}),
  }));
}

function merge(top: OcrResult, bottom: OcrResult, cut: number, height: number, started: number): OcrResult {
  const paragraphs = Math.max(-1, ...top.lines.map((l) => l.paragraph ?? 0)) + 1;
  const lines = [...top.lines, ...shiftLines(bottom.lines, cut, paragraphs)];
  return { ...top, lines, text: textOfLines(lines), meanConfidence: meanConfidenceOf(lines), height, ms: Date.now() - started };
}

/**
 * Recognises a 1-bit page as two halves cut in a blank gap between text lines near the middle, at the same time on
 * two engine workers, and joins them (reading order: top then bottom; coordinates of the whole page). The halves
 * are read with the same page segmentation as the whole page would be. Why: a page is the unit of work, and with
 * two workers the last page of a batch otherwise runs alone on one core while the other waits (a batch of 7 pages
 * on 2 workers is 4 rounds, not 3.5); halves also show a single page's text sooner. Pages without such a gap, short
 * pages, other formats, one-worker engines and engines with a start-up cost per call are read whole.
 */
export async function recognizeInHalves(engine: OcrEngine, image: Uint8Array, opts: RecognizeOptions): Promise<OcrResult> {
  const bitmap = engine.workers > 1 && engine.readsHalves ? bitmapOf(image) : null;
  const cut = bitmap ? ocrCutOf(image, opts.dpi) : null;
  if (!bitmap || cut === null) return engine.recognize(image, opts);
  const started = Date.now();
  const [top, bottom] = await Promise.all([engine.recognize(slice(bitmap, 0, cut), opts), engine.recognize(slice(bitmap, cut, bitmap.height), opts)]);
  return merge(top, bottom, cut, bitmap.height, started);
}
