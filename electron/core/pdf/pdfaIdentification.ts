import { randomBytes } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { AppError } from '../../shared/errors/AppError';
import { buildXmpPacket, CUSTOM_KEY_PATTERN } from './xmpPacket';

export interface PdfAMetadata {
  title: string;
  subject?: string;
  author: string;
  keywords: string[];
  createdAt: Date;
  part: 1 | 2;
  /** dossierCode, procedureCode, documentType, digitizedBy, …: XMP (station namespace) and Info. */
  custom?: Record<string, string>;
}

export const PDF_PRODUCER = 'Trạm Số hóa';

/** A document whose Info dictionary pdf-lib leaves alone (guide §4: Info must equal XMP). */
export function createPdfADocument(): Promise<PDFDocument> {
  return PDFDocument.create({ updateMetadata: false });
}

/**
 * PDF/A identification (guide §4): Info = XMP, unfiltered XMP `/Metadata`, sRGB OutputIntent, trailer `/ID`,
 * `/Lang (vi-VN)`. The caller saves with `useObjectStreams: false` (PDF/A-1 has no object streams).
 */
export function identifyAsPdfA(doc: PDFDocument, meta: PdfAMetadata, srgbIcc: Uint8Array): void {
  const custom = validCustomFields(meta.custom ?? {});
  const keywords = meta.keywords.join(', ');
  writeInfo(doc, meta, keywords, custom);
  const { context, catalog } = doc;
  const xmp = buildXmpPacket({
    part: meta.part, title: meta.title, author: meta.author, subject: meta.subject, keywords,
    creatorTool: PDF_PRODUCER, producer: PDF_PRODUCER, createdAt: meta.createdAt, custom,
  });
  // Unfiltered: PDF/A wants the packet readable by tools that do not parse PDF.
  const metadata = context.stream(new Uint8Array(Buffer.from(xmp, 'utf8')), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const profile = context.register(context.flateStream(srgbIcc, { N: 3 }));
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  })]));
  catalog.set(PDFName.of('Lang'), PDFString.of('vi-VN'));
  const id = PDFHexString.of(Buffer.from(randomBytes(16)).toString('hex').toUpperCase());
  context.trailerInfo.ID = context.obj([id, id]);
}

function writeInfo(doc: PDFDocument, meta: PdfAMetadata, keywords: string, custom: Record<string, string>): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  doc.setKeywords([keywords]);
  doc.setCreator(PDF_PRODUCER);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const [key, value] of Object.entries(custom)) info.set(PDFName.of(key), PDFHexString.fromText(value));
}

function validCustomFields(custom: Record<string, string>): Record<string, string> {
  const reserved = new Set(['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped']);
  for (const key of Object.keys(custom)) {
    if (!CUSTOM_KEY_PATTERN.test(key) || reserved.has(key)) {
      throw new AppError('pdf/failed', `Tên trường thông tin "${key}" không hợp lệ cho PDF/A (chỉ chữ cái và chữ số, bắt đầu bằng chữ cái). Hãy đổi tên trường.`, {
        details: { key },
      });
    }
  }
  return custom;
}
