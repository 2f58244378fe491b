import type { InkGrid } from '../imaging/InkGrid';
import type { OcrEngine, OcrResult, PageSegMode } from './OcrTypes';
import { countLowConfidence, DEFAULT_LOW_CONFIDENCE, isLowConfidence } from './confidence';
import { coverageOf } from './coverage';
import { meanConfidenceOf, textOfLines } from './ocrText';
import { postCorrect, type Correction } from './postCorrect';
import { recognizeInHalves } from './splitPage';
import type { TermDictionary } from './termDictionary';

export type PageOcrFlag = 'low-confidence' | 'dropped-text';

export interface PageOcrOutcome {
  result: OcrResult;
  /** Share of ink cells under a word box (see coverageOf); null without an ink grid. */
  coverage: number | null;
  flags: PageOcrFlag[];
  /** Whether the page was recognised again with PSM 4/6 after PSM 3 left ink uncovered. */
  reran: boolean;
  corrections: Correction[];
  lowConfidenceWords: number;
}

export interface RecognizePageOptions {
  dpi: number;
  /** Ink of the same image (same pixel frame); enables the dropped-text check. */
  ink?: InkGrid;
  signal?: AbortSignal;
  /** Coverage under which the page is re-run and, if still under, flagged; default 0.7 (guide §2). */
  minCoverage?: number;
  /** Word confidence (0–100) under which a word counts as low; default 80 (see confidence.ts). */
  lowConfidence?: number;
  /** Post-correction terms; default the shipped dictionary. */
  dictionary?: TermDictionary;
}

export const DEFAULT_MIN_COVERAGE = 0.7;
/** Fallbacks after PSM 3: single column first (PSM 6 never lost text but reads worse, 2–4 % CER; guide §1.3). */
const FALLBACK_PSMS: PageSegMode[] = [4, 6];

/**
 * OCR of one page (a 1-bit page in two halves read at once, see splitPage.ts): PSM 3, then — when an ink grid shows text the words do not cover — PSM 4 and then 6, keeping
 * the best coverage and stopping as soon as one is good enough (an earlier mode reads better). Then flags and
 * dictionary post-correction; all text NFC.
 */
export async function recognizePage(engine: OcrEngine, image: Uint8Array, opts: RecognizePageOptions): Promise<PageOcrOutcome> {
  const minCoverage = opts.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const run = (psm: PageSegMode): Promise<OcrResult> => recognizeInHalves(engine, image, { dpi: opts.dpi, psm, ...(opts.signal ? { signal: opts.signal } : {}) });
  let best = await run(3);
  let coverage = opts.ink ? coverageOf(best, opts.ink) : null;
  let reran = false;
  for (const psm of FALLBACK_PSMS) {
    if (!opts.ink || coverage === null || coverage >= minCoverage) break;
    reran = true;
    const candidate = await run(psm);
    const candidateCoverage = coverageOf(candidate, opts.ink);
    if (candidateCoverage > coverage) [best, coverage] = [candidate, candidateCoverage];
  }
  const { lines, corrections } = postCorrect(best.lines, opts.dictionary);
  const result: OcrResult = { ...best, lines, text: textOfLines(lines), meanConfidence: meanConfidenceOf(lines) };
  const counts = countLowConfidence(lines, opts.lowConfidence ?? DEFAULT_LOW_CONFIDENCE);
  const flags: PageOcrFlag[] = [];
  if (isLowConfidence(counts)) flags.push('low-confidence');
  if (coverage !== null && coverage < minCoverage) flags.push('dropped-text');
  return { result, coverage, flags, reran, corrections, lowConfidenceWords: counts.low };
}
