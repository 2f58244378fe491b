import type { OcrLine } from './OcrTypes';

/**
 * Low-confidence rule: a page is flagged when more than 5 % of its words score under 80.
 *
 * Only words holding a letter or digit count (dust read as `. - :` scores near 0 on every scan and says nothing
 * about the text). Measured on generated pages with both engines (share of words under 80):
 * clean full page 0.4–1.1 %, scanned full page (noise, dust, JPEG q40) 1.1–2.3 %, pages with a red seal and a
 * signature 0–2.9 %; blurred until the body CER reached 13–47 %: 4–27 % (most ≥ 7 %). LSTM confidences stay high on
 * many misread words, so a lower threshold (60) separated nothing: blurred pages at 13 % CER had only 2–4 % of
 * words under 60. 5 % sits above every good page with margin and catches most unreadable ones. Mean confidence is
 * never used (guide §2: a page that lost most of its text still averaged 92).
 */
export const DEFAULT_LOW_CONFIDENCE = 80;
export const LOW_CONFIDENCE_SHARE = 0.05;
/** Fewer words than this cannot make a share worth flagging (a stamp, a signature line). */
export const MIN_WORDS_FOR_FLAG = 20;

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
