import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, MAX_QUERY_TOKENS, queryTokens, requireQueryTokens } from '../../../electron/core/search/ftsQuery';
import { flattenText, foldAligned } from '../../../electron/core/search/foldAligned';
import { foldVietnamese } from '../../../electron/core/services/fold';
import { errorOf } from '../../integration/store/helpers';

describe('query tokens', () => {
  it('folds accents, đ and case the way the index does', () => {
    expect(queryTokens('Quyết Định')).toEqual(['quyet', 'dinh']);
    expect(queryTokens('ĐĂNG KÝ')).toEqual(['dang', 'ky']);
    expect(queryTokens('dang ky')).toEqual(['dang', 'ky']);
  });

  it('keeps only letters and digits: FTS5 syntax cannot survive', () => {
    expect(queryTokens('"quyết" OR *định* NEAR(a b) -xã ^c col:d')).toEqual(['quyet', 'or', 'dinh', 'near', 'a', 'b', 'xa', 'c', 'col', 'd']);
    expect(queryTokens('123/QĐ-UBND')).toEqual(['123', 'qd', 'ubnd']);
  });

  it('dedupes and caps the number of words', () => {
    expect(queryTokens('xã xa XÃ')).toEqual(['xa']);
    expect(queryTokens(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_QUERY_TOKENS);
  });

  it('quotes every token as a prefix term', () => {
    expect(ftsMatchExpression(['quyet', 'dinh'])).toBe('"quyet"* "dinh"*');
    expect(ftsMatchExpression(['a"b'])).toBe('"a""b"*');
  });

  it('refuses a query with nothing to look for', () => {
    for (const q of ['"', '*', '-', '()', '" * - ^ :']) {
      expect(errorOf(() => requireQueryTokens(q))?.code).toBe('search/invalid-query');
    }
  });
});

describe('foldAligned', () => {
  const samples = [
    'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
    'Quyết định về việc cấp Giấy chứng nhận quyền sử dụng đất, Đăng ký khai sinh',
    'Ông Nguyễn Văn Hùng, sinh ngày 12 tháng 8 năm 1978 — “trích lục” ½ ﬁ',
  ];

  it('keeps every offset: one unit for one', () => {
    for (const s of samples) expect(foldAligned(s)).toHaveLength(s.length);
  });

  it('matches foldVietnamese on flattened NFC text', () => {
    for (const s of samples) expect(foldAligned(flattenText(s))).toBe(foldVietnamese(s));
    expect(foldAligned(flattenText('  Quyết \n\n  định\t'))).toBe(foldVietnamese('  Quyết \n\n  định\t'));
  });

  it('folds NFD input once flattened to NFC', () => {
    const nfd = 'Đăng ký'.normalize('NFD');
    expect(foldAligned(flattenText(nfd))).toBe('dang ky');
  });
});
