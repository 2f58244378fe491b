import {
  beginText, endText, PDFHexString, type PDFName, type PDFOperator, popGraphicsState, pushGraphicsState,
  setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText, TextRenderingMode,
} from 'pdf-lib';
import type { BBox, OcrLine, OcrWord } from '../ocr/OcrTypes';
import { GLYPHLESS_ADVANCE } from './glyphLessFont';

/** Maps image pixels (origin top-left) to page points (origin bottom-left). */
export interface PageGeometry {
  pageHeightPt: number;
  /** 72 / dpi. */
  ptPerPx: number;
}

/** Font size as a share of Tesseract's row height (x-height + ascenders); guide §3. */
const FONT_SIZE_PER_ROW_HEIGHT = 0.8;

/**
 * The invisible OCR text layer of one page (guide §3): render mode 3 (never opacity, which is transparency and
 * forbidden in PDF/A-1), one absolutely placed `Tj` per word on the line's baseline under the word's left edge,
 * stretched with `Tz` to the word box. Words are NFC and followed by a space so extractors split them.
 */
export function textLayerOperators(lines: readonly OcrLine[], geometry: PageGeometry, font: PDFName): PDFOperator[] {
  const ops: PDFOperator[] = [];
  for (const line of lines) {
    const placed = line.words.filter((w) => w.text.trim().length > 0);
    if (placed.length === 0) continue;
    const frame = lineFrame(line, geometry);
    for (const word of placed) ops.push(...wordOperators(word, frame, geometry, font));
  }
  if (ops.length === 0) return [];
  return [pushGraphicsState(), beginText(), setTextRenderingMode(TextRenderingMode.Invisible), ...ops, endText(), popGraphicsState()];
}

interface LineFrame {
  cos: number;
  sin: number;
  /** Baseline y (px) at image x = 0, and its slope dy/dx in image coordinates. */
  baselineAt0: number;
  slope: number;
  fontSizePt: number;
}

function lineFrame(line: OcrLine, geometry: PageGeometry): LineFrame {
  const b: BBox = line.baseline;
  const dx = b.x1 - b.x0;
  const dy = b.y1 - b.y0;
  const usable = dx > 0 && Number.isFinite(dy) && Math.abs(dy) < dx;
  const slope = usable ? dy / dx : 0;
  const baselineAt0 = usable ? b.y0 - b.x0 * slope : line.bbox.y1;
  const length = Math.hypot(1, slope);
  const rowHeightPx = line.rowHeight > 0 ? line.rowHeight : line.bbox.y1 - line.bbox.y0;
  return {
    cos: 1 / length,
    // Image y grows downwards, PDF y upwards: a baseline falling to the right turns clockwise.
    sin: -slope / length,
    baselineAt0,
    slope,
    fontSizePt: Math.max(1, FONT_SIZE_PER_ROW_HEIGHT * rowHeightPx * geometry.ptPerPx),
  };
}

function wordOperators(word: OcrWord, frame: LineFrame, geometry: PageGeometry, font: PDFName): PDFOperator[] {
  const text = word.text.normalize('NFC').trim();
  const units = bmpCodeUnits(text);
  const xPx = word.bbox.x0;
  const yPx = frame.baselineAt0 + xPx * frame.slope;
  const widthPt = ((word.bbox.x1 - word.bbox.x0) / frame.cos) * geometry.ptPerPx;
  const naturalPt = units.length * GLYPHLESS_ADVANCE * frame.fontSizePt;
  const squeeze = widthPt > 0 ? (100 * widthPt) / naturalPt : 100;
  return [
    setFontAndSize(font, round(frame.fontSizePt)),
    setCharacterSqueeze(round(squeeze)),
    setTextMatrix(round(frame.cos), round(frame.sin), round(-frame.sin), round(frame.cos),
      round(xPx * geometry.ptPerPx), round(geometry.pageHeightPt - yPx * geometry.ptPerPx)),
    showText(utf16Hex([...units, 0x20])),
  ];
}

/** UTF-16 code units of `text`; characters outside the BMP become U+FFFD (the ToUnicode CMap skips surrogates). */
export function bmpCodeUnits(text: string): number[] {
  const units: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    units.push(cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
  }
  return units;
}

function utf16Hex(units: number[]): PDFHexString {
  return PDFHexString.of(units.map((u) => u.toString(16).padStart(4, '0')).join('').toUpperCase());
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
