import type { ColorModeT, DriverIdT } from '../../shared/contract/models';

/** Where paper comes from. `file` is the folder driver's only source (files already on disk). */
export type ScanSource = 'flatbed' | 'feeder' | 'file';

/** A device as a driver reports it; the same shape as the contract's DeviceRef so it crosses IPC unchanged. */
export interface ScanDevice {
  driver: DriverIdT;
  /** Stable within the driver (SANE name, eSCL UUID, 'folder'). */
  id: string;
  /** Human-readable, shown to the clerk. */
  name: string;
}

/** What a device can do; `validateScanOptions` checks requests against it. */
export interface ScanCaps {
  sources: ScanSource[];
  /** Discrete resolutions in dpi, ascending. Empty for the folder driver (files carry their own DPI). */
  resolutions: number[];
  colorModes: ColorModeT[];
  /** True when the feeder can scan both sides in one pass. */
  duplex: boolean;
  /** Largest scan area in millimetres, when the driver knows it (eSCL does). */
  maxAreaMm?: { width: number; height: number } | null;
  /** Driver-specific settings shown read-only to IT staff (contract DeviceCaps.driverOptions). */
  driverOptions?: DriverOptionInfo[];
}

/** One driver-specific setting and its current value (e.g. SANE `test-picture`). */
export interface DriverOptionInfo {
  name: string;
  title: string;
  value: string | number | boolean | null;
}

/** Options for device discovery; network drivers honour `timeoutMs`. */
export interface ListOptions {
  timeoutMs?: number;
}
