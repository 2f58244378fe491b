import { describe, expect, it } from 'vitest';
import { linesFromHocr } from '../../../electron/core/ocr/hocr';
import { textOfLines } from '../../../electron/core/ocr/ocrText';

// The element shapes Tesseract 5.3 writes (quotes, title fields), with words that need entity decoding and NFC.
const HOCR = `
  <div class='ocr_carea' id='block_1_1' title="bbox 201 150 1270 332">
   <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 201 150 1270 332">
    <span class='ocr_line' id='line_1_1' title="bbox 201 150 1091 220; baseline 0.01 -22; x_size 53.468353; x_descenders 5.4683542; x_ascenders 12">
     <span class='ocrx_word' id='word_1_1' title='bbox 201 151 277 220; x_wconf 96'>${'Ủy'.normalize('NFD')}</span>
     <span class='ocrx_word' id='word_1_2' title='bbox 292 162 403 198; x_wconf 95'>A&amp;B</span>
     <span class='ocrx_word' id='word_1_3' title='bbox 419 150 573 220; x_wconf 91'><strong>&lt;x&gt;</strong></span>
    </span>
   </p>
   <p class='ocr_par' id='par_1_2' lang='vie' title="bbox 201 250 1270 332">
    <span class='ocr_header' id='line_1_2' title="bbox 202 250 1270 300; baseline 0 -8; x_size 51; x_descenders 5; x_ascenders 10">
     <span class='ocrx_word' id='word_1_4' title='bbox 202 250 351 300; x_wconf 88'>Hai</span>
     <span class='ocrx_word' id='word_1_5' title='bbox 360 250 380 300; x_wconf 0'> </span>
    </span>
    <span class='ocr_line' id='line_1_3' title="bbox 202 310 1270 330; baseline 0 0; x_size 20; x_descenders 5; x_ascenders 10">
     <span class='ocrx_word' id='word_1_6' title='bbox 202 310 351 330; x_wconf 70'>04a/ÐK</span>
    </span>
   </p>
  </div>`;

describe('linesFromHocr', () => {
  const lines = linesFromHocr(HOCR);

  it('reads lines, words, confidences and boxes in reading order, NFC, entity-decoded, Ð → Đ', () => {
    expect(lines.map((l) => l.words.map((w) => w.text))).toEqual([['Ủy', 'A&B', '<x>'], ['Hai'], ['04a/ĐK']]);
    expect(lines[0]?.words[0]).toEqual({ text: 'Ủy'.normalize('NFC'), confidence: 96, bbox: { x0: 201, y0: 151, x1: 277, y1: 220 } });
    expect(lines.map((l) => l.paragraph)).toEqual([0, 1, 1]);
    expect(textOfLines(lines)).toBe('Ủy A&B <x>\n\nHai\n04a/ĐK'); // Icelandic Ð (a misread Đ) mapped to Đ
  });

  it('turns baseline slope/offset into end points and x_size into the row height', () => {
    expect(lines[0]?.baseline).toEqual({ x0: 201, y0: 198, x1: 1091, y1: Math.round(198 + 0.01 * 890) });
    expect(lines[0]?.rowHeight).toBeCloseTo(53.47, 2);
    expect(lines[1]?.baseline).toEqual({ x0: 202, y0: 292, x1: 1270, y1: 292 });
  });
});
