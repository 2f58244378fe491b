import { describe, expect, it } from 'vitest';
import { cleanPage, detectSkew } from '../../../electron/core/imaging';
import { cachedTestPage } from '../../support/testPages';
import { decodeGrey, turnAndSkew } from './imagingSupport';

/** Guide §5.1 and issue 3: ±15° range, error at most 0.1°. */
const TOLERANCE = 0.1;

describe('deskew on rendered Vietnamese pages', () => {
  for (const skewDeg of [-10, -2.5, 2.5, 10]) {
    it(`finds a scanned page's ${skewDeg}° skew within 0.1° and straightens it`, async () => {
      const page = await cachedTestPage({ id: `imaging-skew-${skewDeg}`, skewDeg });
      expect(Math.abs(detectSkew(await decodeGrey(page.scanned)) - page.skewDeg)).toBeLessThanOrEqual(TOLERANCE);
      const cleaned = await cleanPage(page.scanned, { dpi: page.dpi, output: 'gray' });
      expect(cleaned.rotation).toBe(0);
      expect(Math.abs(cleaned.deskewDeg - page.skewDeg)).toBeLessThanOrEqual(TOLERANCE);
      // The correction goes the right way: what comes out is straight, and keeps the page's size.
      expect(Math.abs(detectSkew(cleaned.grey))).toBeLessThanOrEqual(TOLERANCE);
      expect([cleaned.image.width, cleaned.image.height]).toEqual([page.width, page.height]);
    }, 180_000);
  }

  it('covers the ends of the ±15° range and small angles (the clean page rotated with sharp)', async () => {
    const page = await cachedTestPage({ id: 'imaging-skew-range', skewDeg: 0 });
    for (const skewDeg of [-14.5, -0.4, 0.25, 1.3, 14.5]) {
      const skewed = await turnAndSkew(page.clean, 0, skewDeg);
      expect(Math.abs(detectSkew(await decodeGrey(skewed)) - skewDeg), `${skewDeg}°`).toBeLessThanOrEqual(TOLERANCE);
    }
    expect(Math.abs(detectSkew(await decodeGrey(page.clean)))).toBeLessThanOrEqual(TOLERANCE);
  }, 180_000);

  it('leaves a page alone when asked not to deskew', async () => {
    const page = await cachedTestPage({ id: 'imaging-skew-2.5', skewDeg: 2.5 });
    const cleaned = await cleanPage(page.scanned, { dpi: page.dpi, output: 'gray', deskew: false });
    expect(cleaned.deskewDeg).toBe(0);
    expect(Math.abs(detectSkew(cleaned.grey) - 2.5)).toBeLessThanOrEqual(TOLERANCE);
  }, 180_000);
});
