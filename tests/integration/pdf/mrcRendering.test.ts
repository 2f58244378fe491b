import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { buildSearchablePdf, encodedBytes, encodePageImage, type EncodedPageImage } from '../../../electron/core/pdf';
import { sauvolaBinarize } from '../../../electron/core/imaging';
import { lumaOf } from '../../../electron/core/pdf/inkThreshold';
import { cachedTestPage } from '../../support/testPages';
import { PAGE_ID, rawOf } from './ocrFixture';
import { preflightA1b, preflightUnavailable } from '../../support/preflight';
import { extractPageImages, qpdfCheck, renderPage } from './pdfTools';

/**
 * What a reader sees: pages rendered by poppler compared pixel by pixel with the page they came from (the clean
 * render and its scanned variant share one grid: no skew). Classes come from the clean page: seal red, signature
 * blue, black text, bare paper.
 */

type PixelClass = 'red' | 'blue' | 'text' | 'paper';

function classOf(r: number, g: number, b: number): PixelClass | null {
  if (r > 160 && g < 90 && b < 90) return 'red';
  if (b > 120 && b - r > 80 && r < 90) return 'blue';
  if (Math.max(r, g, b) < 60) return 'text';
  if (Math.min(r, g, b) > 250) return 'paper';
  return null;
}

/** Share of each class's pixels for which `ok(rendered)` holds. */
function agreement(source: RawImage, rendered: RawImage): Record<PixelClass, number> {
  const tests: Record<PixelClass, (r: number, g: number, b: number) => boolean> = {
    red: (r, g, b) => r - Math.max(g, b) > 60,
    blue: (r, _g, b) => b - r > 40,
    text: (r, g, b) => 0.299 * r + 0.587 * g + 0.114 * b < 100,
    paper: (r, g, b) => Math.min(r, g, b) > 200,
  };
  const hits = { red: 0, blue: 0, text: 0, paper: 0 };
  const totals = { red: 0, blue: 0, text: 0, paper: 0 };
  for (let i = 0; i < source.width * source.height; i++) {
    const cls = classOf(source.data[i * 3]!, source.data[i * 3 + 1]!, source.data[i * 3 + 2]!);
    if (!cls) continue;
    totals[cls]++;
    if (tests[cls](rendered.data[i * 3]!, rendered.data[i * 3 + 1]!, rendered.data[i * 3 + 2]!)) hits[cls]++;
  }
  for (const cls of Object.keys(totals) as PixelClass[]) expect(totals[cls], cls).toBeGreaterThan(1000);
  return { red: hits.red / totals.red, blue: hits.blue / totals.blue, text: hits.text / totals.text, paper: hits.paper / totals.paper };
}

let dir: string;
let file: string;
let clean: RawImage;
let scanned: RawImage;
let encoded: EncodedPageImage[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mrc-render-'));
  const page = await cachedTestPage({ id: PAGE_ID, seal: true, skewDeg: 0, dpi: 300 });
  clean = await rawOf(page.clean);
  scanned = await rawOf(page.scanned);
  encoded = [
    await encodePageImage(clean, 'mrc', { dpi: 300 }),
    await encodePageImage(scanned, 'mrc', { dpi: 300 }),
    await encodePageImage(clean, 'bw', { dpi: 300 }),
  ];
  const pages = encoded.map((image) => ({ image, widthPx: clean.width, heightPx: clean.height, dpi: 300, lines: [] }));
  file = join(dir, 'mrc.pdf');
  writeFileSync(file, await buildSearchablePdf(pages, { title: 'MRC', author: 'Trạm Số hóa', keywords: [], createdAt: new Date(), part: 1 }));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('MRC page as rendered by poppler (pdftoppm, 300 dpi)', () => {
  it('clean page: seal red, signature blue, text dark, paper white; under 150 KB', async () => {
    const shares = agreement(clean, await renderPage(file, 1, 300));
    expect(shares.red).toBeGreaterThan(0.93);
    expect(shares.blue).toBeGreaterThan(0.97);
    expect(shares.text).toBeGreaterThan(0.97);
    expect(shares.paper).toBeGreaterThan(0.99);
    expect(encodedBytes(encoded[0]!)).toBeLessThan(150 * 1024);
  }, 120_000);

  it('scanned page (noise σ 10, blur, JPEG q40): colours as well kept as in the scan itself; under 150 KB', async () => {
    const shares = agreement(clean, await renderPage(file, 2, 300));
    // The scan already loses some seal red (blur, q40 chroma): measure against it, not against the clean page.
    const scan = agreement(clean, scanned);
    expect(shares.red).toBeGreaterThan(scan.red - 0.06);
    expect(shares.blue).toBeGreaterThan(scan.blue - 0.04);
    expect(shares.text).toBeGreaterThan(0.95);
    expect(encodedBytes(encoded[1]!)).toBeLessThan(150 * 1024);
  }, 120_000);

  it('draws text sharp: the stencil holds the full-resolution Otsu ink, not the 150-dpi background', () => {
    const mrc = encoded[0]!;
    if (mrc.kind !== 'mrc') throw new Error('expected mrc');
    expect(mrc.mask.width).toBeGreaterThanOrEqual(clean.width);
    expect(mrc.background.width).toBe(Math.round(clean.width / 2));
    expect(Math.max(...mrc.maskColour)).toBeLessThan(60);
  });
});

const unavailable = preflightUnavailable();

describe('validity of stencil pages', () => {
  it.skipIf(unavailable !== null)(`clean and scanned MRC pages and a G4 page pass qpdf and Preflight${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
    expect(qpdfCheck(file).ok).toBe(true);
    const result = preflightA1b(file);
    expect(result.valid, result.output).toBe(true);
  }, 120_000);
});

describe('CCITT G4 page image', () => {
  it('is lossless: pdfimages gives back exactly the Sauvola-binarised page (paper padding outside)', async () => {
    const [image] = await extractPageImages(file, 3);
    expect(image).toBeDefined();
    const expected = sauvolaBinarize({ data: Buffer.from(lumaOf(clean)), width: clean.width, height: clean.height, channels: 1 }).data;
    expect(image!.width % 16).toBe(0);
    let differing = 0;
    for (let y = 0; y < image!.height; y++) {
      for (let x = 0; x < image!.width; x++) {
        const got = image!.data[y * image!.width + x]!;
        const want = x < clean.width && y < clean.height ? expected[y * clean.width + x]! : 255;
        if (got !== want) differing++;
      }
    }
    expect(differing).toBe(0);
  }, 60_000);
});
