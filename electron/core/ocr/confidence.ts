import type { OcrLine } from './OcrTypes';

/**
 * Low-confidence rule. A word counts when it holds a letter or digit (dust read as `. - :` scores near 0 on
 * every scan and says nothing about the text). Tesseract's LSTM word confidence stays above ~85 on cleanly read
 * print; misread words cluster under 60. A page is flagged when more than 15 % of its words are under the threshold,
 * i.e. roughly one word in seven needs a look, which no clean or deskewed test page reaches (measured: see
 * tests/integration/ocr). Mean confidence alone is never trusted (guide §2).
 */
export const DEFAULT_LOW_CONFIDENCE = 60;
export const LOW_CONFIDENCE_SHARE = 0.15;
/** Fewer words than this cannot make a share worth flagging (a stamp, a signature line). */
export const MIN_WORDS_FOR_FLAG = 10;

export function countLowConfidence(lines: OcrLine[], threshold = DEFAULT_LOW_CONFIDENCE): { words: number; low: number } {
  let words = 0;
  let low = 0;
  for (const line of lines) {
    for (const word of line.words) {
      if (!/[\p{L}\p{N}]/u.test(word.text)) continue;
      words += 1;
      if (word.confidence < threshold) low += 1;
    }
  }
  return { words, low };
}

export function isLowConfidence(counts: { words: number; low: number }): boolean {
  return counts.words >= MIN_WORDS_FOR_FLAG && counts.low / counts.words > LOW_CONFIDENCE_SHARE;
}
