import { describe, expect, it } from 'vitest';
import { firstMatchOffset, makeSnippet } from '../../../electron/core/search/snippet';
import { foldAligned } from '../../../electron/core/search/foldAligned';

const PAGE = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật',
  'Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  '',
  'Xét đề nghị của Trưởng phòng Tư pháp tại Tờ trình số 57/TTr-TP ngày 03 tháng 3 năm 2026 về việc kiện toàn Bộ phận',
  'Một cửa và giao nhiệm vụ số hóa hồ sơ tiếp nhận trên địa bàn huyện.',
  '',
  'Điều 1. Ban hành kèm theo Quyết    định này Quy chế tiếp nhận, số hóa và trả kết quả giải quyết thủ tục hành chính',
  'tại Bộ phận Một cửa của Ủy ban nhân dân các xã, thị trấn thuộc huyện Đông Anh.',
].join('\n');

describe('snippets', () => {
  it('cuts 80–120 characters of the original text around the first match, diacritics kept', () => {
    const s = makeSnippet(PAGE, ['quyet', 'dinh']);
    expect(s).toContain('Quyết định này');
    expect(s.length).toBeGreaterThanOrEqual(80);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s).not.toMatch(/\s{2,}|\n/);
  });

  it('starts at a word boundary (no half words)', () => {
    const s = makeSnippet(PAGE, ['kien']);
    const body = s.replace(/^…/, '').replace(/…$/, '');
    expect(PAGE.replace(/\s+/g, ' ')).toContain(body);
    const flat = PAGE.replace(/\s+/g, ' ');
    const at = flat.indexOf(body);
    expect(at === 0 || flat[at - 1] === ' ').toBe(true);
    expect(s).toContain('kiện toàn');
  });

  it('finds words by prefix at a word start only', () => {
    const folded = foldAligned('Ủy ban nhân dân; đăng ký');
    expect(firstMatchOffset(folded, ['dang'])).toBe(17);
    expect(firstMatchOffset(folded, ['an'])).toBe(-1);
  });

  it('prefers the passage where most query words meet', () => {
    const folded = foldAligned('ỦY BAN NHÂN DÂN XÃ VÂN NỘI và nhiều chữ khác ở giữa cho đủ xa, rất xa, thật là xa nữa đấy. Vân Nội, ngày 15 tháng 3');
    expect(firstMatchOffset(folded, ['van', 'noi', 'ngay', '15'])).toBe(folded.indexOf('van noi, ngay'));
    expect(firstMatchOffset(folded, ['van', 'noi'])).toBe(folded.indexOf('van noi'));
  });

  it('keeps a full-length snippet for a match at the end of the page', () => {
    const s = makeSnippet(PAGE, ['dong', 'anh']);
    expect(s).toContain('Đông Anh.');
    expect(s.length).toBeGreaterThanOrEqual(80);
    expect(s.endsWith('…')).toBe(false);
  });

  it('returns a short page whole', () => {
    expect(makeSnippet('  Giấy   khai sinh\n', ['khai'])).toBe('Giấy khai sinh');
  });
});
