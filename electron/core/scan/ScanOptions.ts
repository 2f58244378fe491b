import type { ColorModeT } from '../../shared/contract/models';
import type { ScanDevice } from './ScanCaps';

/** Where a driver may put a file it cannot read; `move` for the hot folder, `copy` for explicit imports. */
export interface QuarantineTarget {
  dir: string;
  mode: 'move' | 'copy';
}

/**
 * What a caller asks for (unvalidated). The folder driver reads `paths`; hardware drivers (SANE, eSCL, …) read
 * source/dpi/colorMode/duplex, which `validateScanOptions` snaps to the device's caps.
 */
export interface ScanOptions {
  device: ScanDevice;
  paths?: string[];
  quarantine?: QuarantineTarget;
  source?: 'flatbed' | 'feeder';
  dpi?: number;
  colorMode?: ColorModeT;
  duplex?: boolean;
  /**
   * Driver-specific options passed through unchanged (e.g. SANE `test-picture`, or `read-return-value` to inject
   * a jam in tests). Not for the clerk: profiles and the UI never set them.
   */
  driverOptions?: DriverOptions;
}

/** Driver-specific option values, by the driver's own option name. */
export type DriverOptions = Record<string, string | number | boolean>;

/** Validated options for the folder driver: absolute, de-duplicated paths in the caller's order. */
export interface ValidFolderScanOptions {
  kind: 'folder';
  device: ScanDevice;
  paths: string[];
  quarantine: QuarantineTarget | null;
}

/** Validated options for a hardware driver: every field present and supported by the device. */
export interface ValidDeviceScanOptions {
  kind: 'device';
  device: ScanDevice;
  source: 'flatbed' | 'feeder';
  dpi: number;
  colorMode: ColorModeT;
  duplex: boolean;
  /** Present only when the caller passed some; the driver applies the ones it knows. */
  driverOptions?: DriverOptions;
}

/** What `ScanDriver.scan` receives: only `validateScanOptions` builds one. */
export type ValidScanOptions = ValidFolderScanOptions | ValidDeviceScanOptions;
