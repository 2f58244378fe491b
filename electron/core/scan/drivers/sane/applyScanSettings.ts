import type { SaneAddon, SaneHandle, SaneOptionDescriptor } from '../../../../../native/sane/types';
import { AppError } from '../../../../shared/errors/AppError';
import type { ValidDeviceScanOptions } from '../../ScanOptions';
import { findOption, pickMode, pickSource, SOURCE_PATTERNS, snapToConstraint, stringChoices } from './saneOptionMatch';

/** Scan area when the request names none: A4 portrait (the paper of nearly every Vietnamese dossier). */
export const A4_MM = { width: 210, height: 297 } as const;

export type OptionValue = string | number | boolean;

/** Applies settings to one open handle, re-reading descriptors whenever the backend says they changed. */
class OptionSetter {
  private options: SaneOptionDescriptor[] = [];

  constructor(private readonly addon: SaneAddon, private readonly handle: SaneHandle) {}

  async load(): Promise<void> { this.options = await this.addon.getOptions(this.handle); }

  find(...names: string[]): SaneOptionDescriptor | undefined {
    const o = findOption(this.options, ...names);
    return o && o.active && o.settable ? o : undefined;
  }

  async set(option: SaneOptionDescriptor, value: OptionValue): Promise<void> {
    const r = await this.addon.setOption(this.handle, option.name, value);
    // Setting `mode` or `source` may enable, disable or re-range other options (e.g. resolution lists).
    if (r.reloadOptions) await this.load();
  }

  /** Sets by name when present and settable; false otherwise (vendors omit options freely). */
  async trySet(name: string, value: OptionValue): Promise<boolean> {
    const o = this.find(name);
    if (!o) return false;
    await this.set(o, value);
    return true;
  }
}

async function applySource(s: OptionSetter, opts: ValidDeviceScanOptions): Promise<void> {
  const option = s.find('source');
  const choice = option && pickSource(stringChoices(option), opts.source, opts.duplex);
  if (option && choice) await s.set(option, choice);
  else if (opts.source === 'feeder') throw new AppError('device/no-feeder', `Máy quét ${opts.device.name} không có khay nạp giấy tự động. Hãy chọn quét mặt kính.`);
  if (!opts.duplex || (choice && SOURCE_PATTERNS.duplex.test(choice))) return;
  // Duplex is not a source on this device: try the other names vendors use (scanning.md §1.1).
  const adfMode = s.find('adf-mode', 'adf_mode');
  const duplexMode = stringChoices(adfMode).find((m) => SOURCE_PATTERNS.duplex.test(m));
  if (adfMode && duplexMode) return s.set(adfMode, duplexMode);
  if (await s.trySet('duplex', true)) return;
  throw new AppError('device/no-duplex', `Máy quét ${opts.device.name} không quét được hai mặt. Hãy tắt quét hai mặt.`);
}

async function applyMode(s: OptionSetter, opts: ValidDeviceScanOptions): Promise<void> {
  const option = s.find('mode');
  const choice = option && pickMode(stringChoices(option), opts.colorMode);
  if (option && choice) await s.set(option, choice);
}

async function applyResolution(s: OptionSetter, dpi: number): Promise<void> {
  const single = s.find('resolution');
  if (single) return s.set(single, snapToConstraint(single, dpi));
  // Some backends only have separate horizontal/vertical resolutions.
  for (const name of ['x-resolution', 'y-resolution']) {
    const o = s.find(name);
    if (o) await s.set(o, snapToConstraint(o, dpi));
  }
}

/** Top-left first: setting br-x below the current tl-x would be rejected or clamped. */
async function applyArea(s: OptionSetter, area: { width: number; height: number }): Promise<void> {
  const values: Array<[string, number]> = [['tl-x', 0], ['tl-y', 0], ['br-x', area.width], ['br-y', area.height]];
  for (const [name, mm] of values) {
    const o = s.find(name);
    if (o && o.unit === 'mm') await s.set(o, snapToConstraint(o, mm));
  }
}

/**
 * Sets source, colour mode, resolution and scan area on an open handle, in that order (each may re-range the
 * next), then per-model overrides (vendor quirks, or test-backend fault injection in tests).
 */
export async function applyScanSettings(
  addon: SaneAddon, handle: SaneHandle, opts: ValidDeviceScanOptions, overrides: Record<string, OptionValue> = {},
): Promise<void> {
  const s = new OptionSetter(addon, handle);
  await s.load();
  await applySource(s, opts);
  await applyMode(s, opts);
  await applyResolution(s, opts.dpi);
  await applyArea(s, A4_MM);
  for (const [name, value] of Object.entries(overrides)) {
    if (!(await s.trySet(name, value))) {
      throw new AppError('device/communication', `Máy quét ${opts.device.name} không có thiết lập "${name}" như cấu hình riêng cho dòng máy này yêu cầu. Báo bộ phận CNTT kiểm tra cấu hình.`);
    }
  }
}
