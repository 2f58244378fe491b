import { describe, expect, it } from 'vitest';
import { isoDate, parseDateInput } from '../../../electron/core/metadata/dates';
import { extractMetadata } from '../../../electron/core/metadata/extractMetadata';

const now = new Date('2026-11-23T00:00:00Z');
const field = (text: string, name: keyof ReturnType<typeof extractMetadata>) => extractMetadata(text, { now })[name];

describe('dates', () => {
  it('validates calendar days', () => {
    expect(isoDate(2026, 3, 15)).toBe('2026-03-15');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2026, 2, 29)).toBeNull();
    expect(isoDate(2026, 13, 1)).toBeNull();
    expect(isoDate(1800, 1, 1)).toBeNull();
  });

  it('parses what a clerk types', () => {
    expect(parseDateInput('2026-03-15')).toBe('2026-03-15');
    expect(parseDateInput('15/3/2026')).toBe('2026-03-15');
    expect(parseDateInput('15-03-2026')).toBe('2026-03-15');
    expect(parseDateInput('ngày 15 tháng 3 năm 2026')).toBe('2026-03-15');
    expect(parseDateInput('31/02/2026')).toBeNull();
    expect(parseDateInput('2026-3-15')).toBeNull();
    expect(parseDateInput('mai')).toBeNull();
  });
});

describe('number and symbol (soKyHieu)', () => {
  it.each([
    ['Số: 123/QĐ-UBND', '123/QĐ-UBND'],
    ['Số:123/QĐ-UBND', '123/QĐ-UBND'],
    ['Số : 123 / QĐ-UBND', '123/QĐ-UBND'],
    ['SỐ: 01/2023/TT-VPCP', '01/2023/TT-VPCP'],
    ['Số 7/BC-UBND Hà Nội, ngày 2 tháng 3 năm 2026', '7/BC-UBND'],
    ['Số: 57/TTr-TP', '57/TTr-TP'],
    ['- Số: 12/QD-UBND', '12/QĐ-UBND'],
    ['So: 45/2026/ND-CP', '45/2026/NĐ-CP'],
  ])('%s → %s', (line, expected) => {
    expect(field(line, 'soKyHieu')).toBe(expected);
  });

  it('ignores numbers of other documents cited in the text and register numbers without a symbol', () => {
    expect(field('Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015;', 'soKyHieu')).toBeUndefined();
    expect(field('Quyển số: 01/2026\nSố: 85', 'soKyHieu')).toBeUndefined();
  });
});

describe('issue date (ngayCap)', () => {
  it('prefers the place-and-date line over legal bases and births', () => {
    const text = 'Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;\nÔng A, sinh ngày 12 tháng 8 năm 1980\nĐông Anh, ngày 3 tháng 02 năm 2026';
    expect(field(text, 'ngayCap')).toBe('2026-02-03');
  });

  it('skips a date that does not exist and tolerates OCR-split digits', () => {
    expect(field('Hà Nội, ngày 31 tháng 2 năm 2026', 'ngayCap')).toBeUndefined();
    expect(field('Hà Nội, ngày 1 5 tháng 3 năm 2 026', 'ngayCap')).toBe('2026-03-15');
    expect(field('Ha Noi,ngay15thang3nam2026', 'ngayCap')).toBe('2026-03-15');
  });

  it('takes a labelled issue date', () => {
    expect(field('Ngày cấp: 20/04/2021', 'ngayCap')).toBe('2021-04-20');
  });
});

describe('validity end (thoiHanHieuLuc)', () => {
  it.each([
    ['Giấy phép này có hiệu lực đến hết ngày 14 tháng 3 năm 2029.', '2029-03-14'],
    ['Giấy chứng nhận có hiệu lực từ ngày 15/3/2026 đến ngày 15/3/2031.', '2031-03-15'],
    ['Chứng chỉ có giá trị sử dụng\nđến ngày 31/12/2030.', '2030-12-31'],
    ['GIAY PHEP CO HIEU LUC DEN NGAY 01 THANG 6 NAM 2027', '2027-06-01'],
  ])('%s → %s', (text, expected) => {
    expect(field(text, 'thoiHanHieuLuc')).toBe(expected);
  });

  it('leaves it empty for "có hiệu lực kể từ ngày ký" and a start date', () => {
    expect(field('Quyết định này có hiệu lực kể từ ngày ký. Hộ ông A được xây dựng đến ngày 1 tháng 5 năm 2026.', 'thoiHanHieuLuc')).toBeUndefined();
    expect(field('Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.', 'thoiHanHieuLuc')).toBeUndefined();
  });
});

describe('personal ID (maDinhDanh)', () => {
  it('takes a 12-digit number after a label when it passes the structure check', () => {
    expect(field('Số định danh cá nhân: 001099012345', 'maDinhDanh')).toBe('001099012345');
    expect(field('CCCD số 001.099.012.345', 'maDinhDanh')).toBe('001099012345');
    expect(field('Căn cước công dân: 0010990l2345', 'maDinhDanh')).toBe('001099012345');
    expect(field('Ông Nguyễn Văn Hùng, sinh năm 1978, số định danh cá nhân\n001078012345, nơi cư trú', 'maDinhDanh')).toBe('001078012345');
  });

  it('refuses numbers that fail the check or are not 12 digits', () => {
    expect(field('CCCD: 999099012345', 'maDinhDanh')).toBeUndefined(); // no such province
    expect(field('CCCD: 001899012345', 'maDinhDanh')).toBeUndefined(); // century digit 8
    expect(field('CMND số 012345678', 'maDinhDanh')).toBeUndefined(); // old 9-digit card
    expect(field('Số điện thoại 001099012345', 'maDinhDanh')).toBeUndefined(); // no ID label
    expect(field('CCCD: 0010990123456', 'maDinhDanh')).toBeUndefined(); // 13 digits
  });

  it('skips an invalid labelled number and takes the next valid one', () => {
    expect(field('CMND: 999999999999; CCCD: 079301001234', 'maDinhDanh')).toBe('079301001234');
  });
});

describe('title and subject (tenGiayTo, trichYeu)', () => {
  it('does not take a body paragraph after a normative title for its subject', () => {
    const text = 'QUYẾT ĐỊNH.\n\nKết quả kiểm tra cho thấy có 12 hồ sơ chưa được số hóa đầy đủ thành phần;\nđề nghị các đơn vị khắc phục trong thời hạn 05 ngày làm việc.';
    expect(extractMetadata(text, { now })).toEqual({ tenGiayTo: 'QUYẾT ĐỊNH' });
  });

  it('takes a plain subject that ends the text, and a "Về việc" subject of any length up to four lines', () => {
    expect(field('NGHỊ QUYẾT\nVề phát triển kinh tế - xã hội năm 2026', 'trichYeu')).toBe('Về phát triển kinh tế - xã hội năm 2026');
    expect(field('THÔNG TƯ\nHướng dẫn số hóa hồ sơ', 'trichYeu')).toBe('Hướng dẫn số hóa hồ sơ');
  });

  it('does not mistake a sentence of the body for a title when OCR lost the case', () => {
    expect(field('quyết định này có hiệu lực kể từ ngày ký.', 'tenGiayTo')).toBeUndefined();
    expect(field('Căn cứ Luật Hộ tịch;\nQUYẾT ĐỊNH:', 'tenGiayTo')).toBeUndefined();
  });
});
