import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { AppError, isAppError } from '../../shared/errors/AppError';
import type { OcrEngine, OcrResult, RecognizeOptions } from './OcrTypes';
import { orientedSize } from './imageSize';
import { meanConfidenceOf, textOfLines } from './ocrText';
import { SlotPool } from './slotPool';
import { linesFromBlocks } from './tesseractJsLayout';

export interface TesseractJsEngineOptions {
  /** Parallel workers; default min(2, cores): more workers than cores only add memory (guide §1.5). */
  workers?: number;
  /** Pages after which a worker is ended and made again (its wasm heap only grows); default 300. */
  recycleAfterPages?: number;
}

const DEFAULT_RECYCLE_AFTER = 300;

/** Where the shipped files are: resolved from node_modules, so a bundled caller still finds the worker script. */
function packagePaths(): { langPath: string; workerPath: string } {
  const require = createRequire(import.meta.url);
  const vieDir = path.dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  const tessDir = path.dirname(require.resolve('tesseract.js/package.json'));
  return {
    // LSTM_ONLY needs only the integerised best model; the package's own index points at the legacy+LSTM file.
    langPath: path.join(vieDir, '4.0.0_best_int'),
    workerPath: path.join(tessDir, 'src', 'worker-script', 'node', 'index.js'),
  };
}

async function startWorker(): Promise<Worker> {
  try {
    return await createWorker('vie', OEM.LSTM_ONLY, {
      ...packagePaths(),
      gzip: true,
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
  // Only what is used: every extra output format costs seconds per page (guide §1.4).
  const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
  const lines = linesFromBlocks(data.blocks);
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

/** tesseract.js (wasm, worker_threads in this process), Vietnamese LSTM best_int model, offline and cache-free. */
export async function createTesseractJsEngine(opts: TesseractJsEngineOptions = {}): Promise<OcrEngine> {
  const workers = Math.max(1, opts.workers ?? Math.min(2, os.availableParallelism()));
  const pool = new SlotPool<Worker>(
    workers,
    { create: startWorker, destroy: async (worker) => void (await worker.terminate()) },
    opts.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER,
  );
  await pool.warmUp().catch(async (err: unknown) => {
    await pool.close();
    throw err;
  });
  return {
    name: 'tesseract.js',
    workers,
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
