import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawPage } from '../../../electron/core/scan/drivers/ScanDriver';
import { createSaneScanDriver, type SaneScanDriver } from '../../../electron/core/scan/drivers/sane/SaneScanDriver';
import type { OptionValue } from '../../../electron/core/scan/drivers/sane/applyScanSettings';
import type { ScanDevice } from '../../../electron/core/scan/ScanCaps';
import { validateScanOptions } from '../../../electron/core/scan/validateScanOptions';
import type { ScanOptions } from '../../../electron/core/scan/ScanOptions';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { setUpSaneTestEnv, saneUnavailableOnPlatform, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';

let env: SaneTestEnv;
const DEVICE: ScanDevice = { driver: 'sane', id: 'test:0', name: 'frontend-tester' };

/**
 * A driver whose test-backend options are pinned for every scan: the backend keeps option values per device across
 * open/close, so each scenario states all of them (Default = no fault injected).
 */
async function driver(extra: Record<string, OptionValue> = {}): Promise<SaneScanDriver> {
  const options = { 'read-return-value': 'Default', 'read-delay': false, 'test-picture': 'Color pattern', ...extra };
  return createSaneScanDriver({ overrides: [{ match: /^test:/, options }] });
}

async function scan(d: SaneScanDriver, req: Omit<ScanOptions, 'device'>, signal = new AbortController().signal, onPage?: (n: number) => void) {
  const caps = await d.getCaps(DEVICE, signal);
  const valid = validateScanOptions({ device: DEVICE, ...req }, caps);
  const pages: RawPage[] = [];
  try {
    for await (const p of d.scan(valid, signal, {})) { pages.push(p); onPage?.(pages.length); }
    return { pages, error: null as unknown };
  } catch (error) {
    return { pages, error };
  }
}

describe.skipIf(saneUnavailableOnPlatform)(`SaneScanDriver against the SANE test backend${saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : ''}`, () => {
  beforeAll(async () => { env = await setUpSaneTestEnv(); });
  afterAll(async () => { await env?.cleanup(); });

  it('lists the test devices as ScanDevices', async () => {
    const devices: ScanDevice[] = [];
    for await (const dev of (await driver()).listDevices({}, new AbortController().signal)) devices.push(dev);
    expect(devices).toEqual([
      { driver: 'sane', id: 'test:0', name: 'frontend-tester' },
      { driver: 'sane', id: 'test:1', name: 'frontend-tester' },
    ]);
  });

  it('derives caps: flatbed + feeder, usual resolutions, colour and gray, A4-capable area, no duplex', async () => {
    const caps = await (await driver()).getCaps(DEVICE, new AbortController().signal);
    expect(caps.sources).toEqual(['flatbed', 'feeder']);
    expect(caps.resolutions).toEqual([75, 100, 150, 200, 240, 300, 400, 600]);
    expect(caps.colorModes).toEqual(['color', 'gray']);
    // The test backend has no duplex source and no duplex/adf-mode option: duplex is honestly false.
    expect(caps.duplex).toBe(false);
    expect(caps.maxAreaMm).toEqual({ width: 300, height: 300 });
    expect(caps.driverOptions).toEqual(expect.arrayContaining([{ name: 'test-picture', title: expect.any(String), value: expect.any(String) }]));
  });

  it('flatbed A4 colour at 150 dpi gives exactly one ~1240 × 1754 JPEG page with density 150', async () => {
    const { pages, error } = await scan(await driver(), { source: 'flatbed', dpi: 150, colorMode: 'color' });
    expect(error).toBeNull();
    expect(pages).toHaveLength(1);
    const p = pages[0]!;
    expect(p).toMatchObject({ format: 'jpeg', dpi: 150, colorMode: 'color', sourceName: 'frontend-tester — trang 1', pageIndexInSource: 0 });
    expect(p.width).toBe(1240);
    expect(Math.abs(p.height - 1754)).toBeLessThanOrEqual(1);
    const meta = await sharp(p.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: p.width, height: p.height, channels: 3, density: 150 });
  });

  it('gray pages are single-channel JPEGs', async () => {
    const { pages } = await scan(await driver(), { source: 'flatbed', dpi: 100, colorMode: 'gray' });
    expect(pages).toHaveLength(1);
    expect(await sharp(pages[0]!.bytes).metadata()).toMatchObject({ format: 'jpeg', channels: 1, density: 100 });
  });

  it('an ADF batch yields exactly 10 pages, then ends normally when the feeder runs out', async () => {
    const started = performance.now();
    const { pages, error } = await scan(await driver(), { source: 'feeder', dpi: 150, colorMode: 'color' });
    const ms = performance.now() - started;
    expect(error).toBeNull();
    expect(pages.map((p) => p.sourceName)).toEqual(Array.from({ length: 10 }, (_, i) => `frontend-tester — trang ${i + 1}`));
    expect(pages.map((p) => p.pageIndexInSource)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    console.log(`SANE test backend: 10-page ADF colour A4 batch at 150 dpi (incl. JPEG q90) in ${ms.toFixed(0)} ms`);
  });

  it('an empty feeder before the first page is device/feeder-empty (retryable, 0 pages)', async () => {
    const { pages, error } = await scan(await driver({ 'read-return-value': 'SANE_STATUS_NO_DOCS' }), { source: 'feeder', dpi: 150 });
    expect(pages).toEqual([]);
    expect(error).toMatchObject({ code: 'device/feeder-empty', retryable: true, details: { pagesScanned: 0, saneStatus: 'SANE_STATUS_NO_DOCS' } });
  });

  it('a jam is device/paper-jam with a Vietnamese message saying what to do', async () => {
    const { error } = await scan(await driver({ 'read-return-value': 'SANE_STATUS_JAMMED' }), { source: 'feeder', dpi: 150 });
    expect(isAppError(error, 'device/paper-jam')).toBe(true);
    expect(error).toMatchObject({ retryable: true, details: { pagesScanned: 0 } });
    expect((error as Error).message).toBe('Giấy bị kẹt trong khay nạp. Mở nắp, gỡ tờ giấy kẹt, đặt lại các trang chưa quét rồi bấm Tiếp tục.');
  });

  it.each([
    ['SANE_STATUS_COVER_OPEN', 'device/cover-open', true],
    ['SANE_STATUS_DEVICE_BUSY', 'device/busy', true],
    ['SANE_STATUS_IO_ERROR', 'device/communication', false],
    ['SANE_STATUS_ACCESS_DENIED', 'device/communication', false],
    ['SANE_STATUS_NO_MEM', 'device/communication', false],
  ])('%s maps to %s', async (status, code, retryable) => {
    const { error } = await scan(await driver({ 'read-return-value': status }), { source: 'feeder', dpi: 75 });
    expect(error).toMatchObject({ code, retryable, details: { saneStatus: status } });
  });

  it('cancel mid-batch (after 2 pages, slow reads) ends promptly with job/cancelled and frees the device', async () => {
    const ac = new AbortController();
    const slow = await driver({ 'read-delay': true, 'read-delay-duration': 5_000 });
    let abortedAt = 0;
    const { pages, error } = await scan(slow, { source: 'feeder', dpi: 100, colorMode: 'color' }, ac.signal, (n) => {
      if (n === 2) setTimeout(() => { abortedAt = performance.now(); ac.abort(); }, 50);
    });
    const stopMs = performance.now() - abortedAt;
    expect(isAppError(error, 'job/cancelled')).toBe(true);
    expect(pages).toHaveLength(2);
    expect(stopMs).toBeLessThan(1000);
    // The handle was closed: the same device opens and scans again at once.
    const again = await scan(await driver(), { source: 'flatbed', dpi: 75 });
    expect(again.error).toBeNull();
    expect(again.pages).toHaveLength(1);
  });

  it('keeps the event loop responsive while scanning (timer ticks keep firing)', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 10);
    const started = performance.now();
    const { pages } = await scan(await driver({ 'read-delay': true, 'read-delay-duration': 5_000 }), { source: 'flatbed', dpi: 300, colorMode: 'color' });
    const ms = performance.now() - started;
    clearInterval(timer);
    expect(pages).toHaveLength(1);
    // At least a third of the ideal tick count: the loop was never blocked for the duration of the scan.
    expect(ticks).toBeGreaterThan(ms / 10 / 3);
  });

  it('a device that vanished is device/not-found', async () => {
    const d = await driver();
    await expect(d.getCaps({ driver: 'sane', id: 'test:7', name: 'Máy cũ' }, new AbortController().signal)).rejects.toMatchObject({ code: 'device/not-found' });
  });
});
