import {
  concatTransformationMatrix, drawObject, type PDFDocument, type PDFPage, type PDFRef, popGraphicsState,
  pushGraphicsState, setFillingRgbColor,
} from 'pdf-lib';
import type { EncodedPageImage } from './encodePageImage';
import type { G4Strip } from './tiffG4';

export interface PagePlacement {
  widthPt: number;
  heightPt: number;
  /** 72 / dpi: size of one full-resolution pixel. */
  ptPerPx: number;
}

/**
 * Paints the page image (guide §3, §5.3, §5.6). JPEGs are passed through and fill the page; G4 images are drawn
 * at pixel scale from the top-left corner, so their paper padding (to 16 px) falls outside the page box. MRC: the
 * background first, then the text mask as a stencil (`/ImageMask true`) in the ink colour; no transparency.
 */
export async function drawPageImage(doc: PDFDocument, page: PDFPage, image: EncodedPageImage, at: PagePlacement): Promise<void> {
  if (image.kind === 'jpeg') {
    page.drawImage(await doc.embedJpg(image.bytes), { x: 0, y: 0, width: at.widthPt, height: at.heightPt });
    return;
  }
  if (image.kind === 'g4') {
    drawG4(doc, page, image, at, false);
    return;
  }
  page.drawImage(await doc.embedJpg(image.background.bytes), { x: 0, y: 0, width: at.widthPt, height: at.heightPt });
  const [r, g, b] = image.maskColour;
  page.pushOperators(pushGraphicsState(), setFillingRgbColor(r / 255, g / 255, b / 255));
  drawG4(doc, page, image.mask, at, true);
  page.pushOperators(popGraphicsState());
}

interface G4Layer {
  width: number;
  strips: G4Strip[];
  blackIs1: boolean;
}

function drawG4(doc: PDFDocument, page: PDFPage, layer: G4Layer, at: PagePlacement, stencil: boolean): void {
  for (const strip of layer.strips) {
    const ref = g4XObject(doc, layer, strip, stencil);
    const name = page.node.newXObject(stencil ? 'Mask' : 'G4', ref);
    const w = layer.width * at.ptPerPx;
    const h = strip.rows * at.ptPerPx;
    const top = at.heightPt - strip.y * at.ptPerPx;
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, top - h), drawObject(name), popGraphicsState());
  }
}

function g4XObject(doc: PDFDocument, layer: G4Layer, strip: G4Strip, stencil: boolean): PDFRef {
  const { context } = doc;
  const decodeParms = context.obj({ K: -1, Columns: layer.width, Rows: strip.rows, BlackIs1: layer.blackIs1 });
  const dict = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: layer.width,
    Height: strip.rows,
    BitsPerComponent: 1,
    Filter: 'CCITTFaxDecode',
    DecodeParms: decodeParms,
    // A stencil paints its 0 samples (ink) in the fill colour and leaves the rest untouched.
    ...(stencil ? { ImageMask: true } : { ColorSpace: 'DeviceGray' }),
  };
  return context.register(context.stream(strip.data, dict));
}
