import type { RawImage } from '../imaging/RawImage';
import { HaloRows } from './inkRows';
import { sampledSplit } from './inkThreshold';
import { meanInkColour, neutralInk } from './neutralInk';
import { fillBackground } from './mrcBackground';

/**
 * Splits a page for Mixed Raster Content (guide §5.6): a full-resolution 1-bit mask of the dark, neutral ink
 * (printed and typed text) and a low-resolution colour background in which those pixels are filled from their
 * surroundings, so the JPEG spends no bytes on text edges. Coloured ink (red seals, blue signatures) is not
 * neutral, stays out of the mask and keeps its colour in the background.
 */
export interface MrcLayers {
  /** 0 = ink, 255 = paper, full resolution. */
  mask: Uint8Array;
  maskColour: [number, number, number];
  background: RawImage;
}

export function separateMrc(image: RawImage, background: { width: number; height: number }, dpi: number): MrcLayers {
  // The halo of anti-aliased (and scanner-blurred) glyph edges is about a third of a point wide; ink colour is
  // judged over a window a little wider than a stroke.
  const haloPx = Math.max(1, Math.round(dpi / 150));
  const ink = neutralInk(image, sampledSplit(image), haloPx + 1);
  const halo = new HaloRows(ink.rows, image.width, image.height, haloPx);
  return {
    mask: ink.mask,
    maskColour: meanInkColour(ink.levels),
    background: fillBackground(image, (y) => halo.next(y), background.width, background.height),
  };
}
