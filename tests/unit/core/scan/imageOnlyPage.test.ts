import { describe, expect, it } from 'vitest';
import { findSinglePageImage } from '../../../../electron/core/scan/drivers/folder/imageOnlyPage';

const A4 = { x: 0, y: 0, width: 595.2, height: 841.9 };
const find = (content: string) => findSinglePageImage(Buffer.from(content, 'latin1'), A4);

describe('findSinglePageImage', () => {
  it('finds the one image drawn over the page, through nested cm and a page-sized clip', () => {
    expect(find('q 595.2 0 0 841.9 0 0 cm /Im0 Do Q')?.name).toBe('Im0');
    expect(find('q 1 0 0 1 0 0 cm 0 0 595.2 841.9 re W n q 297.6 0 0 420.95 0 0 cm 2 0 0 2 0 0 cm /Im1 Do Q Q')?.name).toBe('Im1');
  });

  it('tolerates marked content, state operators and an invisible OCR layer with tricky strings', () => {
    const ocr = 'BT 3 Tr /F1 12 Tf 10 10 Td (a \\) b ( c ) d) Tj [<00ff> -20 (x)] TJ ET';
    expect(find(`/Artifact <</Type /Pagination>> BDC q 595.2 0 0 841.9 0 0 cm /Im0 Do Q EMC ${ocr} % comment Tj\n`)?.name).toBe('Im0');
  });

  it('refuses anything that paints more than the one image', () => {
    const draw = 'q 595.2 0 0 841.9 0 0 cm /Im0 Do Q ';
    expect(find(`${draw} BT /F1 12 Tf (visible) Tj ET`)).toBeNull();
    expect(find(`${draw} /Im0 Do`)).toBeNull();
    expect(find(`${draw} 0 0 m 100 100 l S`)).toBeNull();
    expect(find(`${draw} 10 10 50 50 re f`)).toBeNull();
    expect(find(`${draw} BI /W 1 /H 1 ID \u00ff EI`)).toBeNull();
    expect(find(`10 10 100 100 re W n ${draw}`)).toBeNull(); // the clip would hide most of the scan
  });

  it('refuses rotated, mirrored or partial images and an empty page', () => {
    expect(find('q 0 841.9 -595.2 0 595.2 0 cm /Im0 Do Q')).toBeNull();
    expect(find('q 595.2 0 0 -841.9 0 841.9 cm /Im0 Do Q')).toBeNull();
    expect(find('q 300 0 0 400 0 0 cm /Im0 Do Q')).toBeNull();
    expect(find('')).toBeNull();
  });
});
