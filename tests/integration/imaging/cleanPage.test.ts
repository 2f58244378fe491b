import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanPage, detectBlank, type CleanedPage } from '../../../electron/core/imaging';
import { AppError } from '../../../electron/shared/errors/AppError';
import { renderFixture } from '../../unit/imaging/support/pageFixtures';
import { cachedTestPage, renderBlankPage } from '../../support/testPages';
import { decodeGrey, redPixels } from './imagingSupport';

function inkCells(page: CleanedPage): number {
  return page.inkGrid.cells.reduce((n, c) => n + c, 0);
}

describe('cleanPage: blank pages', () => {
  it('flags a scanned blank sheet as blank, with and without a dark scanner edge', async () => {
    for (const darkEdge of [false, true]) {
      const scan = await renderBlankPage({ id: 'imaging-blank', darkEdge });
      const cleaned = await cleanPage(scan, { dpi: 300, output: 'color' });
      expect(cleaned.blank, `dark edge ${darkEdge}`).toBe(true);
      expect(cleaned.inkRatio).toBeLessThan(0.0025);
      expect(cleaned.rotation).toBe(0);
      expect(cleaned.deskewDeg).toBe(0);
      // Flagged, not dropped: the page is still there, full size.
      expect([cleaned.image.width, cleaned.image.height]).toEqual([2480, 3508]);
    }
  }, 180_000);

  it('needs the dark edge gone first: left on the page it defeats the NAPS2 rule (guide §5.2)', async () => {
    const scan = await renderBlankPage({ id: 'imaging-blank', darkEdge: true });
    expect(detectBlank(await decodeGrey(scan), { dpi: 300 }).blank).toBe(false);
  }, 180_000);

  it('keeps sparse pages (a short note, a signature) although their ink is under the 0.25 % coverage', async () => {
    for (const content of ['note', 'signature'] as const) {
      const cleaned = await cleanPage(await renderFixture({ seed: 5, content, scanned: true, darkEdgePx: 20 }), { dpi: 300, output: 'gray' });
      expect(cleaned.inkRatio, content).toBeLessThan(0.0025);
      expect(cleaned.inkRatio).toBeGreaterThan(0);
      expect(cleaned.blank, content).toBe(false);
      expect(inkCells(cleaned)).toBeGreaterThan(20);
    }
  }, 180_000);

  it('follows the NAPS2 thresholds it is given', async () => {
    const scan = await renderBlankPage({ id: 'imaging-blank', darkEdge: false });
    const strict = await cleanPage(scan, { dpi: 300, output: 'gray', blankWhite: 100 });
    // White threshold 100: everything short of pure white is ink, so grey paper is all ink.
    expect(strict.inkRatio).toBeGreaterThan(0.9);
    expect(strict.blank).toBe(false);
    const lenient = await cleanPage(scan, { dpi: 300, output: 'gray', blankWhite: 70, blankCoverage: 100 });
    expect(lenient.blank).toBe(true);
  }, 180_000);
});

describe('cleanPage: colour, grey and black-and-white output', () => {
  it('keeps a red seal red through deskew and turn, and the page is not blank', async () => {
    const page = await cachedTestPage({ id: 'imaging-seal', seal: true, rotation: 180, skewDeg: 2.5 });
    const cleaned = await cleanPage(page.scanned, { dpi: page.dpi, output: 'color' });
    expect(cleaned.image.channels).toBe(3);
    expect(cleaned.blank).toBe(false);
    expect(cleaned.rotation).toBe(180);
    const before = redPixels(await sharp(page.scanned).raw().toBuffer({ resolveWithObject: true }).then(({ data, info }) => ({ data, width: info.width, height: info.height, channels: 3 as const })));
    const after = redPixels(cleaned.image);
    expect(before.count).toBeGreaterThan(5000);
    expect(after.count).toBeGreaterThan(before.count * 0.9);
    expect(after.count).toBeLessThan(before.count * 1.1);
    // The seal is one round stamp (about 40 mm), now in the lower half of the upright page.
    const mm = 300 / 25.4;
    expect((after.maxX - after.minX) / mm).toBeLessThan(50);
    expect((after.maxY - after.minY) / mm).toBeLessThan(50);
    expect(after.minY).toBeGreaterThan(cleaned.image.height / 2);
    // The grey copy has the same geometry.
    expect([cleaned.grey.width, cleaned.grey.height, cleaned.grey.channels]).toEqual([cleaned.image.width, cleaned.image.height, 1]);
  }, 180_000);

  it('gives black-and-white pages only 0 and 255 and grey pages one channel, on the same geometry', async () => {
    const page = await cachedTestPage({ id: 'imaging-skew-2.5', skewDeg: 2.5 });
    const bw = await cleanPage(page.scanned, { dpi: page.dpi, output: 'bw' });
    const grey = await cleanPage(page.scanned, { dpi: page.dpi, output: 'gray' });
    expect(bw.image.channels).toBe(1);
    expect(new Set(bw.image.data)).toEqual(new Set([0, 255]));
    const black = bw.image.data.reduce((n, v) => n + (v === 0 ? 1 : 0), 0) / bw.image.data.length;
    expect(black).toBeGreaterThan(0.02);
    expect(black).toBeLessThan(0.2);
    expect(grey.image.channels).toBe(1);
    expect(grey.image.data.equals(grey.grey.data)).toBe(true);
    expect([bw.image.width, bw.image.height]).toEqual([grey.image.width, grey.image.height]);
    expect(bw.deskewDeg).toBe(grey.deskewDeg);
  }, 180_000);

  it('despeckles the black-and-white page and the ink grid: dust goes, text stays', async () => {
    const scan = await renderFixture({ seed: 8, content: 'blank', specks: 3000 });
    const kept = await cleanPage(scan, { dpi: 300, output: 'bw', despeckle: false });
    const cleaned = await cleanPage(scan, { dpi: 300, output: 'bw' });
    const black = (p: CleanedPage) => p.image.data.reduce((n, v) => n + (v === 0 ? 1 : 0), 0);
    expect(black(kept)).toBeGreaterThan(3000);
    expect(black(cleaned)).toBe(0);
    expect(inkCells(cleaned)).toBe(0);
    const text = await cleanPage(await renderFixture({ seed: 9, specks: 3000 }), { dpi: 300, output: 'bw' });
    expect(inkCells(text)).toBeGreaterThan(5000);
  }, 180_000);
});

describe('cleanPage: geometry, ink grid, errors', () => {
  it('cuts a smaller sheet out of a dark backing, keeping the sheet whole', async () => {
    const page = await cachedTestPage({ id: 'imaging-skew-range', skewDeg: 0 });
    const sheet = await sharp(page.clean).resize(1984).rotate(1.5, { background: '#202020' }).png().toBuffer();
    const scan = await sharp({ create: { width: 2480, height: 3508, channels: 3, background: '#1c1c1c' } })
      .composite([{ input: sheet, left: 200, top: 300 }]).jpeg({ quality: 85 }).toBuffer();
    const cleaned = await cleanPage(scan, { dpi: 300, output: 'color' });
    expect(Math.abs(cleaned.deskewDeg - 1.5)).toBeLessThanOrEqual(0.1);
    expect(cleaned.crop).not.toBeNull();
    // The sheet is 1984 × 2806 px; the cut keeps all but a millimetre or so of it and none of the backing.
    expect(cleaned.crop!.width).toBeGreaterThan(1984 - 30);
    expect(cleaned.crop!.width).toBeLessThanOrEqual(1984 + 4);
    expect(cleaned.crop!.height).toBeGreaterThan(2806 - 30);
    expect(cleaned.crop!.height).toBeLessThanOrEqual(2806 + 4);
    expect([cleaned.image.width, cleaned.image.height]).toEqual([cleaned.crop!.width, cleaned.crop!.height]);
    const darkColumns = [0, cleaned.grey.width - 1].filter((x) => {
      let dark = 0;
      for (let y = 0; y < cleaned.grey.height; y++) if (cleaned.grey.data[y * cleaned.grey.width + x]! < 100) dark++;
      return dark > cleaned.grey.height / 2;
    });
    expect(darkColumns).toEqual([]);
  }, 180_000);

  it('fills a scanner edge instead of cutting the page smaller', async () => {
    const cleaned = await cleanPage(await renderFixture({ seed: 10, scanned: true, darkEdgePx: 25 }), { dpi: 300, output: 'gray' });
    expect(cleaned.crop).toBeNull();
    expect([cleaned.image.width, cleaned.image.height]).toEqual([2480, 3508]);
    // No column of the former edge stays dark (a speck of dust may).
    for (let x = 0; x < 40; x++) {
      let dark = 0;
      for (let y = 0; y < cleaned.grey.height; y++) if (cleaned.grey.data[y * cleaned.grey.width + x]! < 128) dark++;
      expect(dark, `column ${x}`).toBeLessThan(5);
    }
  }, 180_000);

  it('reports a 1-mm ink grid, the resolution and every timing, at 200 dpi too', async () => {
    const page = await cachedTestPage({ id: 'imaging-orient-f', rotation: 0, seal: true, dpi: 200 });
    const cleaned = await cleanPage(page.scanned, { dpi: 200, output: 'color' });
    expect(cleaned.dpi).toBe(200);
    expect(cleaned.inkGrid.cellPx).toBe(8);
    expect(cleaned.inkGrid.cols).toBe(Math.ceil(cleaned.image.width / 8));
    expect(cleaned.inkGrid.rows).toBe(Math.ceil(cleaned.image.height / 8));
    // Text fills a good part of the page's cells, and none in the 20-mm top margin of the upright page.
    const ratio = inkCells(cleaned) / cleaned.inkGrid.cells.length;
    expect(ratio).toBeGreaterThan(0.1);
    expect(cleaned.inkGrid.cells.subarray(0, cleaned.inkGrid.cols * 10).some((c) => c === 1)).toBe(false);
    const t = cleaned.timings;
    for (const ms of Object.values(t)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(t.totalMs).toBeGreaterThanOrEqual(t.decodeMs + t.orientMs + t.deskewMs + t.cropMs + t.blankMs - 1);
  }, 180_000);

  it('rejects bytes that are not an image with imaging/decode-failed', async () => {
    const truncated = (await renderFixture({ seed: 11, content: 'note', scanned: true })).subarray(0, 5000);
    for (const input of [Buffer.from('không phải ảnh'), truncated]) {
      const err = await cleanPage(input, { dpi: 300, output: 'color' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('imaging/decode-failed');
    }
  }, 180_000);
});
