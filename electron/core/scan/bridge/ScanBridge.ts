import type { DriverIdT } from '../../../shared/contract/models';
import type { ListOptions, ScanCaps, ScanDevice } from '../ScanCaps';
import type { ScanOptions } from '../ScanOptions';
import type { RawPage, ScanDriverEvents } from '../drivers/ScanDriver';

/**
 * A page handed to the consumer. Call `ack()` only after the page is safely stored (fsync + rename): a hosted
 * bridge keeps the page's staging file until then, so a crash never loses a delivered page. `ack` is idempotent.
 */
export interface DeliveredPage extends RawPage {
  /** Where the hosted bridge keeps the page until ack; null for in-process pages (bytes live in memory only). */
  stagingPath: string | null;
  ack(): Promise<void>;
}

/**
 * Where a driver runs: in this process or in the device host. Both validate the options where the driver runs
 * and offer the same calls, so the caller (ScanController, import jobs, the hot folder) does not care.
 */
export interface ScanBridge {
  listDevices(driver: DriverIdT, opts: ListOptions, signal: AbortSignal): Promise<ScanDevice[]>;
  getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps>;
  /** Ending the iteration early (break, throw) cancels the scan. */
  scan(opts: ScanOptions, signal: AbortSignal, events?: ScanDriverEvents): AsyncIterable<DeliveredPage>;
}
