import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceT } from '../../../electron/shared/contract/models';
import { startEsclSimulator, type EsclSim } from '../../support/escl/startEsclSimulator';
import { makeRig, newDossier, type ScanRig } from './scanHelpers';

/** settings.esclUrls → the device host restarts with STATION_ESCL_URLS and lists the simulator, without waiting for mDNS. */
describe('manual eSCL URLs from the settings (real device host)', () => {
  let rig: ScanRig;
  let sim: EsclSim;
  const list = () => rig.call<DeviceT[]>('ss:devices.list', {});

  beforeAll(async () => {
    rig = await makeRig();
    sim = await startEsclSimulator({ adfPages: 20, slowMs: 400 });
  });
  afterAll(async () => { await rig?.close(); await sim?.close(); });

  it('refuses an address that is not http(s), in Vietnamese, and stores nothing', async () => {
    const err = await rig.call('ss:settings.update', { esclUrls: ['ftp://192.168.1.20/eSCL'] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ipc/invalid-input' });
    expect(JSON.stringify(err)).toContain('http://192.168.1.20/eSCL');
    expect((await rig.call<{ esclUrls: string[] }>('ss:settings.get', {})).esclUrls).toEqual([]);
  });

  it('adds the simulator: a running job fails typed (host restarted), the list shows it quickly, the change is audited', async () => {
    await newDossier(rig, 'H55.242-260310-040001');
    const before = Date.now();
    expect((await list()).some((d) => d.driver === 'escl')).toBe(false);
    const firstListMs = Date.now() - before;
    const { jobId } = await rig.call<{ jobId: string }>('ss:scan.start', {
      dossierCode: 'H55.242-260310-040001', componentIndex: 1,
      overrides: { device: { driver: 'escl', id: sim.url, name: 'Máy quét mạng giả lập' }, source: 'feeder', dpi: 150, colorMode: 'gray' },
    });
    await new Promise((r) => setTimeout(r, 300));
    await rig.call('ss:settings.update', { esclUrls: [`${sim.url}/`] });
    const job = await rig.wait(jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'host/crashed', retryable: true });
    expect((await rig.call<{ esclUrls: string[] }>('ss:settings.get', {})).esclUrls).toEqual([sim.url]);
    const t0 = Date.now();
    const devices = await list();
    expect(devices).toContainEqual(expect.objectContaining({ driver: 'escl', id: sim.url }));
    expect(Date.now() - t0).toBeLessThan(Math.max(4000, firstListMs + 1000));
    const audit = await rig.call<Array<{ action: string; data: unknown }>>('ss:audit.list', {});
    expect(audit.find((a) => a.action === 'settings.update')?.data).toMatchObject({ changes: { esclUrls: { from: [], to: [sim.url] } } });
    expect(existsSync(join(rig.dataDir, 'escl-pins.json'))).toBe(false); // plain http: nothing to pin
  });
});
