import { describe, expect, it } from 'vitest';
import { scrub, scrubDeep } from '../../../../electron/core/logging/scrub';

describe('scrub', () => {
  it('masks 12-digit personal IDs like maskPersonalId', () => {
    expect(scrub('personalId=001099012345 rejected')).toBe('personalId=001*******45 rejected');
    expect(scrub('"personalId":"079203001234"')).toBe('"personalId":"079*******34"');
  });

  it('replaces 9-digit CMND numbers', () => {
    expect(scrub('CMND 012345678, cấp 2010')).toBe('CMND [CMND], cấp 2010');
  });

  it('replaces Vietnamese phone numbers in common spellings', () => {
    for (const phone of ['0912345678', '0912 345 678', '091.234.5678', '+84912345678', '+84 912 345 678', '024 3812 3456', '02438123456']) {
      expect(scrub(`gọi ${phone} nhé`)).toBe('gọi [SĐT] nhé');
    }
  });

  it('replaces e-mail addresses', () => {
    expect(scrub('gửi tới nguyen.van.anh+hs@thainguyen.gov.vn.')).toBe('gửi tới [email].');
  });

  it('replaces names after fullName / hoTen keys in JSON-ish text', () => {
    expect(scrub('{"fullName":"Nguyễn Văn Ánh","role":"staff"}')).toBe('{"fullName":"[họ tên]","role":"staff"}');
    expect(scrub("hoTen='Trần Thị Bình' ok")).toBe('hoTen="[họ tên]" ok');
    expect(scrub('applicant_full_name: Lê Văn C, phone')).toBe('applicant_full_name: "[họ tên]", phone');
    expect(scrub('{"fullName":"Nguyễn \\"Út\\" Ánh"}')).toBe('{"fullName":"[họ tên]"}');
  });

  it('leaves dossier codes, hashes, timestamps, versions and small numbers alone', () => {
    const safe = [
      'H55.242-260310-010001',
      'H55.242-260310-0100010',
      'sha256 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8',
      'sha256 000000000000000000000000000000000000000000000000000000000000abcd',
      'a1b2c3123456789012d4e5f6',
      '2026-03-10T02:00:00.000Z',
      'v0.3.1 build 20260310',
      'scanned 300 dpi, 42 pages, 0.123456789 s',
      'job 3f2b9c1e-0a4d-4b1f-9c3e-123456789012',
      'epson2:libusb:001:004',
    ];
    for (const s of safe) expect(scrub(s)).toBe(s);
  });

  it('scrubs strings deep inside values but not numbers', () => {
    expect(scrubDeep({ a: ['0912345678'], n: 123456789, b: { c: 'x 001099012345' } })).toEqual({ a: ['[SĐT]'], n: 123456789, b: { c: 'x 001*******45' } });
  });
});
