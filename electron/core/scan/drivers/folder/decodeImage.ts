import sharp from 'sharp';
import type { RawPage } from '../ScanDriver';
import { classifyColorMode } from './detectColorMode';
import { corruptFileError } from './folderErrors';

// 2026-03: 512 px is enough to tell colour from grey and keeps the sample decode under ~20 ms per A4 page.
const SAMPLE_SIZE = 512;

export interface DecodeContext { path: string; sourceName: string; defaultDpi: number }

/**
 * Decodes one image (or one TIFF page) fully: this validates the file (a truncated JPEG fails here) and yields
 * the facts a RawPage needs. `failOn: 'truncated'` rejects cut-off files but tolerates benign encoder warnings.
 */
async function inspect(input: Buffer, page: number | undefined, ctx: DecodeContext) {
  const options = { failOn: 'truncated' as const, ...(page === undefined ? {} : { page }) };
  try {
    const meta = await sharp(input, options).metadata();
    const { data, info } = await sharp(input, options)
      .resize({ width: SAMPLE_SIZE, height: SAMPLE_SIZE, fit: 'inside', withoutEnlargement: true, kernel: 'nearest' })
      .removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const colorMode = meta.bitsPerSample === 1 ? 'bw' as const : classifyColorMode(data, info.channels);
    // Stored (not EXIF-rotated) size: it describes the bytes we pass on.
    const { width, height } = meta;
    if (!width || !height) throw new Error('image without dimensions');
    const dpi = meta.density && meta.density > 0 ? Math.round(meta.density) : ctx.defaultDpi;
    return { width, height, dpi, colorMode };
  } catch (err) {
    throw corruptFileError(ctx.path, { cause: err });
  }
}

/** JPEG and PNG pass through byte for byte: the decoded check proves they are readable, the master stays intact. */
export async function decodeSingleImage(bytes: Buffer, format: 'jpeg' | 'png', ctx: DecodeContext): Promise<RawPage> {
  const facts = await inspect(bytes, undefined, ctx);
  return { sourceName: ctx.sourceName, pageIndexInSource: 0, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), format, ...facts };
}

/** Every page of a (multi-page) TIFF, each re-encoded losslessly as PNG. All pages decode or the file is rejected. */
export async function decodeTiffPages(bytes: Buffer, ctx: DecodeContext, signal: AbortSignal): Promise<RawPage[]> {
  let pages: number;
  try {
    pages = (await sharp(bytes, { failOn: 'truncated' }).metadata()).pages ?? 1;
  } catch (err) {
    throw corruptFileError(ctx.path, { cause: err });
  }
  const out: RawPage[] = [];
  for (let page = 0; page < pages; page++) {
    signal.throwIfAborted();
    const facts = await inspect(bytes, page, ctx);
    let png: Buffer;
    try {
      const img = sharp(bytes, { page, failOn: 'truncated' });
      png = await (facts.colorMode === 'color' ? img : img.toColourspace('b-w')).png().toBuffer();
    } catch (err) {
      throw corruptFileError(ctx.path, { cause: err });
    }
    out.push({ sourceName: ctx.sourceName, pageIndexInSource: page, bytes: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), format: 'png', ...facts });
  }
  return out;
}
