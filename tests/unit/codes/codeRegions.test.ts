import { describe, expect, it } from 'vitest';
import { findCodeRegions } from '../../../electron/core/codes/codeRegions';

const DPI = 150;
const W = 1240;
const H = 1754;

/** A white 150-dpi page (luma 255); ink is drawn at 0 and read at threshold 128. */
function mask(): Uint8Array {
  return new Uint8Array(W * H).fill(255);
}

function fill(ink: Uint8Array, x: number, y: number, w: number, h: number): void {
  for (let row = y; row < y + h; row++) ink.fill(0, row * W + x, row * W + x + w);
}

const inch = (v: number) => Math.round(v * DPI);

describe('findCodeRegions', () => {
  it('finds upright bars (a linear code) with room around them', () => {
    const ink = mask();
    for (let i = 0; i < 30; i++) fill(ink, 600 + i * 6, 300, i % 3 === 0 ? 4 : 2, inch(0.4));
    const regions = findCodeRegions(ink, 128, W, H, DPI);
    expect(regions).toHaveLength(1);
    const r = regions[0]!;
    expect(r.x).toBeLessThan(600 - inch(0.2));
    expect(r.x + r.width).toBeGreaterThan(600 + 30 * 6 + inch(0.2));
    expect(r.y).toBeLessThan(300);
    expect(r.y + r.height).toBeGreaterThan(300 + inch(0.4));
  });

  it('finds turned bars (horizontal) and the solid L of a DataMatrix', () => {
    const ink = mask();
    for (let i = 0; i < 20; i++) fill(ink, 200, 1000 + i * 6, inch(0.5), 2);
    fill(ink, 900, 1200, 3, inch(0.3));
    fill(ink, 900, 1200 + inch(0.3), inch(0.3), 3);
    const regions = findCodeRegions(ink, 128, W, H, DPI);
    expect(regions.some((r) => r.x <= 200 && r.y <= 1000 && r.x + r.width >= 200 + inch(0.5))).toBe(true);
    expect(regions.some((r) => r.x <= 900 && r.y <= 1200 && r.x + r.width >= 900 + inch(0.3))).toBe(true);
  });

  it('ignores text-sized strokes and a thick dark scanner edge', () => {
    const ink = mask();
    // Lines of "glyphs": strokes up to 0.15″ tall, 2–3 px wide, rows 0.25″ apart.
    for (let line = 0; line < 40; line++) {
      for (let x = 150; x < 1100; x += 9) fill(ink, x, 200 + line * inch(0.25), 2 + (x % 2), inch(x % 5 === 0 ? 0.15 : 0.08));
    }
    fill(ink, 0, 0, inch(0.3), H); // dark edge along the left side
    fill(ink, 0, 0, W, inch(0.25)); // and the top
    expect(findCodeRegions(ink, 128, W, H, DPI)).toEqual([]);
  });

  it('ignores long rules, straight or skewed, except maybe near their ends (a table is not one big candidate)', () => {
    const ink = mask();
    fill(ink, 100, 300, inch(5), 3); // straight rule, 5″
    fill(ink, 600, 400, 3, inch(4)); // straight vertical rule, 4″
    // A 3-px rule 6.7″ long, skewed 1.7°: each row holds a piece of ~100 px that goes on in the next row.
    for (let x = 100; x < 1100; x++) fill(ink, x, 800 + Math.floor((x - 100) * 0.03), 1, 3);
    const regions = findCodeRegions(ink, 128, W, H, DPI);
    const covers = (x: number, y: number) => regions.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
    expect(covers(100 + inch(2.5), 301)).toBe(false);
    expect(covers(601, 400 + inch(2))).toBe(false);
    expect(covers(600, 815)).toBe(false);
  });
});
