/** Scores OCR output (a PDF's text layer or plain text) against ground truths with the CER helpers of guide §7. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { levenshtein, normalizeForCer, stripDiacritics } from '../../support/cer';

const run = promisify(execFile);

export interface Score {
  /** Edits over all pages / ground-truth characters over all pages, in per cent. */
  cerPct: number;
  diacriticBlindCerPct: number;
  werPct: number;
  /** CER of each page, in per cent. */
  perPagePct: number[];
}

/** Text of page `page` (1-based) of a PDF by `pdftotext -raw`, which keeps the text layer's own order. */
export async function pdfPageText(pdfPath: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdfPath, '-'], {
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout;
}

const words = (s: string): string[] => (s === '' ? [] : s.split(' '));

/** Micro-averaged rates over pages: `texts[i]` is the OCR of the page whose ground truth is `truths[i]`. */
export function scoreTexts(texts: readonly string[], truths: readonly string[]): Score {
  let edits = 0;
  let chars = 0;
  let blindEdits = 0;
  let blindChars = 0;
  let wordEdits = 0;
  let wordCount = 0;
  const perPagePct: number[] = [];
  truths.forEach((rawTruth, i) => {
    const truth = normalizeForCer(rawTruth);
    const ocr = normalizeForCer(texts[i] ?? '');
    const d = levenshtein([...ocr], [...truth]);
    edits += d;
    chars += [...truth].length;
    perPagePct.push((100 * d) / Math.max(1, [...truth].length));
    const blindTruth = [...stripDiacritics(truth)];
    blindEdits += levenshtein([...stripDiacritics(ocr)], blindTruth);
    blindChars += blindTruth.length;
    wordEdits += levenshtein(words(ocr), words(truth));
    wordCount += words(truth).length;
  });
  const pct = (a: number, b: number): number => (100 * a) / Math.max(1, b);
  return { cerPct: pct(edits, chars), diacriticBlindCerPct: pct(blindEdits, blindChars), werPct: pct(wordEdits, wordCount), perPagePct };
}

/** Scores page i of the PDF against `truths[i - 1]`: the PDF has one page per ground truth. */
export async function scorePdf(pdfPath: string, truths: readonly string[]): Promise<Score> {
  const texts: string[] = [];
  for (let i = 1; i <= truths.length; i++) texts.push(await pdfPageText(pdfPath, i));
  return scoreTexts(texts, truths);
}

/** Scores one single-page PDF per ground truth (e.g. one tesseract output per page). */
export async function scorePdfs(pdfPaths: readonly string[], truths: readonly string[]): Promise<Score> {
  const texts: string[] = [];
  for (const path of pdfPaths) texts.push(await pdfPageText(path, 1));
  return scoreTexts(texts, truths);
}
