import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdfPageImages, snapDpi } from '../../../../electron/core/scan/drivers/folder/extractPdfPageImages';
import { buildPdf, makeJpeg, scanLikeJpegs } from '../../../helpers/pdfFixtures';

const signal = new AbortController().signal;

describe('extractPdfPageImages', () => {
  it('returns the embedded JPEGs byte for byte with size, dpi and colour mode', async () => {
    const [colour, grey] = await scanLikeJpegs();
    const pdf = await buildPdf([{ kind: 'jpeg', jpeg: colour, dpi: 200 }, { kind: 'jpeg', jpeg: grey, dpi: 300 }]);
    const pages = await extractPdfPageImages(pdf, signal);
    expect(pages).toHaveLength(2);
    expect(Buffer.from(pages![0]!.jpeg).equals(colour)).toBe(true);
    expect(Buffer.from(pages![1]!.jpeg).equals(grey)).toBe(true);
    expect(pages!.map(({ width, height, dpi, colorMode }) => ({ width, height, dpi, colorMode }))).toEqual([
      { width: 330, height: 467, dpi: 200, colorMode: 'color' },
      { width: 496, height: 701, dpi: 300, colorMode: 'gray' },
    ]);
  });

  it('accepts a searchable PDF whose OCR text layer is invisible', async () => {
    const [colour] = await scanLikeJpegs();
    const pdf = await buildPdf([{ kind: 'jpeg', jpeg: colour, dpi: 150, invisibleText: 'To khai dang ky khai sinh' }]);
    const pages = await extractPdfPageImages(pdf, signal);
    expect(pages?.[0]?.dpi).toBe(150);
  });

  it('refuses the whole file when one page has vector text', async () => {
    const [colour] = await scanLikeJpegs();
    const pdf = await buildPdf([{ kind: 'jpeg', jpeg: colour, dpi: 200 }, { kind: 'text', text: 'Trang soan thao' }]);
    expect(await extractPdfPageImages(pdf, signal)).toBeNull();
  });

  it('refuses PNG (FlateDecode) images', async () => {
    expect(await extractPdfPageImages(await buildPdf([{ kind: 'png' }]), signal)).toBeNull();
  });

  it('refuses a page with two images or an image that leaves a margin', async () => {
    const doc = await PDFDocument.create();
    const jpg = await doc.embedJpg(await makeJpeg({ width: 100, height: 100 }));
    const twice = doc.addPage([72, 72]);
    twice.drawImage(jpg, { x: 0, y: 0, width: 72, height: 72 });
    twice.drawImage(jpg, { x: 0, y: 0, width: 72, height: 72 });
    expect(await extractPdfPageImages(await doc.save(), signal)).toBeNull();
    const doc2 = await PDFDocument.create();
    doc2.addPage([144, 144]).drawImage(await doc2.embedJpg(await makeJpeg({ width: 100, height: 100 })), { x: 36, y: 36, width: 72, height: 72 });
    expect(await extractPdfPageImages(await doc2.save(), signal)).toBeNull();
  });

  it('leaves encrypted and unreadable files to pdftoppm', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([72, 72]).drawImage(await doc.embedJpg(await makeJpeg({ width: 100, height: 100 })), { x: 0, y: 0, width: 72, height: 72 });
    doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 2 });
    expect(await extractPdfPageImages(await doc.save(), signal)).toBeNull();
    expect(await extractPdfPageImages(Buffer.from('%PDF-1.4\nnot really a pdf'), signal)).toBeNull();
  });

  it('snaps computed resolutions within 2 % to the standard ones', () => {
    expect([149.6, 198, 305, 612, 175, 96, 99].map(snapDpi)).toEqual([150, 200, 300, 600, 175, 96, 100]);
  });
});
