import sharp from 'sharp';
import type { ColorModeT, DeviceT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { CoreDeps } from '../handlers/CoreDeps';
import { toDataUrl } from '../preview/pagePreview';
import { resolveScanSettings } from './resolveScanSettings';
import { profileFor } from './ScanController';
import type { DriverOptions } from './ScanOptions';

export interface TestScanResult {
  dataUrl: string;
  width: number;
  height: number;
  dpi: number;
  colorMode: ColorModeT;
  elapsedMs: number;
}

/** 2026-03: 800 px shows skew, moiré and colour casts on a support screen while staying a ~100 KB data URL. */
const PREVIEW_WIDTH = 800;
/** A first page can take 10 s on slow SANE devices (warm-up); this bounds a hung device. */
const TEST_SCAN_TIMEOUT_MS = 120_000;

/**
 * One page from a device with a profile's settings, not stored: for IT set-up and support. The page is
 * acknowledged (its staging copy dropped) and the scan cancelled after it, so a loaded feeder stops at once.
 * The device is the one IT picked, even if the profile locks another (locks bind clerks at scan time).
 */
export async function runTestScan(
  deps: Pick<CoreDeps, 'store' | 'scan'>,
  input: { device: Pick<DeviceT, 'driver' | 'id' | 'name'>; profileId?: string | undefined },
  extras: { driverOptions?: DriverOptions; signal?: AbortSignal } = {},
): Promise<TestScanResult> {
  const profile = profileFor(deps.store, input.profileId);
  const s = resolveScanSettings(profile ? { ...profile, lockedFields: [] } : null, { device: input.device });
  const device = { driver: input.device.driver, id: input.device.id, name: input.device.name };
  const signal = AbortSignal.any([AbortSignal.timeout(TEST_SCAN_TIMEOUT_MS), ...(extras.signal ? [extras.signal] : [])]);
  const started = performance.now();
  const opts = { device, source: s.source, dpi: s.dpi, colorMode: s.colorMode, duplex: s.duplex, ...(extras.driverOptions ? { driverOptions: extras.driverOptions } : {}) };
  for await (const page of deps.scan.scan(opts, signal)) {
    const elapsedMs = Math.round(performance.now() - started);
    await page.ack();
    const preview = await sharp(page.bytes).resize({ width: PREVIEW_WIDTH, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
    // Returning ends the iteration: the bridge cancels the rest of the batch in the driver.
    return { dataUrl: toDataUrl(preview), width: page.width, height: page.height, dpi: page.dpi, colorMode: page.colorMode, elapsedMs };
  }
  throw new AppError('device/feeder-empty', `Máy quét ${device.name} không trả về trang nào. Hãy đặt giấy vào máy rồi quét thử lại.`, { retryable: true });
}
