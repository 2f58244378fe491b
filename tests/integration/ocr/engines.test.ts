import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOcrEngine,
  createTesseractCliEngine,
  recognizePage,
  type OcrEngine,
  type OcrResult,
  type PageOcrOutcome,
} from '../../../electron/core/ocr';
import { cer } from '../../support/cer';
import { cachedTestPage, type TestPage } from '../../support/testPages';
import { darkMask, hasTesseractCli, inkOf, ocrPageSpec, traineddataLeftovers, wordsOf } from './ocrTestSupport';

// One clean 300-dpi page (header + 3 paragraphs, ~800 characters), read once by each engine: OCR costs seconds.
const SPEC = ocrPageSpec();

let page: TestPage;
const leftoversBefore = traineddataLeftovers();
const outcomes = new Map<string, PageOcrOutcome>();

async function readWith(engine: OcrEngine): Promise<PageOcrOutcome> {
  try {
    const outcome = await recognizePage(engine, page.clean, { dpi: page.dpi, ink: await inkOf(page.clean) });
    outcomes.set(engine.name, outcome);
    return outcome;
  } finally {
    await engine.close();
  }
}

beforeAll(async () => {
  page = await cachedTestPage(SPEC);
  await readWith(await createOcrEngine({ kind: 'auto', workers: 1 }));
}, 180_000);

afterAll(() => {
  // Checked after every engine ran: tesseract.js must never cache the model in the cwd or the package folders.
  expect(traineddataLeftovers()).toEqual(leftoversBefore);
});

function jsOutcome(): PageOcrOutcome {
  const outcome = outcomes.get('tesseract.js');
  if (!outcome) throw new Error('tesseract.js did not read the page');
  return outcome;
}

async function expectBoxesOnInk(result: OcrResult): Promise<void> {
  const { mask, width, height } = await darkMask(page.clean);
  expect([result.width, result.height]).toEqual([width, height]);
  const words = result.lines.flatMap((l) => l.words).filter((w) => /\p{L}/u.test(w.text));
  let onInk = 0;
  for (const { bbox } of words) {
    expect(bbox.x0).toBeGreaterThanOrEqual(0);
    expect(bbox.y0).toBeGreaterThanOrEqual(0);
    expect(bbox.x1).toBeLessThanOrEqual(width);
    expect(bbox.y1).toBeLessThanOrEqual(height);
    let dark = 0;
    for (let y = bbox.y0; y < bbox.y1; y++) for (let x = bbox.x0; x < bbox.x1; x++) dark += mask[y * width + x] ?? 0;
    // A glyph box of serif text at 13 pt is 10–40 % ink; an empty or misplaced box is ~0 %.
    if (dark / Math.max(1, (bbox.x1 - bbox.x0) * (bbox.y1 - bbox.y0)) > 0.05) onInk += 1;
  }
  expect(onInk / words.length).toBeGreaterThan(0.98);
}

function expectLineGeometry(result: OcrResult): void {
  for (const line of result.lines) {
    expect(line.baseline.y0).toBeGreaterThan(line.bbox.y0);
    expect(line.baseline.y0).toBeLessThanOrEqual(line.bbox.y1);
    expect(line.rowHeight).toBeGreaterThan(20); // 13-pt text at 300 dpi: ~50 px rows
    expect(line.rowHeight).toBeLessThan(120);
  }
}

describe('tesseract.js engine (default)', () => {
  it('reads a clean 300-dpi page under 0.5 % CER, nothing flagged', () => {
    const { result, coverage, flags, reran } = jsOutcome();
    expect(result.engine).toBe('tesseract.js');
    expect(result.psm).toBe(3);
    expect(cer(result.text, page.groundTruth)).toBeLessThan(0.005);
    expect(coverage).toBeGreaterThan(0.95);
    expect(flags).toEqual([]);
    expect(reran).toBe(false);
  });

  it('returns NFC text and words, and text built from the words', () => {
    const { result } = jsOutcome();
    expect(result.text).toBe(result.text.normalize('NFC'));
    for (const word of result.lines.flatMap((l) => l.words)) expect(word.text).toBe(word.text.normalize('NFC'));
    expect(wordsOf(result.text)).toEqual(result.lines.flatMap((l) => l.words.map((w) => w.text)));
    expect(result.text).not.toContain('\u00D0'); // Icelandic Ð read for Đ is mapped back
  });

  it('puts word boxes inside the image and on the ink, lines with baselines and row heights', async () => {
    await expectBoxesOnInk(jsOutcome().result);
    expectLineGeometry(jsOutcome().result);
  });
});

describe.skipIf(!hasTesseractCli)('tesseract CLI engine (native, Debian tesseract-ocr-vie)', () => {
  beforeAll(async () => {
    if (!hasTesseractCli) return;
    await readWith(await createTesseractCliEngine({ workers: 1 }));
  }, 180_000);

  function cliOutcome(): PageOcrOutcome {
    const outcome = outcomes.get('tesseract-cli');
    if (!outcome) throw new Error('the CLI did not read the page');
    return outcome;
  }

  it('reads the same page under 0.5 % CER and agrees with tesseract.js', () => {
    const { result, flags } = cliOutcome();
    expect(result.engine).toBe('tesseract-cli');
    expect(cer(result.text, page.groundTruth)).toBeLessThan(0.005);
    expect(cer(result.text, jsOutcome().result.text)).toBeLessThan(0.01);
    expect(flags).toEqual([]);
    expect(result.text).toBe(result.text.normalize('NFC'));
  });

  it('gives hOCR boxes, baselines and row heights in the same frame as tesseract.js', async () => {
    const cli = cliOutcome().result;
    await expectBoxesOnInk(cli);
    expectLineGeometry(cli);
    // Same layout analysis: a line starting with the same word at the same place has the same baseline and row height.
    const js = jsOutcome().result.lines;
    const pairs = cli.lines.flatMap((a) => {
      const b = js.find((l) => l.words[0]?.text === a.words[0]?.text && Math.abs(l.bbox.y0 - a.bbox.y0) < 10);
      return b ? [[a, b] as const] : [];
    });
    expect(pairs.length).toBeGreaterThan(0.8 * cli.lines.length);
    for (const [a, b] of pairs) {
      expect(Math.abs(a.baseline.y0 - b.baseline.y0)).toBeLessThanOrEqual(3);
      expect(Math.abs(a.baseline.y1 - b.baseline.y1)).toBeLessThanOrEqual(3);
      expect(Math.abs(a.rowHeight - b.rowHeight)).toBeLessThanOrEqual(3);
    }
  });

  it('is unavailable, with a Vietnamese hint, when the binary is missing', async () => {
    await expect(createTesseractCliEngine({ binary: '/nonexistent/tesseract' })).rejects.toMatchObject({
      code: 'ocr/engine-unavailable',
      message: expect.stringContaining('tesseract-ocr-vie'),
    });
  });
});

if (!hasTesseractCli) {
  console.warn('engines.test.ts: `tesseract` with Vietnamese data is not installed (apt-get install tesseract-ocr tesseract-ocr-vie): CLI tests skipped.');
}
