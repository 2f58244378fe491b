import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForkWorkerHost } from '../../../electron/core/host/ForkWorkerHost';
import { resolveWorkerEntry } from '../../../electron/core/host/workerEntry';
import { HostedScanBridge } from '../../../electron/core/scan/bridge/HostedScanBridge';
import type { DeliveredPage } from '../../../electron/core/scan/bridge/ScanBridge';
import type { ScanDevice } from '../../../electron/core/scan/ScanCaps';
import { isAppError } from '../../../electron/shared/errors/AppError';
import * as fx from '../../helpers/imageFixtures';
import { setUpSaneTestEnv, saneUnavailableOnPlatform, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';

let env: SaneTestEnv;
let t: { dir: string; cleanup(): Promise<void> };
let host: ForkWorkerHost;
const DEVICE: ScanDevice = { driver: 'sane', id: 'test:1', name: 'frontend-tester' };

async function collect(pages: AsyncIterable<DeliveredPage>) {
  const got: DeliveredPage[] = [];
  try {
    for await (const p of pages) got.push(p);
    return { got, error: null as unknown };
  } catch (error) {
    return { got, error };
  }
}

describe.skipIf(saneUnavailableOnPlatform)(`SANE driver in the real device host (fork)${saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : ''}`, () => {
  beforeAll(async () => {
    env = await setUpSaneTestEnv();
    t = await fx.tempDir('ss-sane-host-');
    // The host process inherits SANE_CONFIG_DIR: its addon sees only the test backend.
    host = new ForkWorkerHost({ entry: resolveWorkerEntry('deviceHost'), env: { ...process.env, NODE_ENV: 'test', SANE_CONFIG_DIR: env.configDir }, restartDelayMs: 50 });
    await host.start();
  });
  afterAll(async () => { await host?.stop(); await t?.cleanup(); await env?.cleanup(); });

  it('lists SANE devices and caps through the host', async () => {
    const b = new HostedScanBridge(host, { stagingDir: join(t.dir, 'caps') });
    const devices = await b.listDevices('sane', {}, new AbortController().signal);
    expect(devices.map((d) => d.id)).toEqual(['test:0', 'test:1']);
    expect(await b.getCaps(DEVICE, new AbortController().signal)).toMatchObject({ sources: ['flatbed', 'feeder'], duplex: false, colorModes: ['color', 'gray'] });
  });

  it('delivers a 10-page ADF batch from the host, staged, verified and acked', async () => {
    const b = new HostedScanBridge(host, { stagingDir: join(t.dir, 'adf') });
    const started = performance.now();
    const { got, error } = await collect(b.scan({ device: DEVICE, source: 'feeder', dpi: 150, colorMode: 'color' }, new AbortController().signal));
    const ms = performance.now() - started;
    expect(error).toBeNull();
    expect(got.map((p) => p.sourceName)).toEqual(Array.from({ length: 10 }, (_, i) => `frontend-tester — trang ${i + 1}`));
    expect(await sharp(got[0]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1240, density: 150 });
    for (const p of got) await p.ack();
    expect(await readdir(join(t.dir, 'adf'))).toEqual([]);
    console.log(`SANE via device host: 10-page ADF colour A4 batch at 150 dpi in ${ms.toFixed(0)} ms`);
  });

  it('a host crash mid-batch keeps the pages delivered before it and fails host/crashed; the host comes back', async () => {
    const restarts = host.restarts;
    const b = new HostedScanBridge(host, { stagingDir: join(t.dir, 'crash'), testHooks: { crashAfterPages: 3 } });
    const { got, error } = await collect(b.scan({ device: DEVICE, source: 'feeder', dpi: 100, colorMode: 'gray' }, new AbortController().signal));
    expect(isAppError(error, 'host/crashed')).toBe(true);
    expect(got).toHaveLength(3);
    for (const p of got) expect((await sharp(p.bytes).metadata()).format).toBe('jpeg');
    expect(host.restarts).toBe(restarts + 1);
    // The restarted host initialises SANE afresh and scans again.
    const again = await collect(new HostedScanBridge(host, { stagingDir: join(t.dir, 'again') }).scan({ device: DEVICE, source: 'flatbed', dpi: 75 }, new AbortController().signal));
    expect(again.error).toBeNull();
    expect(again.got).toHaveLength(1);
  });

  it('typed device errors cross the host edge unchanged (a vanished device is device/not-found)', async () => {
    const b = new HostedScanBridge(host, { stagingDir: join(t.dir, 'gone') });
    const caps = await b.getCaps(DEVICE, new AbortController().signal);
    expect(caps.maxAreaMm).toEqual({ width: 300, height: 300 });
    const { error } = await collect(b.scan({ device: { ...DEVICE, id: 'test:9' }, source: 'flatbed', dpi: 75 }, new AbortController().signal));
    expect(error).toMatchObject({ code: 'device/not-found', retryable: true });
  });
});
