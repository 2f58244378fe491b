import sharp from 'sharp';
import type { Transferable } from 'node:worker_threads';
import { analyzePageCodes, type PageCodes } from '../codes';
import { cleanPage, type CleanedPage } from '../imaging';
import type { InkGrid } from '../imaging/InkGrid';
import type { OutputColor, RawImage } from '../imaging/RawImage';
import { encodePageImage, pageImageModeFor, type PageImageMode } from '../pdf';
import { ocrBitmap } from './ocrInput';
import { packPdfImage } from './pdfImageFile';

/** One page's pixel work, done in a worker thread (workers/pageWorker.ts). */
export interface PageWorkRequest {
  kind: 'process';
  master: Uint8Array;
  dpi: number;
  output: OutputColor;
  deskew: boolean;
  /** The clerk's rotation (pages.rotate); replaces automatic orientation when set. */
  manualRotation: 0 | 90 | 180 | 270 | null;
  detectCodes: boolean;
  /** Small (≈ 1 cm) QR codes are looked for at full resolution too: only when separating by barcode value. */
  smallCodes: boolean;
  /** The desk profile's PDF image mode: the page image is encoded for the PDF here (null: left to export). */
  pdfMode: PageImageMode | null;
}

export interface PageWorkResult {
  derived: { bytes: Uint8Array; ext: 'jpg' | 'png'; width: number; height: number };
  /** The cleaned page's ink as a 1-bit PBM for the OCR engine (see ocrInput.ts). */
  ocrImage: Uint8Array;
  /** The page image encoded for the PDF (pdfImageFile.ts), unless the page is blank or a separator sheet. */
  pdfImage: { bytes: Uint8Array; mode: PageImageMode } | null;
  inkGrid: InkGrid;
  inkRatio: number;
  blank: boolean;
  deskewDeg: number;
  rotation: 0 | 90 | 180 | 270;
  crop: CleanedPage['crop'];
  codes: PageCodes | null;
  timings: Record<string, number>;
}

/**
 * The derived image kept beside the master: JPEG q90 for colour/grey (viewing, PDF source), PNG for 1-bit pages.
 * Chroma 4:2:0 as scanners write it: the colour that matters (seal, signature) survives at 150 dpi — the MRC
 * background's own resolution — and the encode takes ~30 % less time than 4:4:4.
 */
async function encodeDerived(image: RawImage, output: OutputColor): Promise<PageWorkResult['derived']> {
  const { width, height, channels } = image;
  // No withMetadata(): it turns a grey page into 3-channel sRGB. The resolution lives in the page row.
  const pipeline = sharp(image.data, { raw: { width, height, channels } });
  const bytes = output === 'bw'
    ? await pipeline.toColourspace('b-w').png({ compressionLevel: 6, palette: false }).toBuffer()
    : await (channels === 1 ? pipeline.toColourspace('b-w') : pipeline).jpeg({ quality: 90, chromaSubsampling: '4:2:0' }).toBuffer();
  return { bytes, ext: output === 'bw' ? 'png' : 'jpg', width, height };
}

async function oriented(master: Uint8Array, rotation: PageWorkRequest['manualRotation']): Promise<Uint8Array> {
  if (rotation === null || rotation === 0) return master;
  return sharp(master).rotate(rotation).png({ compressionLevel: 1 }).toBuffer();
}

export async function runPageWork(req: PageWorkRequest): Promise<PageWorkResult> {
  const t0 = performance.now();
  const input = await oriented(req.master, req.manualRotation);
  const cleaned = await cleanPage(input, { dpi: req.dpi, output: req.output, deskew: req.deskew, autoOrient: req.manualRotation === null });
  const t1 = performance.now();
  const codes = req.detectCodes ? await analyzePageCodes(cleaned.grey, cleaned.dpi, { retrySmallQr: req.smallCodes }) : null;
  const t2 = performance.now();
  const derived = await encodeDerived(cleaned.image, req.output);
  const t3 = performance.now();
  const pdfImage = cleaned.blank || codes?.separator ? null : await encodeForPdf(cleaned, req);
  const t4 = performance.now();
  return {
    derived, ocrImage: ocrBitmap(cleaned.inkMask, cleaned.image), pdfImage, inkGrid: cleaned.inkGrid, inkRatio: cleaned.inkRatio, blank: cleaned.blank,
    deskewDeg: cleaned.deskewDeg, rotation: req.manualRotation ?? cleaned.rotation, crop: cleaned.crop, codes,
    timings: { ...cleaned.timings, cleanupMs: Math.round(t1 - t0), codesMs: Math.round(t2 - t1), encodeMs: Math.round(t3 - t2), pdfMs: Math.round(t4 - t3) },
  };
}

/** As export would encode the derived image (bw pages always G4), but from the cleaned pixels: no JPEG round trip. */
async function encodeForPdf(cleaned: CleanedPage, req: PageWorkRequest): Promise<PageWorkResult['pdfImage']> {
  if (!req.pdfMode) return null;
  const mode = pageImageModeFor(req.output, req.pdfMode);
  return { bytes: packPdfImage(await encodePageImage(cleaned.image, mode, { dpi: cleaned.dpi })), mode };
}

export function transferablesOf(r: PageWorkResult): Transferable[] {
  const buffers = [r.derived.bytes.buffer, r.ocrImage.buffer, r.inkGrid.cells.buffer, ...(r.pdfImage ? [r.pdfImage.bytes.buffer] : [])];
  // Only whole, distinct ArrayBuffers can move; Node's pooled small Buffers share one and must be copied instead.
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 64 * 1024);
}
