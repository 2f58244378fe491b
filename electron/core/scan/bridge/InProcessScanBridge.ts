import type { DriverIdT } from '../../../shared/contract/models';
import type { DriverRegistry } from '../drivers/driverRegistry';
import type { ScanDriverEvents } from '../drivers/ScanDriver';
import type { ListOptions, ScanCaps, ScanDevice } from '../ScanCaps';
import type { ScanOptions } from '../ScanOptions';
import { validateScanOptions } from '../validateScanOptions';
import type { DeliveredPage, ScanBridge } from './ScanBridge';

/** Runs drivers in this process: for pure-TypeScript drivers (folder, eSCL, replay) and for tests. */
export class InProcessScanBridge implements ScanBridge {
  constructor(private readonly registry: DriverRegistry) {}

  async listDevices(driverId: DriverIdT, opts: ListOptions, signal: AbortSignal): Promise<ScanDevice[]> {
    const driver = await this.registry.load(driverId);
    const out: ScanDevice[] = [];
    for await (const d of driver.listDevices(opts, signal)) out.push(d);
    return out;
  }

  async getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps> {
    return (await this.registry.load(device.driver)).getCaps(device, signal);
  }

  async *scan(opts: ScanOptions, signal: AbortSignal, events: ScanDriverEvents = {}): AsyncIterable<DeliveredPage> {
    const driver = await this.registry.load(opts.device.driver);
    const caps = opts.device.driver === 'folder' ? undefined : await driver.getCaps(opts.device, signal);
    const valid = validateScanOptions(opts, caps);
    for await (const page of driver.scan(valid, signal, events)) {
      // Bytes are already in memory; nothing to clean up on ack.
      yield { ...page, stagingPath: null, ack: async () => {} };
    }
  }
}
