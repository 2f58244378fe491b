import type { ColorModeT, DriverIdT } from '../../../shared/contract/models';
import type { WireError } from '../../../shared/errors/AppError';
import type { ListOptions, ScanCaps, ScanDevice } from '../ScanCaps';
import type { ValidScanOptions } from '../ScanOptions';

/**
 * One acquired page as the driver produced it. JPEG inputs pass through byte for byte (the master is preserved
 * losslessly); everything else is PNG.
 */
export interface RawPage {
  /** File name (folder driver) or device name the page came from; shown to the clerk. */
  sourceName: string;
  /** 0-based page index inside that source (PDF/TIFF page, or ADF sheet side). */
  pageIndexInSource: number;
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  dpi: number;
  colorMode: ColorModeT;
}

/** A file the folder driver refused; the file itself went to quarantine when `quarantinedTo` is set. */
export interface FileRejection {
  path: string;
  error: WireError;
  quarantinedTo: string | null;
}

/** Side-channel notifications while a scan runs. All optional so simple callers pass `{}`. */
export interface ScanDriverEvents {
  pageStarted?(): void;
  pageProgress?(fraction: number): void;
  /** A file was skipped (corrupt, unsupported, missing); the scan goes on with the next file. */
  fileRejected?(rejection: FileRejection): void;
}

/** The driver contract (architecture.md §5). Drivers throw AppError; cancellation is the AbortSignal. */
export interface ScanDriver {
  readonly id: DriverIdT;
  listDevices(opts: ListOptions, signal: AbortSignal): AsyncIterable<ScanDevice>;
  getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps>;
  scan(opts: ValidScanOptions, signal: AbortSignal, events: ScanDriverEvents): AsyncIterable<RawPage>;
}
