import type { BBox, OcrLine, OcrWord } from './OcrTypes';
import { cleanWord, keepNonEmpty } from './ocrText';

/**
 * Tesseract's hOCR (from either engine) as OcrLines: line `baseline` (slope and
 * offset from the bottom-left corner of the line box) becomes two points, `x_size` is Tesseract's row height.
 */
const ELEMENT = /<(?:p|span)\s+class='(ocr_par|ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)'[^>]*?title=(["'])(.*?)\2[^>]*>/gu;
const LINE_CLASSES = new Set(['ocr_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat']);

export function linesFromHocr(hocr: string): OcrLine[] {
  const lines: OcrLine[] = [];
  let paragraph = -1;
  let current: OcrLine | null = null;
  for (const match of hocr.matchAll(ELEMENT)) {
    const kind = match[1] ?? '';
    const title = match[3] ?? '';
    if (kind === 'ocr_par') {
      paragraph += 1;
    } else if (LINE_CLASSES.has(kind)) {
      current = lineOf(title, Math.max(paragraph, 0));
      lines.push(current);
    } else if (current) {
      const end = hocr.indexOf('</span>', (match.index ?? 0) + match[0].length);
      current.words.push(wordOf(title, hocr.slice((match.index ?? 0) + match[0].length, end)));
    }
  }
  return keepNonEmpty(lines);
}

function lineOf(title: string, paragraph: number): OcrLine {
  const bbox = bboxOf(title);
  const [slope = 0, offset = 0] = numbersOf(title, 'baseline');
  const [rowHeight = bbox.y1 - bbox.y0] = numbersOf(title, 'x_size');
  const y0 = bbox.y1 + offset;
  return {
    bbox,
    baseline: { x0: bbox.x0, y0: Math.round(y0), x1: bbox.x1, y1: Math.round(y0 + slope * (bbox.x1 - bbox.x0)) },
    rowHeight,
    words: [],
    paragraph,
  };
}

function wordOf(title: string, inner: string): OcrWord {
  const [confidence = 0] = numbersOf(title, 'x_wconf');
  return { text: cleanWord(decodeEntities(inner.replace(/<[^>]*>/gu, ''))), confidence, bbox: bboxOf(title) };
}

function bboxOf(title: string): BBox {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = numbersOf(title, 'bbox');
  return { x0, y0, x1, y1 };
}

/** The numbers after `key` in an hOCR title (`bbox 1 2 3 4; x_wconf 96`). */
function numbersOf(title: string, key: string): number[] {
  for (const part of title.split(';')) {
    const fields = part.trim().split(/\s+/u);
    if (fields[0] === key) return fields.slice(1).map(Number).filter(Number.isFinite);
  }
  return [];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
