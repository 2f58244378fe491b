import type { ColorModeT, DeviceT } from '../../shared/contract/models';
import type { ProfileFieldT, ScanProfileT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import type { ScanDevice } from './ScanCaps';

/** The profile fields a scan reads; a full `ScanProfileT` fits, and so does a test's small literal. */
export type ScanProfileLike = Pick<ScanProfileT, 'name' | 'device' | 'source' | 'duplex' | 'dpi' | 'colorMode'> & {
  lockedFields?: readonly ProfileFieldT[];
};

/** What the clerk may change at scan time (the contract's `ScanOverrides`). */
export interface ScanOverridesLike {
  device?: Pick<DeviceT, 'driver' | 'id' | 'name'> | undefined;
  source?: 'flatbed' | 'feeder' | 'file' | undefined;
  duplex?: boolean | undefined;
  dpi?: number | undefined;
  colorMode?: ColorModeT | undefined;
}

/** The settings one scan runs with. `device` is null when neither the profile nor the clerk chose one. */
export interface ScanSettings {
  device: ScanDevice | null;
  source: 'flatbed' | 'feeder';
  duplex: boolean;
  dpi: number;
  colorMode: ColorModeT;
  /** Name of the profile the settings came from; null for the built-in defaults. */
  profileName: string | null;
}

/** Used when the desk has no profile yet: the ADF at 300 dpi in colour (TT 02/2019 minimum resolution), one side. */
export const BUILTIN_SCAN_DEFAULTS: Omit<ScanSettings, 'device' | 'profileName'> = { source: 'feeder', dpi: 300, colorMode: 'color', duplex: false };

const FIELD_LABEL: Record<'device' | 'source' | 'duplex' | 'dpi' | 'colorMode', string> = {
  device: 'máy quét', source: 'nguồn giấy', duplex: 'quét hai mặt', dpi: 'độ phân giải', colorMode: 'chế độ màu',
};

function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const x = a as { driver?: unknown; id?: unknown };
    const y = b as { driver?: unknown; id?: unknown };
    return x.driver === y.driver && x.id === y.id;
  }
  return a === b;
}

/** Overrides of a locked field are refused, unless they repeat the profile's own value (a UI sending everything). */
function checkLocks(profile: ScanProfileLike, overrides: ScanOverridesLike): void {
  const locked = new Set(profile.lockedFields ?? []);
  for (const field of Object.keys(FIELD_LABEL) as Array<keyof typeof FIELD_LABEL>) {
    const wanted = overrides[field];
    if (wanted === undefined || !locked.has(field) || sameValue(wanted, profile[field])) continue;
    throw new AppError('profile/locked-field', `Cấu hình quét “${profile.name}” khóa ${FIELD_LABEL[field]}; không đổi được khi quét. Hãy quét với thiết lập của cấu hình hoặc nhờ bộ phận CNTT mở khóa.`, {
      details: { field, profile: profile.name },
    });
  }
}

function deviceSource(source: 'flatbed' | 'feeder' | 'file'): 'flatbed' | 'feeder' {
  if (source === 'file') throw new AppError('validation/input', 'Cấu hình quét này dùng để nhập tệp, không dùng được với máy quét. Hãy chọn cấu hình khác hoặc chọn nguồn giấy.');
  return source;
}

function pickDevice(d: ScanOverridesLike['device'] | null): ScanDevice | null {
  return d ? { driver: d.driver, id: d.id, name: d.name } : null;
}

/**
 * Profile + the clerk's overrides → the settings of one scan. Without a profile the built-in defaults apply.
 * Values are not checked against the device here; `validateScanOptions` snaps them to the device's caps.
 */
export function resolveScanSettings(profile: ScanProfileLike | null, overrides: ScanOverridesLike = {}): ScanSettings {
  if (profile) checkLocks(profile, overrides);
  const base = profile ?? { ...BUILTIN_SCAN_DEFAULTS, device: null };
  return {
    device: pickDevice(overrides.device ?? base.device ?? null),
    source: deviceSource(overrides.source ?? base.source),
    duplex: overrides.duplex ?? base.duplex,
    dpi: overrides.dpi ?? base.dpi,
    colorMode: overrides.colorMode ?? base.colorMode,
    profileName: profile?.name ?? null,
  };
}
