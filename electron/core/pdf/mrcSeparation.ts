import type { RawImage } from '../imaging/RawImage';
import { HaloRing } from './haloRing';
import { sampledSplit } from './inkThreshold';
import { meanInkColour, neutralInk } from './neutralInk';
import { BackgroundBuilder } from './mrcBackground';

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
  // One streaming pass: ink row y goes into the halo, which hands halo row y − r to the background cells while
  // the page rows around it are still in the CPU cache.
  const cells = new BackgroundBuilder(image, background.width, background.height);
  const halo = new HaloRing(image.width, image.height, haloPx, (y, row) => cells.addRow(y, row));
  const ink = neutralInk(image, sampledSplit(image), haloPx + 1, halo);
  halo.finish();
  return { mask: ink.mask, maskColour: meanInkColour(ink.levels), background: cells.finish() };
}
