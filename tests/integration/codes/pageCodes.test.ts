import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzePageCodes, detectPatchCode, readBarcodes } from '../../../electron/core/codes';
import { cachedTestPage, renderBlankPage } from '../../support/testPages';
import { A4_300, decodeGrey, patchOnlyPage, scanLike, tablePage, textPage, textPageWithQr, textPageWithSymbol } from './codePages';

const SLOW = { timeout: 120_000 };
const QR_TEXT = 'Hồ sơ 000.00.01.H29-260310-0420 — Nguyễn Văn Ánh';
/** Where textPageWithQr puts a 2 cm QR at 300 dpi: 236 px from the top and right edges. */
const QR_2CM = { size: Math.round((2 / 2.54) * 300), right: 236, top: 236 };

const fetchSpy = vi.fn(() => {
  throw new Error('network access during code recognition');
});
beforeAll(() => { vi.stubGlobal('fetch', fetchSpy); });
afterAll(() => { vi.unstubAllGlobals(); });

describe('patch sheets (bars only)', () => {
  const cases = [
    { name: 'Patch 2 at the top edge', pattern: '1001', edge: 'top', code: '2' },
    { name: 'Patch 3 at the left edge', pattern: '1010', edge: 'left', code: '3' },
  ] as const;
  for (const c of cases) {
    for (const dpi of [300, 150] as const) {
      it(`${c.name}, scanned at ${dpi} dpi, separates`, SLOW, async () => {
        const page = await analyzePageCodes(await scanLike(await patchOnlyPage(c.pattern, c.edge), { dpi, angleDeg: dpi === 300 ? 1.7 : -1.4, seed: dpi }), dpi);
        expect(page).toEqual({ codes: [], patch: c.code, separator: { via: 'patch' } });
      });
    }
  }
});

describe('colour input', () => {
  it('reads an RGB scan the same way (patch and QR)', SLOW, async () => {
    const grey = await scanLike(await textPageWithQr(QR_TEXT), { dpi: 300, angleDeg: -1.1, seed: 31 });
    const rgb = Buffer.alloc(grey.data.length * 3);
    for (let i = 0; i < grey.data.length; i++) rgb.fill(grey.data[i]!, i * 3, i * 3 + 3);
    const page = await analyzePageCodes({ ...grey, data: rgb, channels: 3 }, 300);
    expect(page.codes.map((c) => c.text)).toEqual([QR_TEXT]);
    const bars = await scanLike(await patchOnlyPage('0101', 'top'), { dpi: 150, angleDeg: 1, seed: 32 });
    const barsRgb = Buffer.alloc(bars.data.length * 3);
    for (let i = 0; i < bars.data.length; i++) barsRgb.fill(bars.data[i]!, i * 3, i * 3 + 3);
    expect(detectPatchCode({ ...bars, data: barsRgb, channels: 3 }, 150)).toBe('T');
  });
});

describe('a text page with a 2 cm QR holding Vietnamese text', () => {
  let png: Buffer;
  beforeAll(async () => { png = await textPageWithQr(QR_TEXT); }, 120_000);

  it('readBarcodes decodes it exactly with its box in the input pixels (clean 300 dpi)', SLOW, async () => {
    const codes = await readBarcodes(await decodeGrey(png));
    expect(codes).toHaveLength(1);
    expect(codes[0]!.format).toBe('QRCode');
    expect(codes[0]!.text).toBe(QR_TEXT);
    const { box } = codes[0]!;
    const expectedLeft = A4_300.width - QR_2CM.right - QR_2CM.size;
    expect(Math.abs(box.x - expectedLeft)).toBeLessThan(8);
    expect(Math.abs(box.y - QR_2CM.top)).toBeLessThan(8);
    expect(Math.abs(box.width - QR_2CM.size)).toBeLessThan(16);
  });

  it.each([
    { dpi: 300, angleDeg: 1.6, seed: 11 },
    { dpi: 150, angleDeg: -1.3, seed: 12 },
  ] as const)('analyzePageCodes decodes it exactly when scanned at $dpi dpi, box in that scan\'s pixels', SLOW, async (scan) => {
    const page = await analyzePageCodes(await scanLike(png, scan), scan.dpi);
    expect(page.patch).toBeNull();
    expect(page.separator).toBeNull();
    expect(page.codes.map((c) => [c.format, c.text])).toEqual([['QRCode', QR_TEXT]]);
    const k = scan.dpi / 300;
    // Rotation about the page centre moves the corner by up to ~60 px at 300 dpi.
    const { box } = page.codes[0]!;
    expect(Math.abs(box.x - (A4_300.width - QR_2CM.right - QR_2CM.size) * k)).toBeLessThan(80 * k);
    expect(Math.abs(box.y - QR_2CM.top * k)).toBeLessThan(80 * k);
  });

  it('finds a 1 cm QR on a 300-dpi scan by the full-resolution retry on the top corners', SLOW, async () => {
    const small = await textPageWithQr(QR_TEXT, 1);
    // This scan's QR is not read on the 150-dpi copy: only the retry finds it.
    const page = await analyzePageCodes(await scanLike(small, { dpi: 300, angleDeg: -1.4, seed: 14 }), 300);
    expect(page.codes.map((c) => c.text)).toEqual([QR_TEXT]);
    expect(page.codes[0]!.box.x).toBeGreaterThan(A4_300.width / 2);
  });
});

describe('other symbologies, printed along the side', () => {
  it.each([
    { format: 'DataMatrix', angle: 90, moduleMm: 0.5 },
    { format: 'Code128', angle: 270, moduleMm: 0.35 },
    { format: 'Aztec', angle: 180, moduleMm: 0.5 },
  ] as const)('reads a $format turned $angle° on a 300-dpi text scan', SLOW, async (c) => {
    const text = c.format === 'Code128' ? 'H29-260310-0420' : '000.00.01.H29-260310-0420';
    const png = await textPageWithSymbol(c.format, text, c.angle, c.moduleMm);
    const page = await analyzePageCodes(await scanLike(png, { dpi: 300, angleDeg: 1.2, seed: 41 }), 300, { retrySmallQr: false });
    expect(page.codes.map((code) => [code.format, code.text])).toEqual([[c.format, text]]);
  });
});

describe('no false positives', () => {
  const pages: Array<{ name: string; png: () => Promise<Buffer> }> = [
    { name: 'Vietnamese text (Liberation Serif 13 pt)', png: () => textPage() },
    { name: 'ruled table with thick frame and black header band', png: () => tablePage() },
    { name: 'white sheet', png: () => sharp({ create: { ...A4_300, channels: 3, background: 'white' } }).png().toBuffer() },
  ];
  for (const p of pages) {
    it.each([300, 150] as const)(`${p.name} at %i dpi: no code, no patch, no separator`, SLOW, async (dpi) => {
      const clean = await p.png();
      const scanned = await scanLike(clean, { dpi, angleDeg: dpi === 300 ? -1.5 : 1.9, seed: 21 });
      expect(await analyzePageCodes(scanned, dpi)).toEqual({ codes: [], patch: null, separator: null });
      // The detector at full resolution too, on the clean page and the scan.
      expect(detectPatchCode(await decodeGrey(clean), 300)).toBeNull();
      expect(detectPatchCode(scanned, dpi)).toBeNull();
    });
  }

  it('a generated scanned letter (seal, signature, dark scanner edge, dust) and a scanned blank page', SLOW, async () => {
    const letter = await cachedTestPage({ id: 'codes-no-false-patch', seal: true });
    expect(await analyzePageCodes(await decodeGrey(letter.scanned), 300)).toEqual({ codes: [], patch: null, separator: null });
    const blank = await renderBlankPage({ id: 'codes-blank' });
    expect(await analyzePageCodes(await decodeGrey(blank), 300)).toEqual({ codes: [], patch: null, separator: null });
  });
});

describe('offline', () => {
  it('never fetched anything from the network', () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
