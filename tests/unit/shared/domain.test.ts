import { describe, expect, it } from 'vitest';
import { parseDossierCode } from '../../../electron/shared/domain/dossierCode';
import { checkPersonalId, maskPersonalId } from '../../../electron/shared/domain/personalId';

describe('dossier codes (VN-ID-01/02)', () => {
  it('parses the legacy format and its truncated variants', () => {
    expect(parseDossierCode('000.00.01.H29-260310-0420')).toMatchObject({ format: 'legacy', agencyCode: '000.00.01.H29', receiptDate: '2026-03-10', sequence: '0420' });
    expect(parseDossierCode('38.98.H29-210519-0013')).toMatchObject({ format: 'legacy', receiptDate: '2021-05-19' });
  });
  it('parses the 2026 centralised format with platform digits and a sequence of 4 or more digits', () => {
    expect(parseDossierCode('H55.242-260125-010001')).toMatchObject({ format: 'centralised-2026', agencyCode: 'H55.242', platformDigits: '01', sequence: '0001' });
    expect(parseDossierCode('G06.01-260301-0212345')?.sequence).toBe('12345');
  });
  it('rejects the illustrative receipt sample, impossible dates and free text', () => {
    expect(parseDossierCode('H55.242-251120-0001')).toBeNull();
    expect(parseDossierCode('000.00.01.H29-261340-0420')).toBeNull();
    expect(parseDossierCode('hồ sơ 1')).toBeNull();
    expect(parseDossierCode('Z01.1-260101-010001')).toBeNull();
  });
});

describe('personal ID (VN-ID-06)', () => {
  it('accepts a well-formed number and derives sex and birth year', () => {
    expect(checkPersonalId('001099012345')).toEqual({ ok: true, value: { provinceCode: '001', sex: 'male', birthYear: 1999 } });
    expect(checkPersonalId('079305000123')).toEqual({ ok: true, value: { provinceCode: '079', sex: 'female', birthYear: 2005 } });
  });
  it('names the problem of a bad number', () => {
    expect(checkPersonalId('12345')).toEqual({ ok: false, problem: 'format' });
    expect(checkPersonalId('003099012345')).toEqual({ ok: false, problem: 'province' });
    expect(checkPersonalId('001899012345')).toEqual({ ok: false, problem: 'century' });
    expect(checkPersonalId('001299012345', { now: new Date('2026-11-23') })).toEqual({ ok: false, problem: 'century' });
    expect(checkPersonalId('001099012345', { birthYear: 1998 })).toEqual({ ok: false, problem: 'birth-year-mismatch' });
  });
  it('masks a number for display', () => {
    expect(maskPersonalId('001099012345')).toBe('001*******45');
  });
});
