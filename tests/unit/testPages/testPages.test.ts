import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachedTestPage, renderBlankPage, renderTestPage, type TestPage } from '../../support/testPages';
import { escapeMarkup } from '../../support/testPages/textBlock';

const SLOW = { timeout: 120_000 };

async function rgb(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(bytes).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Fraction of pixels with luma < 179 (the NAPS2 ink threshold) inside the rows [y0, y1), ignoring `border` px. */
function inkShare(img: { data: Buffer; width: number; height: number }, y0: number, y1: number, border: number): number {
  let ink = 0;
  let all = 0;
  for (let y = Math.max(y0, border); y < Math.min(y1, img.height - border); y++) {
    for (let x = border; x < img.width - border; x++) {
      const at = (y * img.width + x) * 3;
      const luma = 0.299 * img.data[at]! + 0.587 * img.data[at + 1]! + 0.114 * img.data[at + 2]!;
      all++;
      if (luma < 179) ink++;
    }
  }
  return ink / all;
}

describe('test-page generator', () => {
  it('gives byte-identical pages for the same spec and different pages for another id', SLOW, async () => {
    const a = await renderTestPage({ id: 'det-1', paragraphs: 2 });
    const b = await renderTestPage({ id: 'det-1', paragraphs: 2 });
    expect(b.clean.equals(a.clean)).toBe(true);
    expect(b.scanned.equals(a.scanned)).toBe(true);
    expect(b.groundTruth).toBe(a.groundTruth);
    expect(b.skewDeg).toBe(a.skewDeg);
    const other = await renderTestPage({ id: 'det-2', paragraphs: 2 });
    expect(other.scanned.equals(a.scanned)).toBe(false);
  });

  it('renders A4 at 300 and 200 dpi; the default skew is 1–3° either way', SLOW, async () => {
    const p300 = await renderTestPage({ id: 'size', paragraphs: 1 });
    expect([p300.width, p300.height, p300.dpi]).toEqual([2480, 3508, 300]);
    expect(Math.abs(p300.skewDeg)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(p300.skewDeg)).toBeLessThanOrEqual(3);
    const clean = await sharp(p300.clean).metadata();
    const scan = await sharp(p300.scanned).metadata();
    expect([clean.format, clean.width, clean.height, clean.channels, clean.density]).toEqual(['png', 2480, 3508, 3, 300]);
    expect([scan.format, scan.width, scan.height, scan.density]).toEqual(['jpeg', 2480, 3508, 300]);
    const p200 = await renderTestPage({ id: 'size', paragraphs: 1, dpi: 200, rotation: 90, skewDeg: 0 });
    expect([p200.width, p200.height, p200.skewDeg]).toEqual([1654, 2339, 0]);
    const scan200 = await sharp(p200.scanned).metadata();
    expect([scan200.width, scan200.height, scan200.density]).toEqual([2339, 1654, 200]); // turned sideways
  });

  it('fills the page by default; the ground truth is NFC, one non-empty line per header line or paragraph', SLOW, async () => {
    const page = await renderTestPage({ id: 'full' });
    const lines = page.groundTruth.split('\n');
    expect(page.groundTruth.normalize('NFC')).toBe(page.groundTruth);
    expect(lines.length).toBeGreaterThanOrEqual(14);
    expect(lines.every((l) => l.trim().length > 0)).toBe(true);
    // Header rows share a baseline and read left to right: the body's first line, then the nation.
    expect(lines[0]).toMatch(/^ỦY BAN NHÂN DÂN.* CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u);
    expect(lines[1]).toMatch(/ Độc lập - Tự do - Hạnh phúc$/u);
    expect(lines.some((l) => /^Số: \d+\/[A-ZĐ-]+ .*, ngày \d+ tháng \d+ năm 2026$/u.test(l))).toBe(true);
    expect(page.groundTruth.length).toBeGreaterThan(2500);
    // The page really is full: ink reaches the bottom fifth.
    expect(inkShare(await rgb(page.clean), 2800, 3270, 0)).toBeGreaterThan(0.02);
  });

  it('renders & < > literally (escaped for Pango) and uses the given header', SLOW, async () => {
    expect(escapeMarkup('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    const header = { number: '7/QĐ-UBND', date: 'Hà Nội, ngày 15 tháng 3 năm 2026', body: 'UBND <XÃ> & CO', title: 'QUYẾT ĐỊNH' };
    const page = await renderTestPage({ id: 'markup', paragraphs: 1, header });
    expect(page.groundTruth.split('\n').slice(0, 4)).toEqual([
      'UBND <XÃ> & CO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 7/QĐ-UBND Hà Nội, ngày 15 tháng 3 năm 2026',
      'QUYẾT ĐỊNH',
    ]);
  });

  it('stamps a red-dominant seal and a blue signature only when asked', SLOW, async () => {
    const count = async (page: TestPage): Promise<{ red: number; blue: number }> => {
      const img = await rgb(page.clean);
      let red = 0;
      let blue = 0;
      for (let i = 0; i < img.data.length; i += 3) {
        const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
        if (r > 150 && r - g > 80 && r - b > 80) red++;
        if (b > 120 && b - r > 60 && b - g > 40) blue++;
      }
      return { red, blue };
    };
    const sealed = await count(await renderTestPage({ id: 'seal', paragraphs: 2, seal: true }));
    expect(sealed.red).toBeGreaterThan(20_000);
    expect(sealed.blue).toBeGreaterThan(3_000);
    expect(await count(await renderTestPage({ id: 'seal', paragraphs: 2 }))).toEqual({ red: 0, blue: 0 });
  });

  it('rotation 180 puts the text of a short page at the bottom of the scan', SLOW, async () => {
    const upright = await rgb((await renderTestPage({ id: 'rot', paragraphs: 1, skewDeg: 0 })).scanned);
    const turned = await rgb((await renderTestPage({ id: 'rot', paragraphs: 1, skewDeg: 0, rotation: 180 })).scanned);
    const half = upright.height / 2;
    expect(inkShare(upright, 0, half, 100)).toBeGreaterThan(10 * inkShare(upright, half, upright.height, 100));
    expect(inkShare(turned, half, turned.height, 100)).toBeGreaterThan(10 * inkShare(turned, 0, half, 100));
  });

  it('a blank scan has < 0.25 % dark pixels away from the edge, and a dark left edge', SLOW, async () => {
    const blank = await rgb(await renderBlankPage({ id: 'blank' }));
    expect([blank.width, blank.height]).toEqual([2480, 3508]);
    expect(inkShare(blank, 0, blank.height, Math.round(blank.width * 0.03))).toBeLessThan(0.0025);
    let dark = 0; // the first 10 columns are the scanner border
    for (let y = 100; y < 200; y++) for (let x = 0; x < 10; x++) if (blank.data[(y * blank.width + x) * 3]! < 80) dark++;
    expect(dark).toBeGreaterThan(900);
    const again = await renderBlankPage({ id: 'blank' });
    expect(again.equals(await renderBlankPage({ id: 'blank' }))).toBe(true);
  });

  it('caches pages on disk and returns the same bytes', SLOW, async () => {
    const spec = { id: 'cache', paragraphs: 1 };
    const first = await cachedTestPage(spec);
    const t0 = performance.now();
    const second = await cachedTestPage(spec);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(second.scanned.equals(first.scanned)).toBe(true);
    expect(second.clean.equals(first.clean)).toBe(true);
    expect(second.groundTruth).toBe(first.groundTruth);
    expect(second.scanned.equals((await renderTestPage(spec)).scanned)).toBe(true);
  });
});
