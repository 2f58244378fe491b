import { describe, expect, it } from 'vitest';
import { detectPatchCode } from '../../../electron/core/codes/detectPatchCode';
import type { PatchCode } from '../../../electron/core/codes/types';
import type { RawImage } from '../../../electron/core/imaging/RawImage';

/** Kodak patterns from the leading edge, 1 = wide (0.20″), 0 = narrow (0.08″); written out here, not imported. */
const PATTERNS: Record<PatchCode, string> = { '1': '1100', '2': '1001', '3': '1010', '4': '0110', '6': '0011', T: '0101' };

interface BarsSpec {
  dpi: number;
  pattern: string;
  /** 'top': bars parallel to the top edge; 'left': parallel to the left edge. */
  edge?: 'top' | 'left';
  lengthInch?: number;
  marginInch?: number;
  narrowInch?: number;
  wideInch?: number;
  channels?: 1 | 3;
}

/** A clean half-letter page (5.5 × 8.5″) with the bars drawn pixel by pixel. */
function page(spec: BarsSpec): RawImage {
  const { dpi, pattern, edge = 'top', lengthInch = 3, marginInch = 0.3, narrowInch = 0.08, wideInch = 0.2, channels = 1 } = spec;
  const width = Math.round(5.5 * dpi);
  const height = Math.round(8.5 * dpi);
  const data = Buffer.alloc(width * height * channels, 235);
  const fill = (x: number, y: number, w: number, h: number) => {
    for (let row = Math.round(y); row < Math.round(y + h); row++) data.fill(30, (row * width + Math.round(x)) * channels, (row * width + Math.round(x + w)) * channels);
  };
  let offset = marginInch * dpi;
  const along = (edge === 'top' ? width : height) / 2 - (lengthInch * dpi) / 2;
  for (const bit of pattern) {
    const w = (bit === '1' ? wideInch : narrowInch) * dpi;
    if (edge === 'top') fill(along, offset, lengthInch * dpi, w);
    else fill(offset, along, w, lengthInch * dpi);
    offset += w + 0.08 * dpi;
  }
  return { data, width, height, channels };
}

const reversed = (s: string) => [...s].reverse().join('');

describe('detectPatchCode', () => {
  for (const dpi of [100, 150, 300]) {
    it.each(Object.keys(PATTERNS) as PatchCode[])(`reads Patch %s at ${dpi} dpi, bars along either edge`, (code) => {
      expect(detectPatchCode(page({ dpi, pattern: PATTERNS[code] }), dpi)).toBe(code);
      expect(detectPatchCode(page({ dpi, pattern: PATTERNS[code], edge: 'left' }), dpi)).toBe(code);
    });
  }

  it('reads a sheet fed from the other end as the reversed code (T ↔ 3, 1 ↔ 6, 2 and 4 unchanged)', () => {
    expect(detectPatchCode(page({ dpi: 150, pattern: reversed(PATTERNS.T) }), 150)).toBe('3');
    expect(detectPatchCode(page({ dpi: 150, pattern: reversed(PATTERNS['1']) }), 150)).toBe('6');
    expect(detectPatchCode(page({ dpi: 150, pattern: reversed(PATTERNS['2']) }), 150)).toBe('2');
    expect(detectPatchCode(page({ dpi: 150, pattern: reversed(PATTERNS['4']) }), 150)).toBe('4');
  });

  it('reads RGB input', () => {
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, channels: 3 }), 150)).toBe('T');
  });

  it('tolerates bars printed a little thin or thick', () => {
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, narrowInch: 0.06, wideInch: 0.17 }), 150)).toBe('T');
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, narrowInch: 0.1, wideInch: 0.24 }), 150)).toBe('T');
  });

  it('ignores bars shorter than 1″, bars touching the edge, and bars of the wrong widths', () => {
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, lengthInch: 0.8 }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, marginInch: 0 }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, narrowInch: 0.02, wideInch: 0.05 }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T, narrowInch: 0.2, wideInch: 0.5 }), 150)).toBeNull();
  });

  it('finds nothing where no pattern is a patch code, on an empty page, or on nonsense input', () => {
    expect(detectPatchCode(page({ dpi: 150, pattern: '0000' }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: '1111' }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: '' }), 150)).toBeNull();
    expect(detectPatchCode(page({ dpi: 150, pattern: PATTERNS.T }), 0)).toBeNull();
    expect(detectPatchCode({ data: Buffer.alloc(4), width: 2, height: 2, channels: 1 }, 150)).toBeNull();
  });
});
