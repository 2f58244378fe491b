/**
 * The typed surface of the libsane addon (native/sane/README.md). Shared by the real loader (`index.ts`) and the
 * inert mock (`mock.ts`), so drivers and tests compile against one shape.
 */

/** A device as `sane_get_devices` reports it. `name` is what `open` takes (e.g. `test:0`, `airscan:e0:…`). */
export interface SaneDeviceInfo {
  name: string;
  vendor: string;
  model: string;
  type: string;
}

/** The constraint of an option; fixed-point values are already converted to numbers (SANE_UNFIX). */
export type SaneConstraint =
  | { kind: 'range'; min: number; max: number; quant: number }
  | { kind: 'wordList'; values: number[] }
  | { kind: 'stringList'; values: string[] }
  | null;

/** Current value: null when the option is inactive, write-only or a button; arrays for array options. */
export type SaneOptionValue = string | number | boolean | number[] | null;

export type SaneValueType = 'bool' | 'int' | 'fixed' | 'string' | 'button';
export type SaneUnit = 'none' | 'pixel' | 'bit' | 'mm' | 'dpi' | 'percent' | 'microsecond';

/** One option descriptor (groups are left out). */
export interface SaneOptionDescriptor {
  index: number;
  name: string;
  title: string;
  description: string;
  type: SaneValueType;
  unit: SaneUnit;
  /** Size in bytes (strings) or words × 4 (numbers). */
  size: number;
  /** Raw SANE_CAP_* flags; `active`, `settable` and `advanced` are decoded from them. */
  cap: number;
  active: boolean;
  settable: boolean;
  advanced: boolean;
  constraint: SaneConstraint;
  value: SaneOptionValue;
}

/** What `sane_control_option(SET_VALUE)` reported, plus the value read back (the backend may round it). */
export interface SaneSetResult {
  info: number;
  inexact: boolean;
  reloadOptions: boolean;
  reloadParams: boolean;
  value: SaneOptionValue;
}

/**
 * One page: every frame read (3-pass colour is combined into pixel-interleaved RGB). `height` counts the lines
 * actually received, so pages of unknown length (lines == -1) come out right. Rows may carry padding:
 * `bytesPerLine` ≥ width × channels × depth / 8. 16-bit samples are in host byte order; 1-bit samples: 1 = black.
 */
export interface SanePage {
  width: number;
  height: number;
  depth: number;
  format: 'gray' | 'rgb' | 'other';
  bytesPerLine: number;
  frames: number;
  lastFrame: boolean;
  data: Buffer;
}

/** An open device, as the addon numbers it. */
export type SaneHandle = number & { readonly __saneHandle: true };

/** SANE_STATUS_* names the addon puts in `saneStatus`. */
export type SaneStatusName =
  | 'SANE_STATUS_GOOD' | 'SANE_STATUS_UNSUPPORTED' | 'SANE_STATUS_CANCELLED' | 'SANE_STATUS_DEVICE_BUSY'
  | 'SANE_STATUS_INVAL' | 'SANE_STATUS_EOF' | 'SANE_STATUS_JAMMED' | 'SANE_STATUS_NO_DOCS' | 'SANE_STATUS_COVER_OPEN'
  | 'SANE_STATUS_IO_ERROR' | 'SANE_STATUS_NO_MEM' | 'SANE_STATUS_ACCESS_DENIED' | 'SANE_STATUS_WARMING_UP'
  | 'SANE_STATUS_HW_LOCKED' | 'SANE_STATUS_UNKNOWN';

/** What every addon promise rejects with: message "<sane call>: <sane_strstatus text>". */
export interface SaneNativeError extends Error {
  saneStatus: SaneStatusName;
  saneCode: number;
  saneText: string;
}

/**
 * The addon. Every call but `cancel` runs on the addon's single SANE thread, in call order; `cancel` runs at once
 * on the caller's thread (the SANE standard allows it during a blocking read) and makes the handle accept only
 * `close` afterwards. `scanPage` on an ADF handle feeds the next sheet; `close` ends the batch.
 */
export interface SaneAddon {
  version(): Promise<string>;
  listDevices(): Promise<SaneDeviceInfo[]>;
  open(name: string): Promise<SaneHandle>;
  getOptions(handle: SaneHandle): Promise<SaneOptionDescriptor[]>;
  setOption(handle: SaneHandle, name: string, value: string | number | boolean): Promise<SaneSetResult>;
  scanPage(handle: SaneHandle): Promise<SanePage>;
  /** True when the handle was open. */
  cancel(handle: SaneHandle): boolean;
  /** Closing an unknown or closed handle is a no-op. */
  close(handle: SaneHandle): Promise<void>;
}

/** True for an error the addon rejected with (carries the SANE status). */
export function isSaneNativeError(err: unknown): err is SaneNativeError {
  return err instanceof Error && typeof (err as Partial<SaneNativeError>).saneStatus === 'string';
}
