import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchablePdf, encodePageImage, type PdfAMetadata, type SearchablePage } from '../../../electron/core/pdf';
import { preflightA1b, preflightUnavailable } from '../../support/preflight';
import { ocrPages, OWN_TEXT, ownTextPage, wordsOf, type OcrPage } from './ocrFixture';
import { pageSizes, pdffonts, pdfimagesList, pdftotextBoxes, pdftotextRaw, qpdfCheck, tool } from './pdfTools';

const META: PdfAMetadata = {
  title: 'Hồ sơ 000.00.01.H29-260310-0420 — Đăng ký khai sinh',
  subject: 'Đăng ký khai sinh',
  author: 'Nguyễn Thị Thu Hường',
  keywords: ['khai sinh', 'hộ tịch'],
  createdAt: new Date('2026-03-10T08:15:30Z'),
  part: 1,
  custom: { dossierCode: '000.00.01.H29-260310-0420', procedureCode: '1.001193', documentType: 'Tờ khai', digitizedBy: 'Lê Văn Đức' },
};

const OUTLINE = ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh — bản sao', 'Đơn đề nghị cấp bản sao trích lục'];

const unavailable = preflightUnavailable();
let dir: string;
let file: string;
let ocr: OcrPage[];
let own: Awaited<ReturnType<typeof ownTextPage>>;

/** Page 1 jpeg@300 (bookmark), 2 bw@300, 3 mrc@300 (bookmark), 4 mrc@200 (bookmark), 5 grey jpeg@300 A5. */
async function pagesOf(part: 1 | 2): Promise<Uint8Array> {
  const [p300, p200] = ocr as [OcrPage, OcrPage];
  const page = async (src: OcrPage, mode: 'jpeg' | 'bw' | 'mrc', outline?: string): Promise<SearchablePage> => ({
    image: await encodePageImage(src.image, mode, { dpi: src.page.dpi }),
    widthPx: src.image.width,
    heightPx: src.image.height,
    dpi: src.page.dpi,
    lines: src.lines,
    ...(outline ? { outline } : {}),
  });
  const pages = [await page(p300, 'jpeg', OUTLINE[0]), await page(p300, 'bw'), await page(p300, 'mrc', OUTLINE[1]), await page(p200, 'mrc', OUTLINE[2])];
  const a5 = { image: await encodePageImage(own.image, 'jpeg', { dpi: 300 }), widthPx: own.image.width, heightPx: own.image.height, dpi: 300, lines: own.lines };
  const seen: number[] = [];
  const bytes = await buildSearchablePdf([...pages, a5], { ...META, part }, (n) => seen.push(n));
  expect(seen).toEqual([1, 2, 3, 4, 5]);
  return bytes;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'searchable-pdfa-'));
  ocr = await ocrPages([300, 200]);
  own = await ownTextPage();
  file = join(dir, 'dossier.pdf');
  writeFileSync(file, await pagesOf(1));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('searchable PDF/A-1b (real pages, real OCR boxes, real validators)', () => {
  it('passes qpdf --check', () => {
    const check = qpdfCheck(file);
    expect(check.ok, check.output).toBe(true);
  });

  it.skipIf(unavailable !== null)(`is valid PDF/A-1b for PDFBox Preflight${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
    const result = preflightA1b(file);
    expect(result.valid, result.output).toBe(true);
  }, 120_000);

  it('gives back the OCR words with their diacritics (pdftotext -raw, NFC)', () => {
    for (const [index, src] of [[1, 0], [2, 0], [3, 0], [4, 1]] as const) {
      const text = pdftotextRaw(file, index);
      expect(text).toBe(text.normalize('NFC'));
      const expected = src === 0 ? ocr[0]!.lines : ocr[1]!.lines;
      const want = expected.flatMap((l) => l.words.map((w) => w.text));
      expect(wordsOf(text)).toEqual(want);
    }
    // Stacked diacritics (ệ ữ ặ Đ) come back exactly as rendered.
    expect(wordsOf(pdftotextRaw(file, 5))).toEqual(wordsOf(OWN_TEXT.join(' ')));
    expect(own.lines.flatMap((l) => l.words.map((w) => w.text))).toEqual(wordsOf(OWN_TEXT.join(' ')));
    // The words also match what was rendered on the page (OCR of a clean render): ground-truth words found.
    const truth = wordsOf(ocr[0]!.page.groundTruth);
    const found = new Set(wordsOf(pdftotextRaw(file, 1)));
    expect(truth.filter((w) => found.has(w)).length / truth.length).toBeGreaterThan(0.95);
  });

  it('lays each word over its image box (pdftotext -bbox vs OCR boxes), at 300 and 200 dpi', () => {
    for (const [pageNo, src] of [[3, ocr[0]!], [4, ocr[1]!], [5, { ...own, page: { dpi: 300 } }]] as const) {
      const s = 72 / src.page.dpi;
      const words = src.lines.flatMap((l) => l.words);
      const boxes = pdftotextBoxes(file, pageNo);
      const mismatches = words.map((w, i) => [w.text, boxes[i]?.text]).filter(([a, b]) => a !== b);
      expect(mismatches.slice(0, 5), `page ${pageNo}`).toEqual([]);
      expect(boxes).toHaveLength(words.length);
      words.forEach((w, i) => {
        const b = boxes[i]!;
        expect(Math.abs(b.xMin - w.bbox.x0 * s), w.text).toBeLessThan(1);
        expect(Math.abs(b.xMax - w.bbox.x1 * s), w.text).toBeLessThan(1.5);
        const overlap = Math.min(b.yMax, w.bbox.y1 * s) - Math.max(b.yMin, w.bbox.y0 * s);
        expect(overlap / ((w.bbox.y1 - w.bbox.y0) * s), w.text).toBeGreaterThan(0.5);
      });
    }
  });

  it('embeds the GlyphLessFont with a ToUnicode map (pdffonts emb/uni yes)', () => {
    const fonts = pdffonts(file);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ name: 'GlyphLessFont', encoding: 'Identity-H', emb: 'yes', uni: 'yes' });
  });

  it('sizes each page physically: pixels × 72 / dpi', () => {
    const sizes = pageSizes(file, 5);
    const pt = (px: number, dpi: number): number => Math.round((px * 72 * 100) / dpi) / 100;
    const [p300, p200] = ocr as [OcrPage, OcrPage];
    for (const i of [0, 1, 2]) expect(sizes[i]).toEqual({ width: pt(p300.image.width, 300), height: pt(p300.image.height, 300) });
    expect(sizes[3]).toEqual({ width: pt(p200.image.width, 200), height: pt(p200.image.height, 200) });
    expect(sizes[4]).toEqual({ width: pt(own.image.width, 300), height: pt(own.image.height, 300) });
    expect(sizes[0]!.width).toBeCloseTo(595.2, 1); // A4 210 mm
  });

  it('stores jpeg pages as JPEG, bw pages as 1-bit CCITT, mrc pages as a 1-bit stencil over a colour JPEG', () => {
    const rows = pdfimagesList(file);
    const on = (page: number): string[] => rows.filter((r) => r.page === page).map((r) => `${r.type} ${r.color} ${r.bpc} ${r.enc}`);
    expect(on(1)).toEqual(['image rgb 8 jpeg']);
    expect(on(2)).toEqual(['image gray 1 ccitt']);
    expect(on(3)).toEqual(['image rgb 8 jpeg', 'stencil - 1 ccitt']);
    expect(on(4)).toEqual(['image rgb 8 jpeg', 'stencil - 1 ccitt']);
    expect(on(5)).toEqual(['image gray 8 jpeg']);
    const background = rows.find((r) => r.page === 3 && r.type === 'image')!;
    expect(background.width).toBe(Math.round((ocr[0]!.image.width * 150) / 300));
  });

  it('identifies as PDF/A with Info = XMP, the dossier fields in both, /Lang vi-VN', async () => {
    const info = tool('pdfinfo', [file]).stdout;
    expect(info).toContain(`Title:           ${META.title}`);
    expect(info).toContain('Author:          Nguyễn Thị Thu Hường');
    expect(info).toContain('Metadata Stream: yes');
    const custom = tool('pdfinfo', ['-custom', file]).stdout;
    expect(custom).toMatch(/dossierCode:\s+000\.00\.01\.H29-260310-0420/);
    expect(custom).toMatch(/digitizedBy:\s+Lê Văn Đức/);
    const xmp = tool('pdfinfo', ['-meta', file]).stdout;
    expect(xmp).toContain('<pdfaid:part>1</pdfaid:part>');
    expect(xmp).toContain('<tsh:dossierCode>000.00.01.H29-260310-0420</tsh:dossierCode>');
    expect(xmp).toContain('<xmp:CreateDate>2026-03-10T08:15:30Z</xmp:CreateDate>');
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi-VN)');
  });

  it('has one bookmark per component, in Vietnamese, opening its first page', async () => {
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const pageRefs = doc.getPages().map((p) => p.ref.toString());
    const root = doc.context.lookup(doc.catalog.get(PDFName.of('Outlines')), PDFDict);
    const items: Array<{ title: string; page: number }> = [];
    let ref = root.get(PDFName.of('First'));
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict);
      const title = item.lookup(PDFName.of('Title'), PDFHexString).decodeText();
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      items.push({ title, page: pageRefs.indexOf(String(dest.get(0))) });
      ref = item.get(PDFName.of('Next'));
    }
    expect(items).toEqual([{ title: OUTLINE[0], page: 0 }, { title: OUTLINE[1], page: 2 }, { title: OUTLINE[2], page: 3 }]);
  });

  it.skipIf(unavailable !== null)('as part 2 differs only in the part number (Preflight reports just 7.11.2)', async () => {
    const part2 = join(dir, 'part2.pdf');
    writeFileSync(part2, await pagesOf(2));
    expect(qpdfCheck(part2).ok).toBe(true);
    expect(tool('pdfinfo', ['-meta', part2]).stdout).toContain('<pdfaid:part>2</pdfaid:part>');
    const result = preflightA1b(part2);
    expect(result.valid).toBe(false);
    expect([...new Set(result.codes)], result.output).toEqual(['7.11.2']);
  }, 180_000);
});
