import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageOf, createTesseractJsEngine, recognizePage, type OcrEngine } from '../../../electron/core/ocr';
import { cachedTestPage } from '../../support/testPages';
import { cer } from '../../support/cer';
import { darkMask, inkOf, ocrPageSpec } from './ocrTestSupport';

// The guide's silent page drop (§2), made deterministic: the lower half of the text is hidden from OCR while the
// ink grid still shows it, as when Tesseract's layout analysis loses the rest of a page.
let engine: OcrEngine;

beforeAll(async () => {
  engine = await createTesseractJsEngine({ workers: 1 });
}, 60_000);

afterAll(async () => {
  await engine?.close();
});

/** The clean page with every row from the middle of its text down painted white. */
async function hideLowerHalfOfText(image: Buffer): Promise<Buffer> {
  const { mask, width, height } = await darkMask(image);
  const inkRows: number[] = [];
  for (let y = 0; y < height; y++) if (mask.subarray(y * width, (y + 1) * width).some((v) => v !== 0)) inkRows.push(y);
  const cut = Math.round(((inkRows[0] ?? 0) + (inkRows.at(-1) ?? height)) / 2);
  const white = await sharp({ create: { width, height: height - cut, channels: 3, background: '#ffffff' } }).png().toBuffer();
  return sharp(image).composite([{ input: white, left: 0, top: cut }]).png().toBuffer();
}

describe('recognizePage coverage check', () => {
  it('re-runs with PSM 4 and 6 and flags dropped-text when words cover too little of the ink', async () => {
    const page = await cachedTestPage(ocrPageSpec());
    const hidden = await hideLowerHalfOfText(page.clean);
    const fullInk = await inkOf(page.clean);
    const outcome = await recognizePage(engine, hidden, { dpi: 300, ink: fullInk });
    expect(outcome.reran).toBe(true);
    expect(outcome.flags).toContain('dropped-text');
    expect(outcome.coverage).toBeLessThan(0.7);
    expect(outcome.coverage).toBeGreaterThan(0.2); // the visible half was read
    expect([3, 4, 6]).toContain(outcome.result.psm);
    // The same words against the hidden image's own ink cover it: the flag comes from the missing half only.
    expect(coverageOf(outcome.result, await inkOf(hidden))).toBeGreaterThan(0.95);
  }, 180_000);
});

describe('recognizePage confidence check', () => {
  it('flags low-confidence on a page blurred past reading (engines.test: the clean page is not)', async () => {
    const page = await cachedTestPage(ocrPageSpec());
    const blurred = await sharp(page.clean).blur(4.5).jpeg({ quality: 30 }).toBuffer();
    const outcome = await recognizePage(engine, blurred, { dpi: 300 });
    expect(outcome.flags).toContain('low-confidence');
    expect(outcome.lowConfidenceWords).toBeGreaterThan(5);
    expect(cer(outcome.result.text, page.groundTruth)).toBeGreaterThan(0.04); // the flag is deserved
  }, 180_000);
});
