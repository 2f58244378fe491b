import { afterEach, describe, expect, it } from 'vitest';
import { EsclScanDriver } from '../../../electron/core/scan/drivers/escl/EsclScanDriver';
import type { RawPage } from '../../../electron/core/scan/drivers/ScanDriver';
import type { ScanDevice } from '../../../electron/core/scan/ScanCaps';
import type { ValidDeviceScanOptions } from '../../../electron/core/scan/ScanOptions';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { startEsclSimulator, type EsclSim, type EsclSimOptions } from '../../support/escl/startEsclSimulator';

/** Fast pacing so 503 bursts take milliseconds (30 × 25 ms outlasts the 300–400 ms slow pages); production rules. */
const timings = { connectMs: 1_000, requestMs: 3_000, nextDocumentMs: 5_000, retryDelayMs: 25, spuriousWaitMs: 5, deleteMs: 1_000 };
let sims: EsclSim[] = [];

afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function setup(opts: EsclSimOptions = {}): Promise<{ sim: EsclSim; driver: EsclScanDriver; device: ScanDevice }> {
  const sim = await startEsclSimulator({ resolutions: [100, 150], ...opts });
  sims.push(sim);
  const driver = new EsclScanDriver({ manualUrls: [sim.url], discoveryMs: 0, timings });
  const device: ScanDevice = { driver: 'escl', id: sim.url, name: 'Máy thử' };
  return { sim, driver, device };
}

function request(device: ScanDevice, o: Partial<ValidDeviceScanOptions> = {}): ValidDeviceScanOptions {
  return { kind: 'device', device, source: 'feeder', dpi: 100, colorMode: 'gray', duplex: false, ...o };
}

async function collect(driver: EsclScanDriver, opts: ValidDeviceScanOptions, signal: AbortSignal): Promise<{ pages: RawPage[]; error: unknown }> {
  const pages: RawPage[] = [];
  try {
    for await (const p of driver.scan(opts, signal, {})) pages.push(p);
    return { pages, error: null };
  } catch (error) {
    return { pages, error };
  }
}

const scan = (driver: EsclScanDriver, opts: ValidDeviceScanOptions, signal?: AbortSignal) => collect(driver, opts, signal ?? new AbortController().signal);
const count = (sim: EsclSim, method: string, part: string): number => sim.state.requests.filter((r) => r.method === method && r.path.includes(part)).length;

describe('EsclScanDriver against the simulator', () => {
  it('lists the manual device by model and reads its caps', async () => {
    const { sim, driver, device } = await setup({ duplex: true });
    const listed: ScanDevice[] = [];
    for await (const d of driver.listDevices({}, new AbortController().signal)) listed.push(d);
    expect(listed).toEqual([{ driver: 'escl', id: sim.url, name: 'Trạm Test eSCL Simulator' }]);
    const caps = await driver.getCaps(device, new AbortController().signal);
    expect(caps).toMatchObject({ sources: ['flatbed', 'feeder'], resolutions: [100, 150], duplex: true });
    expect(caps.colorModes.sort()).toEqual(['bw', 'color', 'gray']);
    expect(caps.maxAreaMm?.width).toBeGreaterThan(200);
  });

  it('ADF batch: every page, JPEG passthrough, size and dpi from the image, then the end', async () => {
    const { sim, driver, device } = await setup({ adfPages: 3 });
    const { pages, error } = await scan(driver, request(device));
    expect(error).toBeNull();
    expect(pages.map((p) => p.pageIndexInSource)).toEqual([0, 1, 2]);
    for (const p of pages) {
      expect(p).toMatchObject({ format: 'jpeg', dpi: 100, colorMode: 'gray', sourceName: 'Máy thử' });
      expect([p.bytes[0], p.bytes[1]]).toEqual([0xff, 0xd8]);
      expect(p.width).toBeGreaterThan(700);
    }
    expect(count(sim, 'GET', 'ScannerStatus')).toBeGreaterThanOrEqual(1);
    expect(count(sim, 'DELETE', 'ScanJobs')).toBe(0);
  });

  it('duplex: two images per sheet', async () => {
    const { driver, device } = await setup({ adfPages: 2, duplex: true });
    const { pages, error } = await scan(driver, request(device, { duplex: true, colorMode: 'color' }));
    expect(error).toBeNull();
    expect(pages).toHaveLength(4);
    expect(pages.every((p) => p.colorMode === 'color')).toBe(true);
  });

  it('flatbed: one page', async () => {
    const { driver, device } = await setup({ adfPages: 0 });
    const { pages, error } = await scan(driver, request(device, { source: 'flatbed', dpi: 150 }));
    expect(error).toBeNull();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.dpi).toBe(150);
  });

  it('503 bursts and a slow device are waited out', async () => {
    const { sim, driver, device } = await setup({ adfPages: 2, busy503Count: 4, slowMs: 100 });
    const { pages, error } = await scan(driver, request(device));
    expect(error).toBeNull();
    expect(pages).toHaveLength(2);
    expect(sim.state.requests.filter((r) => r.path.endsWith('NextDocument') && r.status === 503).length).toBeGreaterThanOrEqual(8);
  });

  it('jam mid-batch: pages before the jam, then device/paper-jam with pagesScanned, job deleted', async () => {
    const { sim, driver, device } = await setup({ adfPages: 5, jamAtPage: 3 });
    const { pages, error } = await scan(driver, request(device));
    expect(pages).toHaveLength(2);
    expect(isAppError(error, 'device/paper-jam')).toBe(true);
    expect((error as { details?: unknown }).details).toEqual({ pagesScanned: 2 });
    expect((error as { retryable: boolean }).retryable).toBe(true);
    expect(count(sim, 'DELETE', 'ScanJobs')).toBe(1);
  });

  it('jammed before the job: the pre-check says paper-jam, nothing is posted', async () => {
    const { sim, driver, device } = await setup({ adfPages: 5, jamAtPage: 1 });
    await scan(driver, request(device));
    const { error } = await scan(driver, request(device));
    expect(isAppError(error, 'device/paper-jam')).toBe(true);
    expect(count(sim, 'POST', 'ScanJobs')).toBe(1);
  });

  it('empty feeder → device/feeder-empty (retryable)', async () => {
    const { driver, device } = await setup({ adfPages: 0 });
    const { pages, error } = await scan(driver, request(device));
    expect(pages).toHaveLength(0);
    expect(isAppError(error, 'device/feeder-empty')).toBe(true);
  });

  it('a busy device (another job running) → device/busy', async () => {
    const { sim, driver, device } = await setup({ adfPages: 3, slowMs: 2_000 });
    const first = new AbortController();
    const it1 = driver.scan(request(device), first.signal, {})[Symbol.asyncIterator]();
    const pending = it1.next().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    const { error } = await scan(driver, request(device));
    expect(isAppError(error, 'device/busy')).toBe(true);
    first.abort();
    await pending;
    expect(count(sim, 'DELETE', 'ScanJobs')).toBe(1);
  });

  it('a disconnect mid-page is retried while the job is alive: no page lost, no hang', async () => {
    const { driver, device } = await setup({ adfPages: 3, disconnectAtPage: 2 });
    const { pages, error } = await scan(driver, request(device));
    expect(error).toBeNull();
    expect(pages).toHaveLength(3);
  });

  it('device gone mid-batch → device/offline or device/communication with pagesScanned, promptly', async () => {
    const { sim, driver, device } = await setup({ adfPages: 5, slowMs: 300 });
    const pages: RawPage[] = [];
    const started = Date.now();
    let error: unknown = null;
    try {
      for await (const p of driver.scan(request(device), new AbortController().signal, {})) {
        pages.push(p);
        if (pages.length === 1) void sim.close();
      }
    } catch (err) { error = err; }
    expect(pages).toHaveLength(1);
    expect(isAppError(error, 'device/offline') || isAppError(error, 'device/communication')).toBe(true);
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('cancel mid-batch: DELETE seen, job/cancelled, prompt', async () => {
    const { sim, driver, device } = await setup({ adfPages: 5, slowMs: 400 });
    const ac = new AbortController();
    const pages: RawPage[] = [];
    let error: unknown = null;
    try {
      for await (const p of driver.scan(request(device), ac.signal, {})) {
        pages.push(p);
        setTimeout(() => ac.abort(), 50);
      }
    } catch (err) { error = err; }
    expect(pages).toHaveLength(1);
    expect(isAppError(error, 'job/cancelled')).toBe(true);
    expect(count(sim, 'DELETE', 'ScanJobs')).toBe(1);
    expect(sim.state.requests.find((r) => r.method === 'DELETE')?.status).toBe(200);
  });

  it('a consumer that stops early also DELETEs the job', async () => {
    const { sim, driver, device } = await setup({ adfPages: 4 });
    for await (const _p of driver.scan(request(device), new AbortController().signal, {})) break;
    expect(count(sim, 'DELETE', 'ScanJobs')).toBe(1);
  });

  it('a bogus Location host is re-hosted on the device address', async () => {
    const { driver, device } = await setup({ adfPages: 2, quirks: { bogusLocationHost: true } });
    const { pages, error } = await scan(driver, request(device));
    expect(error).toBeNull();
    expect(pages).toHaveLength(2);
  });

  it('a spurious 404 right after start (ADF loaded) is retried once', async () => {
    const { driver, device } = await setup({ adfPages: 2, quirks: { spurious404Once: true } });
    const { pages, error } = await scan(driver, request(device));
    expect(error).toBeNull();
    expect(pages).toHaveLength(2);
  });

  it('410 Gone: an ordinary device reports the job gone; a Xerox B215 retries (quirk)', async () => {
    const plain = await setup({ adfPages: 3, quirks: { gone410AtPage: 2 } });
    const r1 = await scan(plain.driver, request(plain.device));
    expect(r1.pages).toHaveLength(1);
    expect(isAppError(r1.error, 'device/communication')).toBe(true);
    expect((r1.error as { details?: unknown }).details).toEqual({ pagesScanned: 1 });
    const xerox = await setup({ adfPages: 3, makeAndModel: 'Xerox B215 Multifunction Printer', quirks: { gone410AtPage: 2 } });
    const r2 = await scan(xerox.driver, request(xerox.device));
    expect(r2.error).toBeNull();
    expect(r2.pages).toHaveLength(3);
    expect(count(xerox.sim, 'DELETE', 'ScanJobs')).toBe(0);
  });

  it('a platen-only device refuses a feeder job with a typed error', async () => {
    const { driver, device } = await setup({ quirks: { platenOnly: true } });
    const { error } = await scan(driver, request(device));
    expect(isAppError(error)).toBe(true);
  });

  it('an unreachable manual device is device/offline quickly', async () => {
    const driver = new EsclScanDriver({ manualUrls: ['http://127.0.0.1:9/eSCL'], discoveryMs: 0, timings });
    const device: ScanDevice = { driver: 'escl', id: 'http://127.0.0.1:9/eSCL', name: 'x' };
    await expect(driver.getCaps(device, new AbortController().signal)).rejects.toMatchObject({ code: 'device/offline' });
    const listed: ScanDevice[] = [];
    for await (const d of driver.listDevices({}, new AbortController().signal)) listed.push(d);
    expect(listed).toEqual([{ driver: 'escl', id: 'http://127.0.0.1:9/eSCL', name: 'Máy quét 127.0.0.1:9' }]);
  });
});
