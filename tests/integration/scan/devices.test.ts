import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/core/events/EventBus';
import { ForkWorkerHost } from '../../../electron/core/host/ForkWorkerHost';
import { resolveWorkerEntry } from '../../../electron/core/host/workerEntry';
import { HostedScanBridge } from '../../../electron/core/scan/bridge/HostedScanBridge';
import { DeviceMonitor } from '../../../electron/core/scan/DeviceMonitor';
import type { EventPayload } from '../../../electron/shared/contract/events';
import type { DeviceT } from '../../../electron/shared/contract/models';
import { saneUnavailableOnPlatform, setUpSaneTestEnv, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';
import { makeRig, SANE0, type ScanRig } from './scanHelpers';

let env: SaneTestEnv;
const suffix = saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : '';

async function setDeviceCount(n: number): Promise<void> {
  const file = join(env.configDir, 'test.conf');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^number_of_devices .*$/m, `number_of_devices ${n}`));
}

describe.skipIf(saneUnavailableOnPlatform)(`devices.list and devices.testScan (real device host)${suffix}`, () => {
  let rig: ScanRig;
  beforeAll(async () => { env = await setUpSaneTestEnv(); rig = await makeRig(); });
  afterAll(async () => { await rig?.close(); await env?.cleanup(); });

  it('lists the devices of every driver the host can run (folder and SANE here)', async () => {
    const list = await rig.call<DeviceT[]>('ss:devices.list', {});
    expect(list.map((d) => `${d.driver}:${d.id}`)).toEqual(expect.arrayContaining(['folder:folder', 'sane:test:0', 'sane:test:1']));
    expect(await rig.call<DeviceT[]>('ss:devices.list', { driver: 'sane' })).toHaveLength(2);
    const refused = await rig.call('ss:devices.list', { driver: 'twain' }).catch((e: { code: string }) => e.code);
    expect(refused).toBe('driver/not-supported');
  });

  it('test scan: one page with the (default) profile settings, returned as an ~800 px JPEG, nothing stored', async () => {
    const r = await rig.call<{ dataUrl: string; width: number; height: number; dpi: number; colorMode: string; elapsedMs: number }>('ss:devices.testScan', { device: SANE0 });
    expect(r.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    const preview = await sharp(Buffer.from(r.dataUrl.split(',')[1]!, 'base64')).metadata();
    expect(preview.width).toBe(800);
    expect(r.width).toBeGreaterThan(800);
    expect(r.elapsedMs).toBeGreaterThan(0);
    expect(r.dpi).toBeGreaterThan(0);
    expect(rig.core.jobs.list()).toEqual([]);
  });
});

describe.skipIf(saneUnavailableOnPlatform)(`DeviceMonitor: hot-plug by polling (real device host, SANE test backend)${suffix}`, () => {
  let host: ForkWorkerHost;
  let staging: string;
  beforeAll(async () => {
    env = await setUpSaneTestEnv();
    staging = await mkdtemp(join(tmpdir(), 'ss-mon-'));
    host = new ForkWorkerHost({ entry: resolveWorkerEntry('deviceHost'), env: { ...process.env, NODE_ENV: 'test' }, restartDelayMs: 50 });
  });
  afterAll(async () => { await host?.stop(); await rm(staging, { recursive: true, force: true }); await env?.cleanup(); });

  /** SANE reads its configuration at sane_init: a fresh host process sees the new device count, like a replug. */
  async function restartHost(): Promise<void> {
    const { pid } = await host.call<{ pid: number }>('ping', []);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100; i++) {
      const now = await host.call<{ pid: number }>('ping', []).catch(() => null);
      if (now && now.pid !== pid) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('device host did not restart');
  }

  it('emits device.changed attached / detached on differences between polls, none for the baseline', async () => {
    const events = createEventBus();
    const changes: Array<EventPayload<'device.changed'>> = [];
    events.on((name, payload) => { if (name === 'device.changed') changes.push(payload as EventPayload<'device.changed'>); });
    const monitor = new DeviceMonitor({ scan: new HostedScanBridge(host, { stagingDir: staging }), events, drivers: ['sane'], intervalMs: 60_000 });
    await monitor.pollOnce();
    await monitor.pollOnce();
    expect(changes).toEqual([]);
    await setDeviceCount(3);
    await restartHost();
    await monitor.pollOnce();
    expect(changes).toEqual([{ driver: 'sane', kind: 'attached' }]);
    await setDeviceCount(1);
    await restartHost();
    await monitor.pollOnce();
    expect(changes.slice(1)).toEqual([{ driver: 'sane', kind: 'detached' }, { driver: 'sane', kind: 'detached' }]);
    await monitor.stop();
  });

  it('runs on its own timer once started, and stops cleanly', async () => {
    const events = createEventBus();
    let polls = 0;
    const bridge = new HostedScanBridge(host, { stagingDir: staging });
    const counting = { ...bridge, listDevices: (...a: Parameters<HostedScanBridge['listDevices']>) => { polls++; return bridge.listDevices(...a); } };
    const monitor = new DeviceMonitor({ scan: counting as unknown as HostedScanBridge, events, drivers: ['sane'], intervalMs: 30 });
    monitor.start();
    await new Promise((r) => setTimeout(r, 300));
    await monitor.stop();
    const after = polls;
    expect(after).toBeGreaterThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 100));
    expect(polls).toBe(after);
  });
});
