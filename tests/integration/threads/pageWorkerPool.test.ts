import sharp from 'sharp';
import { pnmSize } from '../../../electron/core/ocr/imageSize';
import { afterAll, describe, expect, it } from 'vitest';
import type { EncodeRequest, EncodeResult } from '../../../electron/core/pipeline/encodeWork';
import type { PageWorkRequest, PageWorkResult } from '../../../electron/core/pipeline/pageWork';
import { ThreadPool } from '../../../electron/core/threads/ThreadPool';
import { cachedTestPage } from '../../support/testPages';

describe('page worker threads (ThreadPool over electron/workers/pageWorker.ts)', () => {
  const pool = new ThreadPool<PageWorkRequest | EncodeRequest, PageWorkResult | EncodeResult>('pageWorker', 2);
  afterAll(async () => { await pool.close(); });

  it('cleans a real scanned page in a thread and hands back the derived image, OCR copy and ink grid', async () => {
    const page = await cachedTestPage({ id: 'thread-pool', dpi: 200, paragraphs: 1, skewDeg: 2 });
    const r = await pool.run({ kind: 'process', master: page.scanned, dpi: 200, output: 'color', deskew: true, manualRotation: null, detectCodes: true, smallCodes: false, pdfMode: 'mrc' }) as PageWorkResult;
    expect(Math.abs(r.deskewDeg - 2)).toBeLessThanOrEqual(0.1);
    expect(r.blank).toBe(false);
    const derived = await sharp(r.derived.bytes).metadata();
    expect(derived.format).toBe('jpeg');
    // The OCR copy is the 1-bit ink bitmap of the same cleaned frame.
    expect(pnmSize(r.ocrImage)).toEqual({ width: derived.width, height: derived.height });
    expect(String.fromCharCode(r.ocrImage[0]!, r.ocrImage[1]!)).toBe('P4');
    expect(r.inkGrid.cells.some((c) => c === 1)).toBe(true);
  }, 60_000);

  it('runs two requests at once and encodes a page for the PDF', async () => {
    const page = await cachedTestPage({ id: 'thread-pool', dpi: 200, paragraphs: 1, skewDeg: 2 });
    const both = await Promise.all([0, 1].map(() => pool.run({ kind: 'encode', bytes: page.clean, grey: false, mode: 'mrc', dpi: 200 }) as Promise<EncodeResult>));
    for (const r of both) expect(r).toMatchObject({ width: page.width, height: page.height, image: { kind: 'mrc' } });
  }, 60_000);

  it('brings a typed error back across the thread boundary and keeps serving', async () => {
    await expect(pool.run({ kind: 'process', master: Buffer.from('not an image'), dpi: 300, output: 'color', deskew: true, manualRotation: null, detectCodes: false, smallCodes: false, pdfMode: null }))
      .rejects.toMatchObject({ code: 'imaging/decode-failed' });
    const page = await cachedTestPage({ id: 'thread-pool', dpi: 200, paragraphs: 1, skewDeg: 2 });
    await expect(pool.run({ kind: 'encode', bytes: page.clean, grey: true, mode: 'bw', dpi: 200 })).resolves.toMatchObject({ image: { kind: 'g4' } });
  }, 60_000);

  it('refuses work once closed', async () => {
    const other = new ThreadPool<EncodeRequest, EncodeResult>('pageWorker', 1);
    await other.close();
    await expect(other.run({ kind: 'encode', bytes: Buffer.alloc(1), grey: true, mode: 'bw', dpi: 200 })).rejects.toMatchObject({ code: 'host/stopped' });
  });
});
