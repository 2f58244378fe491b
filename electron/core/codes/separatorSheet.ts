import { PDFDocument, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import sharp from 'sharp';
import { writeBarcode } from 'zxing-wasm/writer';
import { AppError } from '../../shared/errors/AppError';
import { embedGreyPng } from './embedGreyPng';
import { GreyCanvas } from './greyCanvas';
import { patchBars } from './patchGeometry';
import { withPngDensity } from './pngDensity';
import { renderTextBlock } from './renderText';
import { SEPARATOR_PREFIX } from './types';
import { loadZxingWriter } from './zxingModules';

export interface SeparatorSheetOptions {
  /** Printed under the heading (e.g. the dossier or document name); Vietnamese is fine. */
  label?: string;
  /** Carried by the QR and the Code 128 as `TSH-SEP:<value>`; printable ASCII (e.g. a dossier code). */
  value?: string;
  /** Resolution of the PNG (and of the image in the PDF); 300 by default. */
  dpi?: number;
}

const A4_INCH = { width: 210 / 25.4, height: 297 / 25.4 };
const PATCH_TOP_INCH = 0.3;
const PATCH_LENGTH_INCH = 6;
const QR_SIZE_INCH = 1.8;
const CODE128_HEIGHT_INCH = 0.6;
const CODE128_MAX_WIDTH_INCH = 6;
const POINTS_PER_INCH = 72;

export const SEPARATOR_HEADING = 'TỜ PHÂN CÁCH GIẤY TỜ';
export const SEPARATOR_INSTRUCTIONS = [
  '1. Đặt tờ này lên trước giấy tờ đầu tiên của mỗi giấy tờ cần tách, rồi quét cả chồng một lần.',
  '2. Đưa mép có các vạch đen vào máy quét trước (mép trên, mặt in úp theo hướng dẫn của máy).',
  '3. Trạm Số hóa nhận ra tờ này qua mã vá Patch T hoặc mã QR, tự bắt đầu giấy tờ mới và bỏ tờ này (cả mặt sau trắng khi quét hai mặt) khỏi tệp kết quả; tờ vẫn được lưu trong nhật ký.',
  '4. In đúng khổ A4, tỉ lệ 100 %. Không gấp, viết hay đóng dấu lên các vạch đen và mã. Tờ dùng lại được nhiều lần.',
];

function invalidOptions(reason: string): AppError {
  return new AppError('codes/failed', `Không tạo được tờ phân cách: ${reason}. Hãy sửa lại rồi in lại.`, { details: { reason } });
}

function checkOptions(opts: SeparatorSheetOptions): { dpi: number; value: string; label: string } {
  const dpi = opts.dpi ?? 300;
  if (!Number.isInteger(dpi) || dpi < 100 || dpi > 600) throw invalidOptions('độ phân giải phải từ 100 đến 600 dpi');
  const value = opts.value ?? '';
  if (!/^[\x20-\x7e]{0,64}$/.test(value)) throw invalidOptions('giá trị mã chỉ gồm chữ không dấu, số và dấu, tối đa 64 ký tự');
  const label = (opts.label ?? '').normalize('NFC');
  if (label.length > 160) throw invalidOptions('nhãn dài quá 160 ký tự');
  return { dpi, value, label };
}

/** Patch T at the leading (top) edge: four bars parallel to that edge, centred, 6″ long. */
function drawPatchT(canvas: GreyCanvas, dpi: number): void {
  const left = (canvas.width - PATCH_LENGTH_INCH * dpi) / 2;
  for (const bar of patchBars('T')) {
    canvas.fillRect(left, (PATCH_TOP_INCH + bar.offset) * dpi, PATCH_LENGTH_INCH * dpi, bar.width * dpi);
  }
}

/** Draws the QR centred at `top`; returns the y below it. */
async function drawQr(canvas: GreyCanvas, payload: string, top: number, dpi: number): Promise<number> {
  const qr = await writeBarcode(payload, { format: 'QRCode', scale: 1, addQuietZones: false, options: 'ecLevel=M' });
  if (qr.error) throw invalidOptions(`mã QR: ${qr.error}`);
  const modulePx = Math.max(2, Math.floor((QR_SIZE_INCH * dpi) / qr.symbol.width));
  const size = modulePx * qr.symbol.width;
  canvas.drawMatrix(qr.symbol, (canvas.width - size) / 2, top, modulePx);
  return top + size;
}

/** Draws the Code 128 centred at `top`; returns the y below it. */
async function drawCode128(canvas: GreyCanvas, payload: string, top: number, dpi: number): Promise<number> {
  const code = await writeBarcode(payload, { format: 'Code128', scale: 1, addQuietZones: false });
  if (code.error) throw invalidOptions(`mã vạch: ${code.error}`);
  const modules = code.symbol.width;
  const modulePx = Math.max(2, Math.min(Math.round(dpi / 75), Math.floor((CODE128_MAX_WIDTH_INCH * dpi) / modules)));
  const left = Math.round((canvas.width - modules * modulePx) / 2);
  const height = CODE128_HEIGHT_INCH * dpi;
  for (let m = 0; m < modules; m++) {
    if (code.symbol.data[m] === 0) canvas.fillRect(left + m * modulePx, top, modulePx, height);
  }
  return top + height;
}

async function drawText(canvas: GreyCanvas, text: string, top: number, dpi: number, style: { pt: number; weight?: 'bold'; align?: 'left' | 'centre'; marginInch: number }): Promise<number> {
  const widthPx = canvas.width - 2 * style.marginInch * dpi;
  const block = await renderTextBlock(text, { pt: style.pt, dpi, widthPx, weight: style.weight ?? 'regular', align: style.align ?? 'centre' });
  const left = style.align === 'left' ? style.marginInch * dpi : (canvas.width - block.width) / 2;
  canvas.drawCoverage(block, left, top);
  return top + block.height;
}

async function drawSheet(canvas: GreyCanvas, payload: string, label: string, dpi: number): Promise<void> {
  drawPatchT(canvas, dpi);
  let y = 1.5 * dpi;
  y = await drawText(canvas, SEPARATOR_HEADING, y, dpi, { pt: 30, weight: 'bold', marginInch: 0.8 });
  if (label) y = await drawText(canvas, label, y + 0.2 * dpi, dpi, { pt: 16, marginInch: 1 });
  y = await drawQr(canvas, payload, y + 0.5 * dpi, dpi);
  y = await drawCode128(canvas, payload, y + 0.45 * dpi, dpi);
  y = await drawText(canvas, payload, y + 0.08 * dpi, dpi, { pt: 11, marginInch: 1 });
  await drawText(canvas, SEPARATOR_INSTRUCTIONS.join('\n'), y + 0.5 * dpi, dpi, { pt: 12, align: 'left', marginInch: 1 });
  await drawText(canvas, 'Trạm Số hóa · Tờ phân cách (Patch T)', canvas.height - 0.9 * dpi, dpi, { pt: 9, marginInch: 1 });
}

/**
 * A printable A4 separator sheet: Patch T bars at the leading edge (patch-code geometry, guide §6), a QR and a
 * Code 128 of `TSH-SEP:<value>`, the heading "TỜ PHÂN CÁCH GIẤY TỜ" and instructions. Returns the greyscale PNG
 * (with its dpi) and a one-page PDF that shows it at physical size.
 */
export async function renderSeparatorSheet(opts: SeparatorSheetOptions = {}): Promise<{ png: Buffer; pdf: Uint8Array }> {
  const { dpi, value, label } = checkOptions(opts);
  await loadZxingWriter();
  const canvas = new GreyCanvas(Math.round(A4_INCH.width * dpi), Math.round(A4_INCH.height * dpi));
  await drawSheet(canvas, `${SEPARATOR_PREFIX}:${value}`, label, dpi);
  const encoded = await sharp(canvas.data, { raw: { width: canvas.width, height: canvas.height, channels: 1 } }).toColourspace('b-w').png().toBuffer();
  const png = withPngDensity(encoded, dpi);
  return { png, pdf: await sheetPdf(png, label) };
}

/** One A4 page showing the PNG at physical size. */
async function sheetPdf(png: Buffer, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(label ? `${SEPARATOR_HEADING} — ${label}` : SEPARATOR_HEADING);
  doc.setProducer('Trạm Số hóa');
  doc.setCreator('Trạm Số hóa');
  const image = embedGreyPng(doc, png);
  const [width, height] = [A4_INCH.width * POINTS_PER_INCH, A4_INCH.height * POINTS_PER_INCH];
  const page = doc.addPage([width, height]);
  const name = page.node.newXObject('SheetImage', image.ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(width, 0, 0, height, 0, 0), drawObject(name), popGraphicsState());
  return doc.save();

}
