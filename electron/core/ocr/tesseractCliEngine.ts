import { execFile, spawn } from 'node:child_process';
import os from 'node:os';
import sharp from 'sharp';
import { AppError, isAppError } from '../../shared/errors/AppError';
import { cancelledError } from '../scan/cancelled';
import type { OcrEngine, OcrResult, RecognizeOptions } from './OcrTypes';
import { linesFromHocr } from './hocr';
import { imageMetadata, pnmSize } from './imageSize';
import { meanConfidenceOf, textOfLines } from './ocrText';
import { SlotPool } from './slotPool';

export interface TesseractCliEngineOptions {
  /** Parallel `tesseract` processes, one thread each; default min(2, cores). */
  workers?: number;
  /** The executable; default `tesseract` on PATH (Debian: tesseract-ocr + tesseract-ocr-vie). */
  binary?: string;
}

function unavailable(detail: string, cause?: unknown): AppError {
  return new AppError(
    'ocr/engine-unavailable',
    `Không dùng được Tesseract cài trên máy (${detail}). Hãy cài gói tesseract-ocr và tesseract-ocr-vie, hoặc chọn bộ nhận dạng tích hợp (tesseract.js).`,
    cause === undefined ? {} : { cause },
  );
}

/** Fails with `ocr/engine-unavailable` unless the binary runs and lists the Vietnamese model. */
async function checkBinary(binary: string): Promise<void> {
  const langs = await new Promise<string>((resolve, reject) => {
    execFile(binary, ['--list-langs'], { timeout: 15_000 }, (err, stdout) => (err ? reject(unavailable('không chạy được', err)) : resolve(stdout)));
  });
  if (!langs.split(/\s+/u).includes('vie')) throw unavailable('thiếu dữ liệu tiếng Việt');
}

/** Leptonica ignores EXIF orientation; tesseract.js honours it. Turn such images upright so both see one frame. */
async function upright(image: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const pnm = pnmSize(image);
  if (pnm) return { bytes: image, ...pnm };
  const meta = await imageMetadata(image);
  if ((meta.orientation ?? 1) <= 1) return { bytes: image, width: meta.width, height: meta.height };
  const bytes = await sharp(image).rotate().png({ compressionLevel: 1 }).toBuffer();
  return { bytes, width: meta.autoOrient.width, height: meta.autoOrient.height };
}

function runTesseract(binary: string, image: Uint8Array, args: string[], signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    // One thread per process: N single-threaded processes beat one process with N threads (guide §1.5).
    const child = spawn(binary, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, signal, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // a dying child closes its stdin; the exit code tells the story
    child.on('error', (e) => reject(signal.aborted ? cancelledError() : unavailable('không chạy được', e)));
    child.on('close', (code) => {
      if (signal.aborted) reject(cancelledError());
      else if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new AppError('ocr/failed', 'Tesseract không nhận dạng được trang này. Hãy thử xử lý lại trang.', { retryable: true, details: { code, stderr: err.slice(-500) } }));
    });
    child.stdin.end(image);
  });
}

async function recognizeWith(binary: string, image: Uint8Array, opts: RecognizeOptions, signal: AbortSignal): Promise<OcrResult> {
  const started = Date.now();
  const psm = opts.psm ?? 3;
  const page = await upright(image);
  const args = ['stdin', 'stdout', '-l', 'vie', '--oem', '1', '--psm', String(psm), '--dpi', String(Math.round(opts.dpi)), 'hocr'];
  const lines = linesFromHocr(await runTesseract(binary, page.bytes, args, signal));
  return {
    text: textOfLines(lines),
    lines,
    meanConfidence: meanConfidenceOf(lines),
    engine: 'tesseract-cli',
    psm,
    width: page.width,
    height: page.height,
    ms: Date.now() - started,
  };
}

/** The native `tesseract` executable, one process per page, hOCR parsed into the same OcrResult as tesseract.js. */
export async function createTesseractCliEngine(opts: TesseractCliEngineOptions = {}): Promise<OcrEngine> {
  const binary = opts.binary ?? 'tesseract';
  await checkBinary(binary);
  const workers = Math.max(1, opts.workers ?? Math.min(2, os.availableParallelism()));
  const pool = new SlotPool<null>(workers, { create: async () => null, destroy: async () => undefined });
  return {
    name: 'tesseract-cli',
    workers,
    readsHalves: false,
    recognize: (image, recognizeOpts) =>
      pool.run(recognizeOpts.signal, async (_none, signal) => {
        try {
          return await recognizeWith(binary, image, recognizeOpts, signal);
        } catch (err) {
          if (isAppError(err)) throw err;
          throw new AppError('ocr/failed', 'Nhận dạng chữ trên trang thất bại. Hãy thử xử lý lại trang.', { retryable: true, cause: err });
        }
      }),
    close: () => pool.close(),
  };
}
