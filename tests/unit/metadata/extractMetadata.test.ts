import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../electron/core/metadata/extractMetadata';
import { CONG_VAN, GIAY_CHUNG_NHAN, GIAY_KHAI_SINH, NGHI_DINH, QD_OCR_DUST, QD_UBND_XA, QD_UBND_XA_LOWER, QD_UBND_XA_NOISY } from './samples';

const now = new Date('2026-11-23T00:00:00Z');
const extract = (text: string) => extractMetadata(text, { now });

describe('extractMetadata on realistic documents', () => {
  it('reads a commune decision (both header columns on the same lines)', () => {
    expect(extract(QD_UBND_XA)).toEqual({
      coQuanCap: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
      soKyHieu: '123/QĐ-UBND',
      ngayCap: '2026-03-15',
      tenGiayTo: 'QUYẾT ĐỊNH',
      trichYeu: 'Về việc cấp Giấy phép xây dựng nhà ở riêng lẻ cho hộ ông Trần Văn Bình',
      maDinhDanh: '074080001234',
    });
  });

  it('reads the same decision from a noisy scan (no diacritics, spaced punctuation, spaced digits)', () => {
    expect(extract(QD_UBND_XA_NOISY)).toEqual({
      coQuanCap: 'UY BAN NHAN DAN XA AN BINH',
      soKyHieu: '123/QĐ-UBND',
      ngayCap: '2026-03-15',
      tenGiayTo: 'QUYET DINH',
      trichYeu: 'Ve viec cap Giay phep xay dung nha o rieng le cho ho ong Tran Van Binh',
      maDinhDanh: '074080001234',
    });
  });

  it('reads the same decision with the case lost and "l" read for "1"', () => {
    expect(extract(QD_UBND_XA_LOWER)).toEqual({
      coQuanCap: 'ủy ban nhân dân xã an bình',
      soKyHieu: '123/QĐ-UBND',
      ngayCap: '2026-03-15',
      tenGiayTo: 'quyết định',
      trichYeu: 'về việc cấp giấy phép xây dựng nhà ở riêng lẻ cho hộ ông trần văn bình',
      maDinhDanh: '074080001234',
    });
  });

  it('reads a header with scan dust read as punctuation, and leaves out a misread ID', () => {
    expect(extract(QD_OCR_DUST)).toEqual({
      coQuanCap: 'ỦY BAN NHÂN DẦN XÃ VÂN NỘI',
      soKyHieu: '123/QĐ-UBND',
      ngayCap: '2026-03-15',
      tenGiayTo: 'QUYẾT ĐỊNH',
    });
  });

  it('reads a birth certificate: no symbol, no subject, the registration date and the child\'s ID', () => {
    expect(extract(GIAY_KHAI_SINH)).toEqual({
      coQuanCap: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG HÒA, TỈNH BÌNH DƯƠNG',
      tenGiayTo: 'GIẤY KHAI SINH',
      ngayCap: '2026-01-10',
      maDinhDanh: '074326000123',
    });
  });

  it('reads a decree header: year in the number, two-line subject without "Về việc", no validity end', () => {
    expect(extract(NGHI_DINH)).toEqual({
      coQuanCap: 'CHÍNH PHỦ',
      soKyHieu: '45/2026/NĐ-CP',
      ngayCap: '2026-02-20',
      tenGiayTo: 'NGHỊ ĐỊNH',
      trichYeu: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch về đăng ký hộ tịch trên môi trường điện tử',
    });
  });

  it('reads a certificate whose right column came first, with a parent body and a validity end', () => {
    expect(extract(GIAY_CHUNG_NHAN)).toEqual({
      coQuanCap: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI - SỞ TƯ PHÁP',
      soKyHieu: '12/GCN-STP',
      ngayCap: '2026-01-05',
      tenGiayTo: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG VĂN PHÒNG CÔNG CHỨNG',
      thoiHanHieuLuc: '2030-12-31',
      maDinhDanh: '001080012345',
    });
  });

  it('reads a letter: subject from the "V/v" line, no title', () => {
    expect(extract(CONG_VAN)).toEqual({
      coQuanCap: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
      soKyHieu: '56/UBND-VP',
      ngayCap: '2026-04-02',
      trichYeu: 'V/v số hóa hồ sơ thủ tục hành chính',
    });
  });

  it('finds nothing in text that is not a document', () => {
    expect(extract('')).toEqual({});
    expect(extract('Lorem ipsum dolor sit amet.\nSố điện thoại: 0912345678')).toEqual({});
  });
});
