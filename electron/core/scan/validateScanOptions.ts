import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../../shared/errors/AppError';
import type { ScanCaps } from './ScanCaps';
import type { ScanOptions, ValidDeviceScanOptions, ValidFolderScanOptions, ValidScanOptions } from './ScanOptions';

function invalid(message: string): AppError {
  return new AppError('validation/input', message);
}

function validateFolder(opts: ScanOptions): ValidFolderScanOptions {
  const paths = opts.paths ?? [];
  if (paths.length === 0) throw invalid('Chưa chọn tệp hoặc thư mục nào để nhập.');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paths) {
    if (typeof p !== 'string' || p.trim() === '') throw invalid('Đường dẫn tệp trống.');
    // Relative paths would depend on the process cwd, which differs between the app and the device host.
    const abs = isAbsolute(p) ? p : resolve(p);
    if (!seen.has(abs)) { seen.add(abs); out.push(abs); }
  }
  return { kind: 'folder', device: opts.device, paths: out, quarantine: opts.quarantine ?? null };
}

/** Picks the supported resolution closest to the request (ties go to the higher one: more detail is safer). */
function snapDpi(requested: number, supported: readonly number[]): number {
  let best = supported[0]!;
  for (const r of supported) {
    const d = Math.abs(r - requested);
    const bd = Math.abs(best - requested);
    if (d < bd || (d === bd && r > best)) best = r;
  }
  return best;
}

function checkSource(opts: ScanOptions, caps: ScanCaps): { source: 'flatbed' | 'feeder'; duplex: boolean } {
  const source = opts.source ?? (caps.sources.includes('feeder') ? 'feeder' : 'flatbed');
  if (!caps.sources.includes(source)) {
    if (source === 'feeder') throw new AppError('device/no-feeder', `Máy quét ${opts.device.name} không có khay nạp giấy tự động. Hãy chọn quét mặt kính.`);
    throw invalid(`Máy quét ${opts.device.name} không hỗ trợ nguồn giấy "${source}".`);
  }
  const duplex = opts.duplex ?? false;
  if (duplex && (!caps.duplex || source !== 'feeder')) {
    throw new AppError('device/no-duplex', `Máy quét ${opts.device.name} không quét được hai mặt với nguồn giấy này. Hãy tắt quét hai mặt.`);
  }
  return { source, duplex };
}

function validateDevice(opts: ScanOptions, caps: ScanCaps): ValidDeviceScanOptions {
  const { source, duplex } = checkSource(opts, caps);
  if (caps.resolutions.length === 0 || caps.colorModes.length === 0) throw invalid(`Máy quét ${opts.device.name} không báo khả năng quét.`);
  const dpi = snapDpi(opts.dpi ?? 300, caps.resolutions);
  const wanted = opts.colorMode ?? 'color';
  const colorMode = caps.colorModes.includes(wanted) ? wanted : caps.colorModes[0]!;
  return { kind: 'device', device: opts.device, source, dpi, colorMode, duplex, ...(opts.driverOptions ? { driverOptions: opts.driverOptions } : {}) };
}

/**
 * Normalises a request into what a driver may rely on. The folder driver needs no caps; hardware drivers pass
 * the device's caps so resolution and colour mode snap to supported values and impossible sources fail early.
 */
export function validateScanOptions(opts: ScanOptions, caps?: ScanCaps): ValidScanOptions {
  if (opts.device.driver === 'folder') return validateFolder(opts);
  if (!caps) throw invalid(`Chưa đọc được khả năng của máy quét ${opts.device.name}.`);
  return validateDevice(opts, caps);
}
