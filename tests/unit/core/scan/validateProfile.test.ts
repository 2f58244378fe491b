import { describe, expect, it } from 'vitest';
import { nearestDpi, validateProfileAgainstCaps } from '../../../../electron/core/scan/validateProfile';
import type { DeviceCapsT, ScanProfileInputT } from '../../../../electron/shared/contract/scanModels';

/** A typical one-stop desk scanner: ADF + flatbed, duplex, Legal-size area. */
const CAPS: DeviceCapsT = {
  sources: ['flatbed', 'feeder'], resolutions: [100, 200, 300, 600], colorModes: ['color', 'gray', 'bw'], duplex: true,
  maxAreaMm: { width: 216, height: 356 }, driverOptions: [],
};
const FLATBED_ONLY: DeviceCapsT = { ...CAPS, sources: ['flatbed'], duplex: false, colorModes: ['color', 'gray'], maxAreaMm: { width: 216, height: 297 } };
const FOLDER: DeviceCapsT = { sources: ['file'], resolutions: [], colorModes: ['color', 'gray', 'bw'], duplex: false, maxAreaMm: null, driverOptions: [] };
const base: ScanProfileInputT = { name: 'Một cửa' };

describe('validateProfileAgainstCaps', () => {
  it('accepts the defaults on a capable scanner', () => {
    expect(validateProfileAgainstCaps(base, CAPS)).toEqual([]);
    expect(validateProfileAgainstCaps({ ...base, source: 'flatbed', paperSize: 'Legal', duplex: false }, CAPS)).toEqual([]);
  });

  it('reports a missing feeder and duplex on a flatbed-only scanner', () => {
    const problems = validateProfileAgainstCaps({ ...base, duplex: true }, FLATBED_ONLY);
    expect(problems[0]).toMatch(/^Máy quét không có khay nạp giấy \(ADF\)\. Hãy chọn nguồn giấy: mặt kính\./);
    expect(problems[1]).toMatch(/không quét được hai mặt/);
  });

  it('refuses duplex from the flatbed even when the device has duplex', () => {
    expect(validateProfileAgainstCaps({ ...base, source: 'flatbed', duplex: true }, CAPS)).toEqual([expect.stringMatching(/Chỉ quét hai mặt được khi nạp giấy bằng khay nạp/)]);
  });

  it('suggests the nearest offered resolution', () => {
    expect(validateProfileAgainstCaps({ ...base, dpi: 400 }, CAPS)).toEqual(['Máy quét không hỗ trợ độ phân giải 400 dpi. Độ phân giải gần nhất máy hỗ trợ: 300 dpi.']);
    expect(nearestDpi(450, [300, 600])).toBe(600);
    expect(nearestDpi(150, [100, 200])).toBe(200);
    expect(nearestDpi(150, [])).toBeNull();
  });

  it('reports a colour mode the device lacks, listing what it offers', () => {
    expect(validateProfileAgainstCaps({ ...base, source: 'flatbed', colorMode: 'bw', outputProfile: 'bw-g4' }, FLATBED_ONLY))
      .toEqual(['Máy quét không hỗ trợ chế độ đen trắng. Các chế độ máy hỗ trợ: màu, xám.']);
  });

  it('reports a G4 output with a colour scan', () => {
    expect(validateProfileAgainstCaps({ ...base, outputProfile: 'bw-g4' }, CAPS)).toEqual([expect.stringMatching(/G4\) cần chế độ quét đen trắng/)]);
  });

  it('reports paper larger than the scan area; rotated fit and auto are fine', () => {
    expect(validateProfileAgainstCaps({ ...base, paperSize: 'A3' }, CAPS)).toEqual([expect.stringMatching(/^Khổ giấy A3 \(297×420 mm\) lớn hơn vùng quét tối đa của máy \(216×356 mm\)/)]);
    expect(validateProfileAgainstCaps({ ...base, source: 'flatbed', paperSize: 'Legal' }, FLATBED_ONLY)).toHaveLength(1);
    expect(validateProfileAgainstCaps({ ...base, paperSize: 'Letter' }, CAPS)).toEqual([]);
    expect(validateProfileAgainstCaps({ ...base, paperSize: 'A5' }, { ...CAPS, maxAreaMm: { width: 210, height: 150 } })).toEqual([]);
    expect(validateProfileAgainstCaps({ ...base, paperSize: 'auto' }, { ...CAPS, maxAreaMm: { width: 100, height: 100 } })).toEqual([]);
  });

  it('reports fixed-count separation without a page count, and a device lock without a device', () => {
    const problems = validateProfileAgainstCaps({ ...base, separation: { mode: 'fixed-count' }, lockedFields: ['device', 'dpi'] }, CAPS);
    expect(problems).toEqual([expect.stringMatching(/cần số trang của mỗi tài liệu/), expect.stringMatching(/Không thể khóa “máy quét”/)]);
    const device = { driver: 'sane' as const, id: 'epson2:libusb:001:004', name: 'Epson DS-530' };
    expect(validateProfileAgainstCaps({ ...base, device, separation: { mode: 'fixed-count', pageCount: 2 }, lockedFields: ['device'] }, CAPS)).toEqual([]);
  });

  it('treats an empty resolution list as unconstrained (folder import) but still checks the source', () => {
    expect(validateProfileAgainstCaps({ ...base, source: 'file', dpi: 450 }, FOLDER)).toEqual([]);
    expect(validateProfileAgainstCaps(base, FOLDER)).toEqual([expect.stringMatching(/^Máy quét không có khay nạp giấy \(ADF\)\. Hãy chọn nguồn giấy: nhập từ tệp\./)]);
  });

  it('returns schema problems with their paths instead of throwing', () => {
    const problems = validateProfileAgainstCaps({ name: '', dpi: 50, colorMode: 'rainbow' as 'color' }, CAPS);
    expect(problems).toContain('name: Đặt tên cho cấu hình quét.');
    expect(problems).toContain('dpi: nhỏ hơn giới hạn cho phép (tối thiểu 75).');
    expect(problems.find((p) => p.startsWith('colorMode: giá trị không được hỗ trợ'))).toBeDefined();
  });

  it('reports a device that reported no capabilities', () => {
    expect(validateProfileAgainstCaps(base, { ...CAPS, sources: [], colorModes: [] })).toEqual([expect.stringMatching(/không báo khả năng quét/)]);
  });
});
