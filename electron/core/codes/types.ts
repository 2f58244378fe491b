/** One symbol read by zxing-wasm. `box` is the axis-aligned bounds in the input image's pixels. */
export interface FoundCode {
  format: string;
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Kodak patch codes. T and 2 separate documents; 3 separates batches (acts like T in this version, see README).
 * 1 and 6, and T and 3, are each other read backwards: a sheet fed upside down turns T into 3.
 */
export type PatchCode = '1' | '2' | '3' | '4' | '6' | 'T';

export interface PageCodes {
  codes: FoundCode[];
  patch: PatchCode | null;
  /** Set when the page is a separator sheet: Patch T, 2 or 3, or our sheet QR `TSH-SEP:<value>`. */
  separator: null | { via: 'patch' | 'sheet-qr'; value?: string };
}

export type SeparationRule =
  | { kind: 'separator-sheet' }
  /** A page carrying a barcode whose text matches `pattern` (a RegExp source; any barcode when absent) starts a new document and is kept. */
  | { kind: 'barcode'; pattern?: string }
  /** A blank page separates and is removed. */
  | { kind: 'blank-page' }
  | { kind: 'fixed-count'; pages: number }
  /** Page indexes (PageSeparationInput.index) where a new document starts. */
  | { kind: 'manual'; startsAt: number[] };

export interface PageSeparationInput {
  index: number;
  blank: boolean;
  codes: PageCodes;
}

export interface SeparationPlan {
  documents: Array<{ pages: number[]; barcodeValue?: string }>;
  removed: Array<{ index: number; reason: 'separator' | 'blank' }>;
}

/** Prefix of the QR and Code 128 on our printed separator sheet: `TSH-SEP:<value>`. */
export const SEPARATOR_PREFIX = 'TSH-SEP';
