import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { markCapture } from '../../../../electron/core/scan/captureMarker';
import { BUILTIN_SCAN_DEFAULTS, resolveScanSettings, type ScanProfileLike } from '../../../../electron/core/scan/resolveScanSettings';

const SANE0 = { driver: 'sane' as const, id: 'test:0', name: 'Máy quét thử 0' };
const SANE1 = { driver: 'sane' as const, id: 'test:1', name: 'Máy quét thử 1' };
const profile: ScanProfileLike = { name: 'Một cửa – A4 màu', device: SANE0, source: 'feeder', duplex: true, dpi: 200, colorMode: 'gray', lockedFields: ['dpi', 'device'] };

describe('resolveScanSettings', () => {
  it('uses the built-in defaults without a profile, with the clerk\'s overrides on top', () => {
    expect(resolveScanSettings(null)).toEqual({ ...BUILTIN_SCAN_DEFAULTS, device: null, profileName: null });
    expect(BUILTIN_SCAN_DEFAULTS).toEqual({ source: 'feeder', dpi: 300, colorMode: 'color', duplex: false });
    expect(resolveScanSettings(null, { device: SANE1, source: 'flatbed', dpi: 600 })).toMatchObject({ device: SANE1, source: 'flatbed', dpi: 600, colorMode: 'color' });
  });

  it('takes the profile\'s values and allows overriding unlocked fields', () => {
    expect(resolveScanSettings(profile, { colorMode: 'color', duplex: false })).toEqual({
      device: SANE0, source: 'feeder', duplex: false, dpi: 200, colorMode: 'color', profileName: 'Một cửa – A4 màu',
    });
  });

  it('refuses overriding a locked field with profile/locked-field, but accepts the same value', () => {
    expect(() => resolveScanSettings(profile, { dpi: 600 })).toThrow(expect.objectContaining({ code: 'profile/locked-field', details: { field: 'dpi', profile: profile.name } }));
    expect(() => resolveScanSettings(profile, { device: SANE1 })).toThrow(/khóa máy quét/);
    expect(resolveScanSettings(profile, { dpi: 200, device: { ...SANE0, name: 'tên khác' } }).dpi).toBe(200);
  });

  it('refuses a file-import profile for a device scan', () => {
    expect(() => resolveScanSettings({ ...profile, source: 'file' })).toThrow(expect.objectContaining({ code: 'validation/input' }));
  });
});

describe('markCapture', () => {
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  for (const format of ['png', 'jpeg'] as const) {
    it(`gives two identical ${format} captures different hashes and leaves the pixels untouched`, async () => {
      const img = sharp({ create: { width: 40, height: 30, channels: 3, background: '#7a3' } });
      const bytes = new Uint8Array(await (format === 'png' ? img.png() : img.jpeg()).toBuffer());
      const a = markCapture(bytes, format, 'batch/job/1');
      const b = markCapture(bytes, format, 'batch/job/2');
      expect(sha(a)).not.toBe(sha(b));
      const [orig, marked] = await Promise.all([sharp(bytes).raw().toBuffer(), sharp(a).raw().toBuffer()]);
      expect(marked.equals(orig)).toBe(true);
      expect(Buffer.from(a).toString('latin1')).toContain('tram-so-hoa capture batch/job/1');
      expect((await sharp(a).metadata()).format).toBe(format);
    });
  }
});
