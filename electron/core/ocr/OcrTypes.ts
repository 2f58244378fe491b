/**
 * What an OCR engine returns for one page, in the pixel coordinates of the image it was given (origin top-left).
 * Shared by the OCR engines, the coverage check, the PDF text layer, metadata extraction and search.
 */
export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  /** NFC-normalised. */
  text: string;
  /** 0–100. */
  confidence: number;
  bbox: BBox;
}

export interface OcrLine {
  bbox: BBox;
  /** The line's baseline from its left to its right end (Tesseract's `baseline`). */
  baseline: BBox;
  /** Tesseract's `rowAttributes.rowHeight` (px); the text layer sizes its font from it. */
  rowHeight: number;
  words: OcrWord[];
  /** Index of the line's paragraph in reading order; lines of one paragraph share it (rebuilds `text` after edits). */
  paragraph?: number;
}

export type OcrEngineName = 'tesseract.js' | 'tesseract-cli';
export type PageSegMode = 3 | 4 | 6;

export interface OcrResult {
  /** NFC, lines joined by '\n', paragraphs by a blank line. */
  text: string;
  /** In reading order (block → paragraph → line). */
  lines: OcrLine[];
  meanConfidence: number;
  engine: OcrEngineName;
  psm: PageSegMode;
  width: number;
  height: number;
  ms: number;
}

export interface RecognizeOptions {
  dpi: number;
  psm?: PageSegMode;
  signal?: AbortSignal;
}

/** An engine owns its worker pool; `recognize` may be called concurrently (jobs queue inside). */
export interface OcrEngine {
  readonly name: OcrEngineName;
  readonly workers: number;
  /**
   * Whether a page may be read as two halves at once (splitPage.ts): true when a call has no start-up cost. The
   * CLI engine starts a process and loads the model per call (~0.4 s), which halves would pay twice.
   */
  readonly readsHalves: boolean;
  recognize(image: Uint8Array, opts: RecognizeOptions): Promise<OcrResult>;
  close(): Promise<void>;
}
