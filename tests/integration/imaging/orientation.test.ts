import { describe, expect, it } from 'vitest';
import { cleanPage, detectOrientation } from '../../../electron/core/imaging';
import { renderFixture } from '../../unit/imaging/support/pageFixtures';
import { cachedTestPage } from '../../support/testPages';
import { decodeGrey, turnAndSkew, undoTurn } from './imagingSupport';

type Turn = 0 | 90 | 180 | 270;

/** Seeded pages as fed to the scanner: upright, upside down and sideways, some with a seal, one at 200 dpi. */
const SCANS: Array<{ id: string; rotation: Turn; seal?: boolean; dpi?: 300 | 200 }> = [
  { id: 'imaging-orient-a', rotation: 0 },
  { id: 'imaging-orient-b', rotation: 180 },
  { id: 'imaging-orient-c', rotation: 90 },
  { id: 'imaging-orient-d', rotation: 270, seal: true },
  { id: 'imaging-orient-e', rotation: 180, seal: true },
  { id: 'imaging-orient-f', rotation: 0, seal: true, dpi: 200 },
  { id: 'imaging-orient-g', rotation: 180, dpi: 200 },
];

describe('orientation without OCR', () => {
  for (const scan of SCANS) {
    it(`turns ${scan.id} (fed turned ${scan.rotation}°${scan.dpi === 200 ? ', 200 dpi' : ''}) upright`, async () => {
      const page = await cachedTestPage(scan);
      expect(detectOrientation(await decodeGrey(page.scanned), page.dpi)).toBe(undoTurn(scan.rotation));
      const cleaned = await cleanPage(page.scanned, { dpi: page.dpi, output: 'color' });
      expect(cleaned.rotation).toBe(undoTurn(scan.rotation));
      // Upright again means portrait A4 again, and the skew is measured in the upright frame.
      expect([cleaned.image.width, cleaned.image.height]).toEqual([page.width, page.height]);
      expect(Math.abs(cleaned.deskewDeg - page.skewDeg)).toBeLessThanOrEqual(0.1);
    }, 180_000);
  }

  it('never turns an upright page, and finds every quarter turn of the same clean pages', async () => {
    for (const id of ['imaging-orient-a', 'imaging-orient-b', 'imaging-orient-e']) {
      const page = await cachedTestPage(SCANS.find((s) => s.id === id)!);
      for (const turn of [0, 90, 180, 270] as const) {
        const turned = await turnAndSkew(page.clean, turn, turn === 0 ? 0 : 1.2);
        expect(detectOrientation(await decodeGrey(turned), page.dpi), `${id} turned ${turn}°`).toBe(undoTurn(turn));
      }
    }
  }, 180_000);

  it('leaves sparse pages (a short note, a signature) as they are rather than guess', async () => {
    for (const content of ['note', 'signature'] as const) {
      for (const seed of [1, 2]) {
        const cleaned = await cleanPage(await renderFixture({ seed, content, scanned: true }), { dpi: 300, output: 'gray' });
        expect(cleaned.rotation, `${content} ${seed}`).toBe(0);
        if (content === 'signature') expect(cleaned.deskewDeg).toBe(0);
      }
    }
  }, 180_000);

  it('keeps the page as fed when auto-orientation is off', async () => {
    const page = await cachedTestPage(SCANS[1]!);
    const cleaned = await cleanPage(page.scanned, { dpi: page.dpi, output: 'gray', autoOrient: false });
    expect(cleaned.rotation).toBe(0);
    expect(Math.abs(cleaned.deskewDeg - page.skewDeg)).toBeLessThanOrEqual(0.1);
  }, 180_000);
});
