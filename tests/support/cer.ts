/**
 * Character and word error rates for OCR output against a ground truth (guide §7). All rates are fractions
 * (0.0123 = 1.23 %) of the ground truth's length, and can exceed 1 when the OCR output is much longer.
 */

/** NFC, every run of whitespace (incl. NBSP and newlines) to one space, trimmed. */
export function normalizeForCer(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/gu, ' ').trim();
}

/** Vietnamese without tone and vowel marks: NFD, drop U+0300–U+036F, đ→d, Đ→D. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Levenshtein distance over two sequences (unit costs), two rows of memory. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(substitution, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function rate<T>(ocr: readonly T[], truth: readonly T[]): number {
  if (truth.length === 0) return ocr.length === 0 ? 0 : 1;
  return levenshtein(ocr, truth) / truth.length;
}

const codePoints = (s: string): string[] => [...s];

/** Character error rate: edit distance over Unicode code points / ground-truth code points, both normalised. */
export function cer(ocr: string, truth: string): number {
  return rate(codePoints(normalizeForCer(ocr)), codePoints(normalizeForCer(truth)));
}

/** CER after removing diacritics on both sides: separates tone-mark confusions from missing or wrong letters. */
export function diacriticBlindCer(ocr: string, truth: string): number {
  const blind = (s: string): string[] => codePoints(stripDiacritics(normalizeForCer(s)));
  return rate(blind(ocr), blind(truth));
}

/** Word error rate: edit distance over whitespace-separated words / ground-truth words. */
export function wer(ocr: string, truth: string): number {
  const words = (s: string): string[] => {
    const n = normalizeForCer(s);
    return n === '' ? [] : n.split(' ');
  };
  return rate(words(ocr), words(truth));
}
