import {
  decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream,
  type PDFContext, type PDFObject, type PDFPage,
} from 'pdf-lib';
import type { ColorModeT } from '../../../../shared/contract/models';
import { findSinglePageImage, type Box } from './imageOnlyPage';

/** One page of an image-only PDF: the scanner's JPEG exactly as embedded, plus the facts a RawPage needs. */
export interface PdfPageImage {
  /** The embedded DCTDecode stream, byte for byte: no decode/re-encode generation loss. */
  jpeg: Uint8Array;
  width: number;
  height: number;
  dpi: number;
  /** From the image's colour space; the caller may refine it from the pixels (an RGB scan of a black page). */
  colorMode: ColorModeT;
}

// 2026-03: resolutions MFPs and document scanners offer; a computed 149.6 dpi (rounded MediaBox) is really 150.
const STANDARD_DPI = [100, 150, 200, 240, 300, 400, 600] as const;
const DPI_SNAP_TOLERANCE = 0.02;

const POINTS_PER_INCH = 72;

/** Rounds to the nearest standard resolution when within 2 %, else to the nearest integer. */
export function snapDpi(raw: number): number {
  const standard = STANDARD_DPI.find((s) => Math.abs(raw - s) <= s * DPI_SNAP_TOLERANCE);
  return standard ?? Math.round(raw);
}

function lookup(ctx: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? ctx.lookup(obj) : obj;
}

function nameOf(obj: PDFObject | undefined): string | null {
  return obj instanceof PDFName ? obj.decodeText() : null;
}

function positiveInt(ctx: PDFContext, dict: PDFDict, key: string): number | null {
  const v = lookup(ctx, dict.get(PDFName.of(key)));
  const n = v instanceof PDFNumber ? v.asNumber() : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The one filter, when it is exactly DCTDecode (a bare name or a one-element array). */
function isPlainJpeg(ctx: PDFContext, dict: PDFDict): boolean {
  const filter = lookup(ctx, dict.get(PDFName.of('Filter')));
  const only = filter instanceof PDFArray && filter.size() === 1 ? lookup(ctx, filter.get(0)) : filter;
  return nameOf(only) === 'DCTDecode';
}

/** Colour spaces whose JPEG samples mean what a viewer shows; CMYK, Lab, Indexed, Separation … are left to pdftoppm. */
function colorModeOf(ctx: PDFContext, dict: PDFDict, bitsPerComponent: number): ColorModeT | null {
  let cs = lookup(ctx, dict.get(PDFName.of('ColorSpace')));
  if (cs instanceof PDFArray && cs.size() === 2 && nameOf(lookup(ctx, cs.get(0))) === 'ICCBased') {
    // An ICC profile stream's /N is its component count: 1 = grey, 3 = RGB.
    const profile = lookup(ctx, cs.get(1));
    const n = profile instanceof PDFStream ? positiveInt(ctx, profile.dict, 'N') : null;
    cs = PDFName.of(n === 1 ? 'DeviceGray' : n === 3 ? 'DeviceRGB' : 'Unsupported');
  }
  const name = nameOf(cs);
  if (name === 'DeviceGray') return bitsPerComponent === 1 ? 'bw' : 'gray';
  return name === 'DeviceRGB' ? 'color' : null;
}

/** Transparency, inverted samples or stencil masks would make the bare JPEG look different from the page. */
function altersAppearance(dict: PDFDict): boolean {
  return ['SMask', 'Mask', 'Decode', 'ImageMask', 'SMaskInData'].some((k) => dict.has(PDFName.of(k)));
}

function pageContent(ctx: PDFContext, page: PDFPage): Uint8Array | null {
  const contents = lookup(ctx, page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((o) => lookup(ctx, o)) : [contents];
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    if (s === undefined) continue;
    if (!(s instanceof PDFRawStream)) return null;
    parts.push(decodePDFRawStream(s).decode());
    parts.push(new Uint8Array([0x0a])); // streams of an array are concatenated as if separated by whitespace
  }
  return Buffer.concat(parts);
}

function boxOf(page: PDFPage): Box {
  const { x, y, width, height } = page.getMediaBox();
  return { x, y, width, height };
}

/** The raw stream of the one image XObject an upright, uncropped page draws over itself, or null. */
function fullPageImageStream(ctx: PDFContext, page: PDFPage): { stream: PDFRawStream; media: Box } | null {
  if (page.getRotation().angle % 360 !== 0) return null;
  const media = boxOf(page);
  const crop = page.getCropBox();
  if (crop.x !== media.x || crop.y !== media.y || crop.width !== media.width || crop.height !== media.height) return null;
  const content = pageContent(ctx, page);
  const use = content && findSinglePageImage(content, media);
  if (!use) return null;
  const xobjects = lookup(ctx, page.node.Resources()?.get(PDFName.of('XObject')));
  const stream = xobjects instanceof PDFDict ? lookup(ctx, xobjects.get(PDFName.of(use.name))) : undefined;
  return stream instanceof PDFRawStream ? { stream, media } : null;
}

/** One page, or null when it is anything but a single upright full-page DCT image in grey or RGB. */
function extractPage(ctx: PDFContext, page: PDFPage): PdfPageImage | null {
  const found = fullPageImageStream(ctx, page);
  if (!found) return null;
  const { stream: { dict, contents }, media } = found;
  if (nameOf(lookup(ctx, dict.get(PDFName.of('Subtype')))) !== 'Image' || !isPlainJpeg(ctx, dict) || altersAppearance(dict)) return null;
  const width = positiveInt(ctx, dict, 'Width');
  const height = positiveInt(ctx, dict, 'Height');
  const colorMode = colorModeOf(ctx, dict, positiveInt(ctx, dict, 'BitsPerComponent') ?? 8);
  if (width === null || height === null || colorMode === null) return null;
  const dpi = snapDpi(width / (media.width / POINTS_PER_INCH));
  // A copy, so the page does not keep the whole PDF buffer alive.
  return { jpeg: contents.slice(), width, height, dpi, colorMode };
}

/**
 * Scanned PDFs from MFPs are nearly always one JPEG per page. When every page of `pdf` is exactly that, returns
 * the embedded JPEGs unchanged (lossless, and no pdftoppm needed); returns null when any page is something else
 * (vector text, several images, Flate/JBIG2/CCITT images, CMYK, masks, rotation) or when pdf-lib cannot read the
 * file (encrypted, damaged): the caller then rasterises the whole file, so a file is never half-extracted.
 */
export async function extractPdfPageImages(pdf: Uint8Array, signal: AbortSignal): Promise<PdfPageImage[] | null> {
  let doc: PDFDocument;
  let pages: PDFPage[];
  try {
    // pdf-lib refuses encrypted files itself; garbage after a %PDF- header loads but has no page tree.
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
    pages = doc.getPages();
  } catch {
    return null; // pdftoppm decides whether the file is damaged or merely beyond pdf-lib (the corrupt-file path)
  }
  if (pages.length === 0) return null;
  const out: PdfPageImage[] = [];
  for (const page of pages) {
    signal.throwIfAborted();
    let image: PdfPageImage | null;
    try {
      image = extractPage(doc.context, page);
    } catch {
      image = null; // an untokenizable content stream or an unknown stream filter: leave the file to pdftoppm
    }
    if (image === null) return null;
    out.push(image);
  }
  return out;
}
