import { describe, expect, it } from 'vitest';
import { cer, diacriticBlindCer, levenshtein, normalizeForCer, stripDiacritics, wer } from '../../support/cer';

describe('CER helpers', () => {
  it('computes Levenshtein distances by hand-checked examples', () => {
    expect(levenshtein([...'kitten'], [...'sitting'])).toBe(3);
    expect(levenshtein([...''], [...'abc'])).toBe(3);
    expect(levenshtein([...'flaw'], [...'lawn'])).toBe(2);
    expect(levenshtein(['a', 'b'], ['a', 'b'])).toBe(0);
  });

  it('normalises NFC, collapses whitespace incl. NBSP and newlines, trims', () => {
    expect(normalizeForCer('  Ủy\u00a0ban \n\n nhân\tdân ')).toBe('Ủy ban nhân dân');
    expect(normalizeForCer('Vie\u0302\u0323t')).toBe('Việt');
  });

  it('counts code points, not UTF-16 units or bytes, and compares NFD with NFC as equal', () => {
    expect(cer('Việt Nam', 'Việt Nam')).toBe(0);
    expect(cer('Vie\u0302\u0323t Nam', 'Việt Nam')).toBe(0);
    // "Viet Nam" vs "Việt Nam": one substitution (ệ→e) over 8 code points.
    expect(cer('Viet Nam', 'Việt Nam')).toBeCloseTo(1 / 8, 10);
    // Missing "ngày " (4 letters and a space): 5 deletions over 15 code points.
    const truth = 'ngày 15 tháng 3';
    expect([...truth].length).toBe(15);
    expect(cer('15 tháng 3', truth)).toBeCloseTo(5 / 15, 10);
    expect(cer('ngày 15  tháng\n3', truth)).toBe(0);
  });

  it('rates an empty truth 0 for empty output, 1 otherwise; output can exceed 1', () => {
    expect(cer('', '')).toBe(0);
    expect(cer('x', '')).toBe(1);
    expect(cer('abcdef', 'ab')).toBe(2);
  });

  it('diacritic-blind CER ignores tone marks and đ, not letters', () => {
    expect(stripDiacritics('Đồng đất Hà Nội')).toBe('Dong dat Ha Noi');
    expect(diacriticBlindCer('Uy ban nhan dan', 'Ủy ban nhân dân')).toBe(0);
    expect(diacriticBlindCer('ỷ ban', 'ỹ ban')).toBe(0);
    expect(cer('ỷ ban', 'ỹ ban')).toBeCloseTo(1 / 5, 10);
    expect(diacriticBlindCer('Uy bn', 'Ủy ban')).toBeCloseTo(1 / 6, 10);
  });

  it('word error rate over whitespace-separated words', () => {
    expect(wer('Số: 123/QĐ-UBND ngày 15', 'Số: 123/QĐ-UBND ngày 15')).toBe(0);
    expect(wer('Số 123/QĐ-UBND ngay 15', 'Số: 123/QĐ-UBND ngày 15')).toBeCloseTo(2 / 4, 10);
    expect(wer('a b', '')).toBe(1);
    expect(wer('a', 'a b c')).toBeCloseTo(2 / 3, 10);
  });
});
