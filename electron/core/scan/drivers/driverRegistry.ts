import { DriverId, type DriverIdT } from '../../../shared/contract/models';
import { AppError } from '../../../shared/errors/AppError';
import type { ScanDriver } from './ScanDriver';

/** Loads a driver on first use, so native addons and heavy modules are imported only when that driver is needed. */
export type DriverLoader = () => Promise<ScanDriver>;

/**
 * DriverId → lazy loader. Drivers not written yet (or not available on this platform) are absent and raise
 * `driver/not-supported`. Add a driver: write `drivers/<id>/<Tech>ScanDriver.ts`, add one line here.
 */
export const defaultDriverLoaders: Partial<Record<DriverIdT, DriverLoader>> = {
  folder: async () => new (await import('./folder/FolderScanDriver')).FolderScanDriver(),
  // Loads the libsane addon on first use; no addon or no libsane (Windows) → driver/not-supported.
  sane: async () => (await import('./sane/SaneScanDriver')).createSaneScanDriver(),
  // Manual device URLs (comma-separated) and the certificate pin file come from the core through the device
  // host's environment; without a pin file, pins last for the life of the process.
  escl: async () => {
    const { EsclScanDriver, parseUrlList } = await import('./escl/EsclScanDriver');
    const pinFile = process.env.STATION_ESCL_PIN_FILE;
    const pinStore = pinFile ? (await import('./escl/filePinStore')).filePinStore(pinFile) : undefined;
    return new EsclScanDriver({ manualUrls: parseUrlList(process.env.STATION_ESCL_URLS), pinStore });
  },
};

export interface DriverRegistry {
  load(id: string): Promise<ScanDriver>;
  supported(): DriverIdT[];
}

/** Builds a registry (tests inject fakes); each driver is loaded once and cached. */
export function createDriverRegistry(loaders: Partial<Record<DriverIdT, DriverLoader>> = defaultDriverLoaders): DriverRegistry {
  const cache = new Map<DriverIdT, Promise<ScanDriver>>();
  return {
    load(id: string): Promise<ScanDriver> {
      const parsed = DriverId.safeParse(id);
      if (!parsed.success) return Promise.reject(new AppError('driver/unknown', `Trình điều khiển máy quét không xác định: ${id}.`));
      const loader = loaders[parsed.data];
      if (!loader) {
        return Promise.reject(new AppError('driver/not-supported', `Trình điều khiển "${parsed.data}" chưa được hỗ trợ trên máy này. Hãy chọn máy quét khác hoặc nhập từ tệp.`));
      }
      let driver = cache.get(parsed.data);
      if (!driver) {
        // A failed load is not cached: the next attempt (e.g. after installing a package) may succeed.
        driver = loader().catch((err: unknown) => { cache.delete(parsed.data); throw err; });
        cache.set(parsed.data, driver);
      }
      return driver;
    },
    supported: () => Object.keys(loaders) as DriverIdT[],
  };
}
