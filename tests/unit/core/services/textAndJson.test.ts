import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/core/services/canonicalJson';
import { foldVietnamese, likePattern } from '../../../../electron/core/services/fold';

describe('foldVietnamese', () => {
  it('removes diacritics, folds đ and case, collapses spaces', () => {
    expect(foldVietnamese('  Nguyễn   Văn ĐẠT ')).toBe('nguyen van dat');
    expect(foldVietnamese('Chứng thực bản sao')).toBe('chung thuc ban sao');
    expect(foldVietnamese('Đăng ký khai tử')).toBe(foldVietnamese('dang ky khai tu'));
  });
  it('escapes LIKE wildcards in the query', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('is stable across a parse round trip', () => {
    const v = { at: new Date('2026-01-01T00:00:00Z'), n: 1.5, s: 'Hồ sơ', list: [null, true] };
    const once = canonicalJson(v);
    expect(canonicalJson(JSON.parse(once))).toBe(once);
    expect(once).toContain('"at":"2026-01-01T00:00:00.000Z"');
  });
});
