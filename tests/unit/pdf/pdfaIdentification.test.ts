import { PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { buildSearchablePdf } from '../../../electron/core/pdf';
import { loadPdfAssets } from '../../../electron/core/pdf/pdfAssets';
import { createPdfADocument, identifyAsPdfA, type PdfAMetadata } from '../../../electron/core/pdf/pdfaIdentification';
import { buildXmpPacket, escapeXml, xmpDate } from '../../../electron/core/pdf/xmpPacket';

const META: PdfAMetadata = {
  title: 'Hồ sơ <A&B> "khai sinh"',
  author: 'Trần Thị Ngọc Diệp',
  subject: 'Đăng ký khai sinh',
  keywords: ['hộ tịch', 'khai sinh'],
  createdAt: new Date('2026-03-10T08:15:30.789Z'),
  part: 2,
  custom: { dossierCode: 'H55.242-260310-010001', digitizedBy: 'Lê Văn Đức' },
};

describe('XMP packet', () => {
  const xmp = buildXmpPacket({
    part: 2, title: META.title, author: META.author, subject: META.subject, keywords: 'hộ tịch, khai sinh',
    creatorTool: 'Trạm Số hóa', producer: 'Trạm Số hóa', createdAt: META.createdAt, custom: META.custom!,
  });

  it('escapes XML and keeps Vietnamese as is', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Hồ sơ &lt;A&amp;B&gt; &quot;khai sinh&quot;</rdf:li>');
    expect(xmp).toContain('<rdf:Seq><rdf:li>Trần Thị Ngọc Diệp</rdf:li></rdf:Seq>');
  });

  it('dates to the second in UTC, like the Info dictionary', () => {
    expect(xmpDate(META.createdAt)).toBe('2026-03-10T08:15:30Z');
    expect(xmp).toContain('<xmp:CreateDate>2026-03-10T08:15:30Z</xmp:CreateDate>');
  });

  it('identifies the part and declares the custom fields in a PDF/A extension schema', () => {
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<pdfaProperty:name>dossierCode</pdfaProperty:name>');
    expect(xmp).toContain('<tsh:digitizedBy>Lê Văn Đức</tsh:digitizedBy>');
    expect(xmp.startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
  });
});

describe('PDF/A identification of a pdf-lib document', () => {
  it('writes Info = XMP, unfiltered UTF-8 metadata, sRGB OutputIntent, /ID and /Lang', async () => {
    const doc = await createPdfADocument();
    identifyAsPdfA(doc, META, loadPdfAssets().srgbIcc);
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getKeywords()).toBe('hộ tịch, khai sinh');
    expect(doc.getProducer()).toBe('Trạm Số hóa');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-10T08:15:30.000Z');
    const metadata = doc.catalog.lookup(PDFName.of('Metadata'));
    if (!(metadata instanceof PDFRawStream)) throw new Error('Metadata is not a stream');
    expect(metadata.dict.get(PDFName.of('Filter'))).toBeUndefined();
    expect(Buffer.from(metadata.contents).toString('utf8')).toContain('<pdf:Keywords>hộ tịch, khai sinh</pdf:Keywords>');
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
    expect(intents?.toString()).toContain('/GTS_PDFA1');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi-VN)');
    const id = doc.context.trailerInfo.ID?.toString() ?? '';
    expect(id).toMatch(/^\[ <([0-9A-F]{32})> <\1> \]$/);
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    expect(info.get(PDFName.of('dossierCode'))).toBeDefined();
  });

  it('refuses custom field names that are not XML names or shadow Info keys', async () => {
    for (const key of ['mã hồ sơ', '1code', 'Title']) {
      const doc = await createPdfADocument();
      let error: unknown;
      try {
        identifyAsPdfA(doc, { ...META, custom: { [key]: 'x' } }, loadPdfAssets().srgbIcc);
      } catch (err) {
        error = err;
      }
      expect(isAppError(error, 'pdf/failed'), key).toBe(true);
    }
  });

  it('refuses an empty page list', async () => {
    await expect(buildSearchablePdf([], META)).rejects.toMatchObject({ code: 'pdf/invalid-page' });
  });
});
