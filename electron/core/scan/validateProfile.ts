import type { ColorModeT } from '../../shared/contract/models';
import { PAPER_SIZES_MM, ScanProfileInput, type DeviceCapsT, type ScanProfileInputT } from '../../shared/contract/scanModels';
import { issuesText, issuesVi } from '../services/zodIssuesVi';

type Profile = ReturnType<typeof ScanProfileInput.parse>;

const COLOR_VI: Record<ColorModeT, string> = { color: 'màu', gray: 'xám', bw: 'đen trắng' };
const SOURCE_VI: Record<Profile['source'], string> = { feeder: 'khay nạp giấy (ADF)', flatbed: 'mặt kính', file: 'nhập từ tệp' };

// 2026-03: half a millimetre of slack; drivers round the scan area (Letter is 215.9 mm, many report 216).
const AREA_SLACK_MM = 0.5;

/** The offered resolution closest to `dpi` (ties go to the higher one: more detail is safer). */
export function nearestDpi(dpi: number, offered: readonly number[]): number | null {
  let best: number | null = null;
  for (const r of offered) {
    if (best === null || Math.abs(r - dpi) < Math.abs(best - dpi) || (Math.abs(r - dpi) === Math.abs(best - dpi) && r > best)) best = r;
  }
  return best;
}

function sourceProblems(p: Profile, caps: DeviceCapsT): string[] {
  const out: string[] = [];
  if (caps.sources.length > 0 && !caps.sources.includes(p.source)) {
    const offered = caps.sources.map((s) => SOURCE_VI[s]).join(', ');
    out.push(p.source === 'feeder'
      ? `Máy quét không có khay nạp giấy (ADF). Hãy chọn nguồn giấy: ${offered}.`
      : `Máy quét không hỗ trợ nguồn giấy “${SOURCE_VI[p.source]}”. Hãy chọn: ${offered}.`);
  }
  if (p.duplex && !caps.duplex) out.push('Máy quét không quét được hai mặt. Hãy tắt “quét hai mặt”.');
  else if (p.duplex && p.source !== 'feeder') out.push('Chỉ quét hai mặt được khi nạp giấy bằng khay nạp (ADF). Hãy tắt “quét hai mặt” hoặc chọn khay nạp.');
  return out;
}

function imageProblems(p: Profile, caps: DeviceCapsT): string[] {
  const out: string[] = [];
  // An empty list means the device does not constrain it (the folder driver: files carry their own DPI).
  const nearest = nearestDpi(p.dpi, caps.resolutions);
  if (nearest !== null && !caps.resolutions.includes(p.dpi)) {
    out.push(`Máy quét không hỗ trợ độ phân giải ${p.dpi} dpi. Độ phân giải gần nhất máy hỗ trợ: ${nearest} dpi.`);
  }
  if (caps.colorModes.length > 0 && !caps.colorModes.includes(p.colorMode)) {
    out.push(`Máy quét không hỗ trợ chế độ ${COLOR_VI[p.colorMode]}. Các chế độ máy hỗ trợ: ${caps.colorModes.map((c) => COLOR_VI[c]).join(', ')}.`);
  }
  if (p.outputProfile === 'bw-g4' && p.colorMode !== 'bw') {
    out.push(`Định dạng đầu ra đen trắng (G4) cần chế độ quét đen trắng, nhưng cấu hình đang quét ${COLOR_VI[p.colorMode]}.`);
  }
  return out;
}

function paperProblems(p: Profile, caps: DeviceCapsT): string[] {
  if (p.paperSize === 'auto' || caps.maxAreaMm === null) return [];
  const paper = PAPER_SIZES_MM[p.paperSize];
  const max = caps.maxAreaMm;
  const fits = (w: number, h: number): boolean => w <= max.width + AREA_SLACK_MM && h <= max.height + AREA_SLACK_MM;
  if (fits(paper.width, paper.height) || fits(paper.height, paper.width)) return [];
  return [`Khổ giấy ${p.paperSize} (${paper.width}×${paper.height} mm) lớn hơn vùng quét tối đa của máy (${max.width}×${max.height} mm). Hãy chọn khổ nhỏ hơn hoặc “tự động”.`];
}

function settingProblems(p: Profile): string[] {
  const out: string[] = [];
  if (p.separation.mode === 'fixed-count' && p.separation.pageCount === null) {
    out.push('Tách tài liệu theo số trang cố định cần số trang của mỗi tài liệu. Hãy nhập số trang.');
  }
  if (p.lockedFields.includes('device') && p.device === null) {
    out.push('Không thể khóa “máy quét” khi cấu hình chưa chọn máy quét cụ thể. Hãy chọn máy quét hoặc bỏ khóa.');
  }
  return out;
}

/**
 * Checks a profile against a device's capabilities before IT saves it for a desk. Returns Vietnamese problems
 * (empty = the device can scan with this profile). It never throws: a malformed profile comes back as its
 * schema problems, so the settings screen can list everything at once.
 */
export function validateProfileAgainstCaps(profile: ScanProfileInputT, caps: DeviceCapsT): string[] {
  const parsed = ScanProfileInput.safeParse(profile);
  if (!parsed.success) return issuesText(issuesVi(parsed.error)).split('\n');
  const p = parsed.data;
  if (caps.sources.length === 0 && caps.colorModes.length === 0) return ['Máy quét không báo khả năng quét. Hãy kiểm tra kết nối rồi thử lại.'];
  return [...sourceProblems(p, caps), ...imageProblems(p, caps), ...paperProblems(p, caps), ...settingProblems(p)];
}
