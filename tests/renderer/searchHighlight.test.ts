import { describe, expect, it } from 'vitest';
import { fold, highlight } from '../../renderer/src/features/search/highlight';

const marked = (text: string, q: string) => highlight(text, q).filter((s) => s.match).map((s) => s.text);

describe('search snippet highlighting', () => {
  it('folds Vietnamese diacritics and đ like the search index', () => {
    expect(fold('Quyết định ĐĂNG KÝ')).toBe('quyet dinh dang ky');
  });
  it('marks an unaccented query in the accented snippet, keeping the original text', () => {
    const text = 'Căn cứ Quyết định số 15/QĐ-UBND về việc đăng ký khai sinh';
    expect(marked(text, 'quyet dinh')).toEqual(['Quyết định']);
    expect(highlight(text, 'quyet dinh').map((s) => s.text).join('')).toBe(text);
  });
  it('marks every word of the query wherever it occurs, in any case', () => {
    expect(marked('Giấy khai sinh; bản sao giấy khai sinh', 'GIAY sinh')).toEqual(['Giấy', 'sinh', 'giấy', 'sinh']);
  });
  it('handles decomposed (NFD) input without shifting the marks', () => {
    const nfd = 'Ủy ban nhân dân'.normalize('NFD');
    expect(marked(nfd, 'nhan dan').join(' ').normalize('NFC')).toBe('nhân dân');
  });
});
