// Renders the bundled sample dossier (assets/samples/) deterministically: SVG → sharp at A4 / 150 dpi.
// Run: npx tsx scripts/make-samples.ts. Needs fonts-dejavu-core (Vietnamese glyphs); the outputs are committed,
// so CI needs the font only to regenerate them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { birthFormPage1, birthFormPage2, blankBack, requestLetter } from './samples/formPages';
import { birthCertificate, idCardCopy } from './samples/officialPages';

const DPI = 150;
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'samples');
// Fixed dates keep the PDF byte-identical between runs.
const PDF_DATE = new Date('2026-03-10T08:00:00+07:00');

type Format = 'jpeg' | 'png';

async function render(svg: string, format: Format): Promise<Buffer> {
  const img = sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).withMetadata({ density: DPI });
  return format === 'png'
    ? img.png({ palette: true, colors: 16, compressionLevel: 9, dither: 0.5 }).toBuffer()
    : img.jpeg({ quality: 80, chromaSubsampling: '4:2:0' }).toBuffer();
}

async function pdfOf(jpegs: Buffer[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const bytes of jpegs) {
    const img = await doc.embedJpg(bytes);
    const w = (img.width / DPI) * 72;
    const h = (img.height / DPI) * 72;
    doc.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  doc.setTitle('Tờ khai đăng ký khai sinh (mẫu)');
  doc.setProducer('Trạm Số hóa make-samples');
  doc.setCreator('Trạm Số hóa');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  return doc.save({ useObjectStreams: false });
}

/** What each file is, for the demo and tests (manifest.json). */
interface SampleFile { file: string; format: 'jpeg' | 'png' | 'pdf'; pages: number; document: string; category: 'a' | 'b' | 'c' | 'd'; note: string }

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const files: SampleFile[] = [];
  const put = async (file: string, bytes: Uint8Array, meta: Omit<SampleFile, 'file'>) => {
    await writeFile(path.join(OUT, file), bytes);
    files.push({ file, ...meta });
    console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KiB`);
  };

  const form = await Promise.all([render(birthFormPage1(), 'jpeg'), render(birthFormPage2(), 'jpeg')]);
  await put('01-to-khai-dang-ky-khai-sinh.pdf', await pdfOf(form),
    { format: 'pdf', pages: 2, document: 'Tờ khai đăng ký khai sinh', category: 'a', note: 'two JPEG pages in a PDF' });
  await put('02-giay-chung-sinh.jpg', await render(birthCertificate(), 'jpeg'),
    { format: 'jpeg', pages: 1, document: 'Giấy chứng sinh', category: 'b', note: 'red round seal over the signature' });
  await put('03-cccd-ban-sao-chung-thuc.jpg', await render(idCardCopy(), 'jpeg'),
    { format: 'jpeg', pages: 1, document: 'Bản sao chứng thực CCCD của người yêu cầu', category: 'c', note: 'photocopy, skewed 0.8°, fake ID 001099012345' });
  await put('04-don-de-nghi-cap-ban-sao.png', await render(requestLetter(), 'png'),
    { format: 'png', pages: 1, document: 'Đơn đề nghị cấp bản sao trích lục khai sinh', category: 'a', note: '16-colour PNG' });
  await put('05-mat-sau-trang.jpg', await render(blankBack(), 'jpeg'),
    { format: 'jpeg', pages: 1, document: 'Mặt sau để trắng (quét hai mặt)', category: 'a', note: 'blank page: should be flagged, never deleted' });

  const manifest = { dossier: 'Đăng ký khai sinh (mẫu)', procedureCode: '1.001193', dpi: DPI, fakeData: true, files };
  await writeFile(path.join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
