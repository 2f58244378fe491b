import sharp from 'sharp';
import { AppError } from '../../shared/errors/AppError';
import { sauvolaBinarize, type RawImage } from '../imaging';
import { encodeG4 } from './g4Encoder';
import { lumaOf } from './inkThreshold';
import { separateMrc } from './mrcSeparation';
import type { G4Strip } from './tiffG4';

export type PageImageMode = 'jpeg' | 'bw' | 'mrc';

/** The mode a page is encoded in: the desk profile's, except that a black-and-white page is always CCITT G4. */
export function pageImageModeFor(colour: 'color' | 'gray' | 'bw', profileMode: PageImageMode): PageImageMode {
  return colour === 'bw' ? 'bw' : profileMode;
}

export type EncodedPageImage =
  | { kind: 'jpeg'; bytes: Uint8Array; width: number; height: number; colour: 'rgb' | 'grey' }
  | { kind: 'g4'; width: number; height: number; strips: G4Strip[]; blackIs1: boolean }
  | {
      kind: 'mrc';
      mask: { width: number; height: number; strips: G4Strip[]; blackIs1: boolean };
      maskColour: [number, number, number];
      background: { bytes: Uint8Array; width: number; height: number };
    };

export interface EncodeOptions {
  dpi: number;
  /** JPEG quality of `jpeg` pages (default 75) and of the MRC background (default 45). */
  jpegQuality?: number;
  /** MRC background resolution (default 150 dpi, never above `dpi`): seal lettering stays legible. */
  backgroundDpi?: number;
}

const DEFAULT_JPEG_QUALITY = 75;
/**
 * MRC background: mozjpeg without trellis quantisation at q45. Trellis cost ~100 ms of CPU per 300-dpi page (40 %
 * of the background's encode); q45 without it is 0.1–0.2 dB PSNR from trellised q50 and ~12 % larger (3–4 KB a
 * page, less than the push-pull fill saved). Measured with tests/integration/pdf/mrcBench.ts.
 */
const DEFAULT_BACKGROUND_QUALITY = 45;
export const DEFAULT_BACKGROUND_DPI = 150;

/**
 * Encodes a page image for the PDF: `jpeg` (colour or grey as the pixels are, passed through to PDF), `bw` (Sauvola
 * from `core/imaging` → CCITT G4, 1 bit; an already bilevel page passes unchanged) or `mrc` (G4 text stencil over a
 * low-resolution colour JPEG, see `separateMrc`).
 */
export async function encodePageImage(image: RawImage, mode: PageImageMode, opts: EncodeOptions): Promise<EncodedPageImage> {
  checkImage(image, opts.dpi);
  try {
    if (mode === 'jpeg') return await encodeJpegPage(image, opts.jpegQuality ?? DEFAULT_JPEG_QUALITY);
    if (mode === 'bw') {
      const bw = sauvolaBinarize({ data: Buffer.from(lumaOf(image)), width: image.width, height: image.height, channels: 1 });
      return { kind: 'g4', ...(await encodeG4(bw.data, image.width, image.height)) };
    }
    return await encodeMrcPage(image, opts);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('pdf/failed', 'Không nén được ảnh trang để đưa vào PDF. Hãy thử lại; nếu lỗi lặp lại, quét lại trang.', { cause: err });
  }
}

/** Bytes the page image adds to the PDF (streams only, not their dictionaries). */
export function encodedBytes(img: EncodedPageImage): number {
  const stripBytes = (strips: G4Strip[]): number => strips.reduce((n, s) => n + s.data.length, 0);
  if (img.kind === 'jpeg') return img.bytes.length;
  if (img.kind === 'g4') return stripBytes(img.strips);
  return stripBytes(img.mask.strips) + img.background.bytes.length;
}

function checkImage(image: RawImage, dpi: number): void {
  const ok = image.width > 0 && image.height > 0 && dpi > 0 && image.data.length >= image.width * image.height * image.channels;
  if (!ok) {
    throw new AppError('pdf/invalid-page', 'Ảnh trang không hợp lệ (kích thước hoặc độ phân giải bằng 0). Hãy quét lại trang này.', {
      details: { width: image.width, height: image.height, channels: image.channels, dpi },
    });
  }
}

function rawInput(image: RawImage): sharp.Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
}

async function encodeJpegPage(image: RawImage, quality: number): Promise<EncodedPageImage> {
  const grey = image.channels === 1;
  const pipeline = grey ? rawInput(image).toColourspace('b-w') : rawInput(image);
  const bytes = await pipeline.jpeg({ quality, mozjpeg: true }).toBuffer();
  return { kind: 'jpeg', bytes: new Uint8Array(bytes), width: image.width, height: image.height, colour: grey ? 'grey' : 'rgb' };
}

async function encodeMrcPage(image: RawImage, opts: EncodeOptions): Promise<EncodedPageImage> {
  const backgroundDpi = Math.min(opts.dpi, opts.backgroundDpi ?? DEFAULT_BACKGROUND_DPI);
  const ratio = backgroundDpi / opts.dpi;
  const size = { width: Math.max(1, Math.round(image.width * ratio)), height: Math.max(1, Math.round(image.height * ratio)) };
  const layers = separateMrc(image, size, opts.dpi);
  const [mask, background] = await Promise.all([
    encodeG4(layers.mask, image.width, image.height),
    // No chroma subsampling: at 150 dpi, 4:2:0 would leave thin seal strokes 75 dpi of colour and turn them pink.
    rawInput(layers.background)
      .jpeg({ quality: opts.jpegQuality ?? DEFAULT_BACKGROUND_QUALITY, mozjpeg: true, trellisQuantisation: false, chromaSubsampling: '4:4:4' })
      .toBuffer(),
  ]);
  return {
    kind: 'mrc',
    mask,
    maskColour: layers.maskColour,
    background: { bytes: new Uint8Array(background), ...size },
  };
}
