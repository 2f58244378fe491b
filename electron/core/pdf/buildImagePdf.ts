import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/** One page image to place on a PDF page at its physical size. */
export interface PdfPageInput {
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  dpi: number;
}

export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  createdAt: Date;
}

const POINTS_PER_INCH = 72;

/**
 * Assembles an image-only PDF. Each page has the physical paper size at the scan resolution (VN-DG-06), so an
 * A4 page scanned at 200 dpi is 595 × 842 pt. The OCR pipeline (issue 3) replaces this with searchable PDF/A.
 */
export async function buildImagePdf(pages: AsyncIterable<PdfPageInput>, meta: PdfMetadata, onPage?: (n: number) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setKeywords(meta.keywords);
  doc.setProducer('Trạm Số hóa');
  doc.setCreator('Trạm Số hóa');
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('vi-VN'));
  let count = 0;
  for await (const p of pages) {
    const image = p.format === 'jpeg' ? await doc.embedJpg(p.bytes) : await doc.embedPng(p.bytes);
    const w = (p.width / p.dpi) * POINTS_PER_INCH;
    const h = (p.height / p.dpi) * POINTS_PER_INCH;
    const page = doc.addPage([w, h]);
    page.drawImage(image, { x: 0, y: 0, width: w, height: h });
    onPage?.(++count);
  }
  return doc.save({ useObjectStreams: true });
}
