import sharp from 'sharp';
import type { ColorModeT } from '../../../../shared/contract/models';
import type { RawPage } from '../ScanDriver';
import { malformedResponseError } from './esclErrors';
import type { EsclDocument } from './esclJob';

export interface PageContext {
  sourceName: string;
  index: number;
  /** What we asked for; used unless the image says the device scanned at another advertised resolution. */
  dpi: number;
  colorMode: ColorModeT;
  /** Resolutions the device advertises: a density outside them (JFIF's default 72, say) is not believed. */
  advertised: readonly number[];
  /** Rotate this page by 180° (Epson duplex backs quirk). */
  rotate: boolean;
}

function sniff(bytes: Uint8Array): 'jpeg' | 'png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return null;
}

/** Low-memory devices scan at another resolution than asked (§3.3): believe the image when it names one they offer. */
function pickDpi(density: number | undefined, ctx: PageContext): number {
  if (density === undefined || !Number.isFinite(density)) return ctx.dpi;
  const d = Math.round(density);
  return d !== ctx.dpi && ctx.advertised.includes(d) ? d : ctx.dpi;
}

/**
 * One NextDocument body → RawPage. JPEG and PNG pass through byte for byte (the master stays lossless); other
 * formats a device may send anyway (TIFF) are converted to PNG; anything undecodable is a communication error.
 */
export async function toRawPage(doc: EsclDocument, ctx: PageContext): Promise<RawPage> {
  let bytes: Buffer = doc.bytes;
  let format = sniff(bytes);
  try {
    if (format === null) { bytes = await sharp(bytes, { limitInputPixels: 20_000 * 20_000 }).png().toBuffer(); format = 'png'; }
    if (ctx.rotate) {
      const img = sharp(bytes).rotate(180);
      bytes = await (format === 'jpeg' ? img.jpeg({ quality: 95 }) : img.png()).toBuffer();
    }
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height) throw new Error('no image size');
    return {
      sourceName: ctx.sourceName, pageIndexInSource: ctx.index, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      format, width: meta.width, height: meta.height, dpi: pickDpi(meta.density, ctx), colorMode: ctx.colorMode,
    };
  } catch (err) {
    throw malformedResponseError(`ảnh trang ${ctx.index + 1} không đọc được`, err);
  }
}
