import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../electron/core/ocr/OcrTypes';
import { bmpCodeUnits, textLayerOperators } from '../../../electron/core/pdf/textLayer';

const FONT = PDFName.of('OCR');
/** A 300-dpi A4 page. */
const GEOMETRY = { pageHeightPt: (3508 * 72) / 300, ptPerPx: 72 / 300 };

function line(words: Array<[string, number, number]>, baseline = { x0: 100, y0: 300, x1: 1100, y1: 300 }, rowHeight = 50): OcrLine {
  return {
    bbox: { x0: 100, y0: 250, x1: 1100, y1: 310 },
    baseline,
    rowHeight,
    words: words.map(([text, x0, x1]) => ({ text, confidence: 90, bbox: { x0, y0: 255, x1, y1: 305 } })),
  };
}

const ops = (lines: OcrLine[]): string[] => textLayerOperators(lines, GEOMETRY, FONT).map((op) => op.toString());

describe('invisible text layer operators', () => {
  it('draws nothing for pages without words', () => {
    expect(ops([])).toEqual([]);
    expect(ops([line([['  ', 100, 200]])])).toEqual([]);
  });

  it('wraps the words in q BT 3 Tr … ET Q (render mode 3, no opacity)', () => {
    const out = ops([line([['Việt', 100, 300]])]);
    expect(out.slice(0, 3)).toEqual(['q', 'BT', '3 Tr']);
    expect(out.slice(-2)).toEqual(['ET', 'Q']);
    expect(out.join('\n')).not.toMatch(/\bgs\b|\/CA|\/ca/);
  });

  it('sizes the font from the row height and stretches each word over its box with Tz', () => {
    const out = ops([line([['Việt', 100, 300], ['Nam', 340, 460]])]);
    const size = 0.8 * 50 * GEOMETRY.ptPerPx; // 9.6 pt
    expect(out).toContain(`/OCR ${size} Tf`);
    // 200 px = 48 pt over 4 glyphs of 0.5 em → Tz = 100 × 48 / (4 × 0.5 × 9.6) = 250.
    // 120 px = 28.8 pt over 3 glyphs → Tz = 200.
    expect(out.filter((op) => op.endsWith('Tz'))).toEqual(['250 Tz', '200 Tz']);
  });

  it('puts each word on the baseline under its left edge, y flipped to PDF space', () => {
    const tm = ops([line([['Đặt', 400, 520]])]).find((op) => op.endsWith('Tm'))!;
    const [a, b, c, d, e, f] = tm.split(' ').map(Number);
    expect([a, b, c, d]).toEqual([1, 0, 0, 1]);
    expect(e).toBeCloseTo(400 * GEOMETRY.ptPerPx, 3);
    expect(f).toBeCloseTo(GEOMETRY.pageHeightPt - 300 * GEOMETRY.ptPerPx, 3);
  });

  it('rotates the text matrix along a tilted baseline (falling to the right = clockwise)', () => {
    const tilted = line([['chữ', 600, 700]], { x0: 100, y0: 300, x1: 1100, y1: 317.5 });
    const tm = ops([tilted]).find((op) => op.endsWith('Tm'))!;
    const [a, b, c, d, , f] = tm.split(' ').map(Number);
    const angle = Math.atan2(17.5, 1000);
    expect(a).toBeCloseTo(Math.cos(angle), 3);
    expect(b).toBeCloseTo(-Math.sin(angle), 3);
    expect(c).toBeCloseTo(Math.sin(angle), 3);
    expect(d).toBeCloseTo(Math.cos(angle), 3);
    // Baseline y under x = 600: 300 + 500 × 0.0175 = 308.75 px.
    expect(f).toBeCloseTo(GEOMETRY.pageHeightPt - 308.75 * GEOMETRY.ptPerPx, 2);
  });

  it('writes NFC UTF-16BE hex with a trailing space, one glyph per code unit', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const tj = ops([line([[decomposed, 100, 300]])]).find((op) => op.endsWith('Tj'))!;
    const hex = [...'Nguyễn '.normalize('NFC')].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
    expect(tj).toBe(`<${hex}> Tj`);
  });

  it('replaces characters outside the BMP (the ToUnicode map skips surrogates)', () => {
    expect(bmpCodeUnits('a😀ệ')).toEqual([0x61, 0xfffd, 0x1ec7]);
  });
});
