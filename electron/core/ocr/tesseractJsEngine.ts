import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { AppError, isAppError } from '../../shared/errors/AppError';
import type { OcrEngine, OcrResult, RecognizeOptions } from './OcrTypes';
import { orientedSize } from './imageSize';
import { linesFromHocr } from './hocr';
import { meanConfidenceOf, textOfLines } from './ocrText';
import { SlotPool } from './slotPool';
import { ocrAssetPath } from './ocrAssets';

export interface TesseractJsEngineOptions {
  /** Parallel workers; default min(2, cores): more workers than cores only add memory (guide §1.5). */
  workers?: number;
  /** Pages after which a worker is ended and made again (its wasm heap only grows); default 300. */
  recycleAfterPages?: number;
  /**
   * `best_int` (default: @tesseract.js-data/vie, integerised best LSTM) or `fast` (tessdata_fast, shipped in
   * assets/ocr/vie-fast from Debian's tesseract-ocr-vie, Apache-2.0): guide §2 found fast no worse on print.
   */
  model?: VieModel;
}

export type VieModel = 'best_int' | 'fast';

const DEFAULT_MODEL: VieModel = 'fast';

const DEFAULT_RECYCLE_AFTER = 300;

/** Where the shipped files are: resolved from node_modules, so a bundled caller still finds the worker script. */
function packagePaths(model: VieModel): { langPath: string; workerPath: string; gzip: boolean } {
  const require = createRequire(import.meta.url);
  const vieDir = path.dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  const tessDir = path.dirname(require.resolve('tesseract.js/package.json'));
  return {
    // LSTM_ONLY needs only an LSTM model; the package's own index points at the legacy+LSTM file.
    langPath: model === 'fast' ? path.dirname(ocrAssetPath(path.join('vie-fast', 'vie.traineddata'))) : path.join(vieDir, '4.0.0_best_int'),
    workerPath: path.join(tessDir, 'src', 'worker-script', 'node', 'index.js'),
    gzip: model !== 'fast',
  };
}

async function startWorker(model: VieModel): Promise<Worker> {
  try {
    return await createWorker('vie', OEM.LSTM_ONLY, {
      ...packagePaths(model),
      // Never read or write `./vie.traineddata`: a stale cached model would beat the shipped one (guide §1.2).
      cacheMethod: 'none',
      // Without a handler a failed job is rethrown inside tesseract.js's message listener (uncaught).
      errorHandler: () => undefined,
    });
  } catch (err) {
    throw new AppError('ocr/engine-unavailable', 'Không khởi động được bộ nhận dạng chữ tiếng Việt (tesseract.js). Hãy cài lại ứng dụng.', {
      cause: err,
    });
  }
}

async function recognizeWith(worker: Worker, image: Uint8Array, opts: RecognizeOptions): Promise<OcrResult> {
  const started = Date.now();
  const psm = opts.psm ?? 3;
  const size = await orientedSize(image);
  // tesseract.js defaults to PSM 6 (the CLI to 3): set it on every job, the worker keeps the previous job's value.
  await worker.setParameters({ tessedit_pageseg_mode: String(psm) as never, user_defined_dpi: String(Math.round(opts.dpi)) });
  // hOCR only, parsed like the CLI engine's: tesseract.js builds `blocks` word by word across the wasm boundary,
  // ~0.7 s more per 300-dpi page than Tesseract's own hOCR renderer (measured, 4.2 → 3.5 CPU-s); `text` is rebuilt
  // from the lines (guide §1.4: every extra output format costs time).
  const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: false, hocr: true });
  const lines = linesFromHocr(data.hocr ?? '');
  return {
    text: textOfLines(lines),
    lines,
    meanConfidence: meanConfidenceOf(lines),
    engine: 'tesseract.js',
    psm,
    width: size.width,
    height: size.height,
    ms: Date.now() - started,
  };
}

/** tesseract.js (wasm, worker_threads in this process), Vietnamese LSTM model (fast by default), offline and cache-free. */
export async function createTesseractJsEngine(opts: TesseractJsEngineOptions = {}): Promise<OcrEngine> {
  const workers = Math.max(1, opts.workers ?? Math.min(2, os.availableParallelism()));
  const pool = new SlotPool<Worker>(
    workers,
    { create: () => startWorker(opts.model ?? DEFAULT_MODEL), destroy: async (worker) => void (await worker.terminate()) },
    opts.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER,
  );
  await pool.warmUp().catch(async (err: unknown) => {
    await pool.close();
    throw err;
  });
  return {
    name: 'tesseract.js',
    workers,
    readsHalves: true,
    recognize: (image, recognizeOpts) =>
      pool.run(recognizeOpts.signal, async (worker) => {
        try {
          return await recognizeWith(worker, image, recognizeOpts);
        } catch (err) {
          if (isAppError(err)) throw err;
          throw new AppError('ocr/failed', 'Nhận dạng chữ trên trang thất bại. Hãy thử xử lý lại trang.', { retryable: true, cause: err });
        }
      }),
    close: () => pool.close(),
  };
}
