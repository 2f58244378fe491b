import type { PageTextT } from '../../../../electron/shared/contract/pipelineModels';

export type OcrWord = PageTextT['lines'][number]['words'][number];

/** Dust read as `. - :` scores near 0 on every scan and says nothing about the text, as in the core's rule. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** A word the clerk should check: it holds a letter or digit and its confidence is under the page's threshold. */
export function isLowWord(word: OcrWord, below: number): boolean {
  return word.confidence < below && HAS_TEXT.test(word.text);
}

export function countLowWords(text: PageTextT): number {
  let n = 0;
  for (const line of text.lines) for (const w of line.words) if (isLowWord(w, text.lowConfidenceBelow)) n++;
  return n;
}

/** 0..1 shares and 0..100 scores both shown as whole percents. */
export function percent(value: number | null, scale: 1 | 100): string {
  if (value === null) return '—';
  return String(Math.round(scale === 1 ? value * 100 : value));
}
