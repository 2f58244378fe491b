import type { OcrLine } from './OcrTypes';

/**
 * NFC with whitespace runs collapsed: every word and every text the OCR module returns passes through it. Both
 * engines read a capital Đ as the look-alike Icelandic Ð (U+00D0) now and then ("04a/ÐK"); Vietnamese has no Ð,
 * and a search for "ĐK" must find the word, so it is always mapped to Đ.
 */
export function cleanWord(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim().replaceAll('\u00D0', '\u0110');
}

/** Drops empty words and lines without words (Tesseract reports both for specks and rules). */
export function keepNonEmpty(lines: OcrLine[]): OcrLine[] {
  return lines
    .map((line) => ({ ...line, words: line.words.filter((w) => w.text.length > 0) }))
    .filter((line) => line.words.length > 0);
}

/** The page text: words joined by a space, lines by '\n', paragraphs by a blank line (OcrResult.text). */
export function textOfLines(lines: OcrLine[]): string {
  let text = '';
  let previous: number | undefined;
  for (const line of lines) {
    if (text.length > 0) text += line.paragraph === previous ? '\n' : '\n\n';
    text += line.words.map((w) => w.text).join(' ');
    previous = line.paragraph;
  }
  return text;
}

/** Mean word confidence weighted by characters, 0 for a page without words. */
export function meanConfidenceOf(lines: OcrLine[]): number {
  let sum = 0;
  let chars = 0;
  for (const line of lines) {
    for (const word of line.words) {
      sum += word.confidence * word.text.length;
      chars += word.text.length;
    }
  }
  return chars === 0 ? 0 : Math.round((sum / chars) * 100) / 100;
}
