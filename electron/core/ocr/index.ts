import { AppError } from '../../shared/errors/AppError';
import type { OcrEngine } from './OcrTypes';
import { createTesseractCliEngine } from './tesseractCliEngine';
import { createTesseractJsEngine } from './tesseractJsEngine';

export type * from './OcrTypes';
export { coverageOf } from './coverage';
export { DEFAULT_LOW_CONFIDENCE, LOW_CONFIDENCE_SHARE } from './confidence';
export { postCorrect, type Correction } from './postCorrect';
export { recognizePage, DEFAULT_MIN_COVERAGE, type PageOcrOutcome, type PageOcrFlag, type RecognizePageOptions } from './recognizePage';
export { buildTermDictionary, loadTermDictionary, type TermDictionary } from './termDictionary';
export { createTesseractCliEngine, type TesseractCliEngineOptions } from './tesseractCliEngine';
export { createTesseractJsEngine, type TesseractJsEngineOptions } from './tesseractJsEngine';

export type OcrEngineKind = 'tesseract.js' | 'tesseract-cli' | 'auto';

/** 'auto' is tesseract.js (bundled, always present); the native CLI only when asked for. */
export function createOcrEngine(opts: { kind: OcrEngineKind; workers?: number }): Promise<OcrEngine> {
  const workers = opts.workers === undefined ? {} : { workers: opts.workers };
  switch (opts.kind) {
    case 'auto':
    case 'tesseract.js':
      return createTesseractJsEngine(workers);
    case 'tesseract-cli':
      return createTesseractCliEngine(workers);
    default:
      return Promise.reject(new AppError('validation/input', 'Loại bộ nhận dạng chữ không hợp lệ.'));
  }
}
