import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../electron/core/ocr/OcrTypes';
import { buildTermDictionary, loadTermDictionary, postCorrect } from '../../../electron/core/ocr';
import { parseSyllable } from '../../../electron/core/ocr/vietnameseSyllable';
import { BODIES, MOTTO, NATION, PARAGRAPHS, PLACES, SIGNERS, TITLES } from '../../support/testPages/corpus';

/** OCR-shaped lines from text: one line per '\n', one word per space, boxes laid out left to right. */
function linesOf(text: string): OcrLine[] {
  return text.split('\n').map((line, row) => ({
    bbox: { x0: 0, y0: row * 60, x1: 2000, y1: row * 60 + 50 },
    baseline: { x0: 0, y0: row * 60 + 40, x1: 2000, y1: row * 60 + 40 },
    rowHeight: 50,
    paragraph: row,
    words: line.split(' ').map((word, i) => ({ text: word, confidence: 90, bbox: { x0: i * 100, y0: row * 60, x1: i * 100 + 90, y1: row * 60 + 50 } })),
  }));
}

function textOf(lines: OcrLine[]): string {
  return lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n');
}

function corrected(text: string): string {
  return textOf(postCorrect(linesOf(text)).lines);
}

describe('postCorrect', () => {
  it('fixes misread tones and modifiers inside administrative terms', () => {
    expect(corrected('Quyêt đinh số 15/QĐ-UBND')).toBe('Quyết định số 15/QĐ-UBND');
    expect(corrected('Uỷ ban nhân dần xã An Bình')).toBe('Ủy ban nhân dân xã An Bình');
    expect(corrected('Độc lập - Tư do - Hạnh phục')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(corrected('Căn cứ Nghi đinh số 23/2015/NĐ-CP')).toBe('Căn cứ Nghị định số 23/2015/NĐ-CP');
    expect(corrected('giấy chứng nhân quyên sử dụng đât')).toBe('giấy chứng nhận quyền sử dụng đất');
    expect(corrected('đăng ký khai sính')).toBe('đăng ký khai sinh');
    expect(corrected('đăng kỷ kết hỏn')).toBe('đăng ký kết hôn');
    // A breve is never added: "đang ký" (is signing) is everyday Vietnamese.
    expect(corrected('đang ký kết hôn')).toBe('đang ký kết hôn');
  });

  it('fixes look-alike glyphs (l/I/1, rn/m) and keeps the OCR letter case', () => {
    expect(corrected('Iuật Đất đai')).toBe('Luật Đất đai');
    expect(corrected('CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NARN')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(corrected('QUYÊT ĐINH')).toBe('QUYẾT ĐỊNH');
    expect(corrected('quyêt đinh')).toBe('quyết định');
  });

  it('normalises tone placement (Uỷ → Ủy, hoà → hòa) only inside dictionary terms', () => {
    expect(corrected('Cộng hoà, Thanh Hoá')).toBe('Cộng hòa, Thanh Hóa');
    expect(corrected('người được uỷ quyền')).toBe('người được ủy quyền');
    // Outside a term the clerk's or the document's spelling is not ours to change.
    expect(corrected('nước hoà tan, thuỷ triều')).toBe('nước hoà tan, thuỷ triều');
  });

  it('keeps punctuation around a fixed word and reports each change', () => {
    const { lines, corrections } = postCorrect(linesOf('Căn cứ (Quyêt đinh), và\nUỷ ban nhân dân'));
    expect(textOf(lines)).toBe('Căn cứ (Quyết định), và\nỦy ban nhân dân');
    expect(corrections).toEqual([
      { line: 0, word: 2, from: '(Quyêt', to: '(Quyết' },
      { line: 0, word: 3, from: 'đinh),', to: 'định),' },
      { line: 1, word: 0, from: 'Uỷ', to: 'Ủy' },
    ]);
  });

  it('leaves correct Vietnamese and words not near a term byte-identical', () => {
    const text = [
      'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014; Nghị định số 123/2015/NĐ-CP;',
      'Ông Nguyễn Văn An đang ký hợp đồng, công ty tăng cho người lao động mức lương mới.',
      'Trời mưa dần dần, đinh sắt, nhân dịp, ngày mai lại quyết tâm đi sớm.',
      'Giấy chứng nhận quyền sử dụng đất số CS 01234 cấp cho hộ gia đình.',
      'Số hóa kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa.',
    ].join('\n');
    const input = linesOf(text);
    const { lines, corrections } = postCorrect(input);
    expect(corrections).toEqual([]);
    expect(Buffer.from(textOf(lines))).toEqual(Buffer.from(text));
    expect(lines).toEqual(input);
  });

  it('changes nothing in the test-page corpus (administrative prose written correctly)', () => {
    const text = [NATION, MOTTO, ...BODIES, ...TITLES, ...PLACES, ...SIGNERS, ...PARAGRAPHS].join('\n');
    const { lines, corrections } = postCorrect(linesOf(text));
    expect(corrections).toEqual([]);
    expect(textOf(lines)).toBe(text);
  });

  it('refuses a term when the words need more than typical confusions', () => {
    expect(corrected('Quyền định')).toBe('Quyền định'); // another syllable, not a misread "Quyết"
    expect(corrected('Nghỉ dính')).toBe('Nghỉ dính'); // three fixes for two words: over the phrase budget
    expect(corrected('Quyết đinh')).toBe('Quyết định');
  });

  it('returns NFC words even when the OCR gave NFD', () => {
    const nfd = 'Quyêt đinh'.normalize('NFD');
    const out = corrected(nfd);
    expect(out).toBe('Quyết định');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('term dictionary', () => {
  it('is versioned, NFC and large enough', () => {
    const dictionary = loadTermDictionary();
    expect(dictionary.version).toBe('2026-11');
    expect(dictionary.terms.length).toBeGreaterThanOrEqual(150);
    for (const term of dictionary.terms) expect(term.text).toBe(term.text.normalize('NFC'));
    const texts = dictionary.terms.map((t) => t.text);
    for (const required of ['Ủy ban nhân dân', 'Nghị định', 'Quyết định', 'Thông tư', 'chứng thực', 'hộ tịch', 'khai sinh', 'đăng ký', 'giấy chứng nhận', 'quyền sử dụng đất']) {
      expect(texts).toContain(required);
    }
  });

  it('rejects single-syllable terms and non-NFC spellings', () => {
    expect(() => buildTermDictionary('t', ['định'])).toThrow(/hai tiếng/);
    expect(() => buildTermDictionary('t', ['Quyết định'.normalize('NFD')])).toThrow(/NFC/);
  });

  it('uses a caller-supplied dictionary', () => {
    const dictionary = buildTermDictionary('test', ['Trạm Số hóa']);
    expect(textOf(postCorrect(linesOf('Tram Sô hoá'), dictionary).lines)).toBe('Trạm Số hóa');
    expect(textOf(postCorrect(linesOf('Quyêt đinh'), dictionary).lines)).toBe('Quyêt đinh');
  });

  it('sees tone placement as one syllable', () => {
    expect(parseSyllable('Uỷ')).toEqual(parseSyllable('Ủy'));
    expect(parseSyllable('hoà')).toEqual(parseSyllable('hòa'));
  });
});
