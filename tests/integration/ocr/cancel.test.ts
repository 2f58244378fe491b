import { describe, expect, it } from 'vitest';
import { createTesseractCliEngine, createTesseractJsEngine, recognizePage, type OcrEngine } from '../../../electron/core/ocr';
import { cachedTestPage } from '../../support/testPages';
import { hasTesseractCli, ocrPageSpec, renderLine, within } from './ocrTestSupport';

const LINE = 'Ủy ban nhân dân xã An Bình';

async function pageImage(): Promise<Buffer> {
  return (await cachedTestPage(ocrPageSpec())).clean;
}

/** One worker: a second job waits; aborting it and then the running one both end in job/cancelled, fast. */
async function expectCancellable(engine: OcrEngine): Promise<void> {
  const image = await pageImage();
  const first = new AbortController();
  const second = new AbortController();
  const running = engine.recognize(image, { dpi: 300, signal: first.signal });
  const waiting = engine.recognize(image, { dpi: 300, signal: second.signal });
  running.catch(() => undefined);
  second.abort();
  await expect(within(waiting, 500)).rejects.toMatchObject({ code: 'job/cancelled' });
  // The first job is now recognising: abort soon, since the native engine reads a clean page in ~1.5 s when idle.
  await new Promise((r) => setTimeout(r, 300));
  first.abort();
  // A page takes 5–20 s here; the running job must end long before that.
  await expect(within(running, 3000)).rejects.toMatchObject({ code: 'job/cancelled' });
  // The slot recovers (tesseract.js: a fresh worker) and reads the next page.
  const after = await engine.recognize(await renderLine(LINE), { dpi: 300 });
  expect(after.text).toBe(LINE);
  // An already aborted signal never reaches the engine.
  await expect(recognizePage(engine, image, { dpi: 300, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'job/cancelled' });
}

async function expectCloseEndsJobs(engine: OcrEngine): Promise<void> {
  const image = await pageImage();
  const running = expect(engine.recognize(image, { dpi: 300 })).rejects.toMatchObject({ code: 'job/cancelled' });
  const queued = expect(engine.recognize(image, { dpi: 300 })).rejects.toMatchObject({ code: 'job/cancelled' });
  await new Promise((r) => setTimeout(r, 500));
  await within(engine.close(), 3000);
  await within(Promise.all([running, queued]), 1000);
  await expect(engine.recognize(image, { dpi: 300 })).rejects.toMatchObject({ code: 'ocr/engine-unavailable' });
}

describe('cancelling OCR', () => {
  it('tesseract.js: abort while waiting or running, then close', async () => {
    const engine = await createTesseractJsEngine({ workers: 1 });
    try {
      await expectCancellable(engine);
    } finally {
      await expectCloseEndsJobs(engine);
    }
  }, 120_000);

  it.skipIf(!hasTesseractCli)('tesseract CLI: abort kills the running process, then close', async () => {
    const engine = await createTesseractCliEngine({ workers: 1 });
    try {
      await expectCancellable(engine);
    } finally {
      await expectCloseEndsJobs(engine);
    }
  }, 120_000);
});
