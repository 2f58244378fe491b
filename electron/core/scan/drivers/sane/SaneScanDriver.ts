import type { SaneAddon, SaneHandle, SanePage } from '../../../../../native/sane/types';
import { isSaneNativeError } from '../../../../../native/sane/types';
import { AppError } from '../../../../shared/errors/AppError';
import { cancelledError, checkAborted } from '../../cancelled';
import type { ListOptions, ScanCaps, ScanDevice } from '../../ScanCaps';
import type { ValidDeviceScanOptions, ValidScanOptions } from '../../ScanOptions';
import type { RawPage, ScanDriver, ScanDriverEvents } from '../ScanDriver';
import { applyScanSettings, type OptionValue } from './applyScanSettings';
import { encodeSanePage } from './encodeSanePage';
import { capsFromOptions } from './saneCaps';
import { saneError } from './saneErrors';

/** Extra SANE options for devices whose id matches `match` (vendor quirks; fault injection in tests). */
export interface SaneOverride {
  match: RegExp;
  options: Record<string, OptionValue>;
}

export interface SaneDriverOptions {
  /** The addon; defaults to the lazy loader of native/sane (throws driver/not-supported without libsane). */
  addon?: SaneAddon;
  overrides?: SaneOverride[];
}

/**
 * Scanners through libsane (scanning.md §1.1, §6), in the device host only. One handle per scan: open, set
 * source/mode/resolution/A4 area, then sane_start/sane_read page after page until the feeder runs out.
 */
export class SaneScanDriver implements ScanDriver {
  readonly id = 'sane' as const;

  constructor(private readonly addon: SaneAddon, private readonly overrides: SaneOverride[] = []) {}

  async *listDevices(_opts: ListOptions, signal: AbortSignal): AsyncIterable<ScanDevice> {
    // sane_get_devices cannot be interrupted; a network backend may take seconds. The caller's timeout applies.
    const devices = await this.addon.listDevices().catch((err: unknown) => { throw saneError(err, { deviceName: 'SANE', pagesScanned: 0 }); });
    for (const d of devices) {
      checkAborted(signal);
      yield { driver: 'sane', id: d.name, name: [d.vendor, d.model].filter((s) => s && s !== 'Noname').join(' ') || d.name };
    }
  }

  async getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps> {
    return this.withHandle(device, signal, async (h) => capsFromOptions(await this.addon.getOptions(h)));
  }

  async *scan(opts: ValidScanOptions, signal: AbortSignal, events: ScanDriverEvents): AsyncIterable<RawPage> {
    if (opts.kind !== 'device') throw new AppError('validation/input', 'Trình điều khiển SANE chỉ quét từ máy quét.');
    checkAborted(signal);
    const handle = await this.open(opts.device);
    // sane_cancel from this thread stops a read in flight; the pending scanPage then rejects CANCELLED.
    const onAbort = () => { this.addon.cancel(handle); };
    signal.addEventListener('abort', onAbort, { once: true });
    let pages = 0;
    try {
      // Per-model overrides first, then the caller's driver options (ScanOptions.driverOptions: IT/test use).
      await applyScanSettings(this.addon, handle, opts, { ...this.overridesFor(opts.device), ...opts.driverOptions })
        .catch((err: unknown) => { throw saneError(err, { deviceName: opts.device.name, pagesScanned: 0 }); });
      for (;;) {
        checkAborted(signal);
        const page = await this.nextPage(handle, opts, pages, signal);
        if (!page) break;
        pages++;
        events.pageStarted?.();
        yield await this.toRawPage(page, opts, pages);
        // A flatbed has one sheet; asking again would rescan the same glass.
        if (opts.source === 'flatbed') break;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      await this.addon.close(handle).catch(() => undefined);
    }
  }

  /** The next sheet, or null when the feeder ran out after at least one page (the normal end of a batch). */
  private async nextPage(handle: SaneHandle, opts: ValidDeviceScanOptions, pagesSoFar: number, signal: AbortSignal): Promise<SanePage | null> {
    try {
      return await this.addon.scanPage(handle);
    } catch (err) {
      if (signal.aborted) throw withPages(cancelledError(), pagesSoFar);
      if (isSaneNativeError(err) && err.saneStatus === 'SANE_STATUS_NO_DOCS' && pagesSoFar > 0) return null;
      throw saneError(err, { deviceName: opts.device.name, pagesScanned: pagesSoFar });
    }
  }

  private async toRawPage(page: SanePage, opts: ValidDeviceScanOptions, n: number): Promise<RawPage> {
    const encoded = await encodeSanePage(page, opts.colorMode, opts.dpi);
    return { ...encoded, sourceName: `${opts.device.name} — trang ${n}`, pageIndexInSource: n - 1, dpi: opts.dpi, colorMode: opts.colorMode };
  }

  private async open(device: ScanDevice): Promise<SaneHandle> {
    try {
      return await this.addon.open(device.id);
    } catch (err) {
      throw saneError(err, { deviceName: device.name, pagesScanned: 0 });
    }
  }

  private async withHandle<T>(device: ScanDevice, signal: AbortSignal, fn: (h: SaneHandle) => Promise<T>): Promise<T> {
    checkAborted(signal);
    const handle = await this.open(device);
    try {
      return await fn(handle);
    } catch (err) {
      throw saneError(err, { deviceName: device.name, pagesScanned: 0 });
    } finally {
      await this.addon.close(handle).catch(() => undefined);
    }
  }

  private overridesFor(device: ScanDevice): Record<string, OptionValue> {
    return Object.assign({}, ...this.overrides.filter((o) => o.match.test(device.id)).map((o) => o.options)) as Record<string, OptionValue>;
  }
}

function withPages(err: AppError, pagesScanned: number): AppError {
  return new AppError(err.code, err.message, { retryable: err.retryable, details: { ...err.details, pagesScanned } });
}

/** The registry's factory: loads the addon now, so a machine without libsane fails with driver/not-supported. */
export async function createSaneScanDriver(opts: SaneDriverOptions = {}): Promise<SaneScanDriver> {
  const addon = opts.addon ?? (await import('../../../../../native/sane/index')).loadSane();
  return new SaneScanDriver(addon, opts.overrides ?? []);
}
