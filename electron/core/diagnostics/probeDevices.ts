import { DriverId, type DriverIdT } from '../../shared/contract/models';
import type { DeviceCapsT } from '../../shared/contract/scanModels';
import { toWireError } from '../../shared/errors/AppError';
import type { ScanBridge } from '../scan/bridge/ScanBridge';
import type { ScanDevice } from '../scan/ScanCaps';

/** An error as the bundle records it: the wire code and the Vietnamese message (never a raw native error). */
export interface ProbeError { code: string; message: string }

export interface DriverProbe {
  driver: DriverIdT;
  available: boolean;
  devices: ScanDevice[];
  error: ProbeError | null;
  elapsedMs: number;
}

export interface DeviceProbe {
  device: ScanDevice;
  caps: DeviceCapsT | null;
  error: ProbeError | null;
  elapsedMs: number;
}

export interface ProbeOptions {
  /** Discovery time per driver (network drivers wait this long for answers). */
  listTimeoutMs: number;
  /** Per getCaps call. */
  capsTimeoutMs: number;
  /** Devices whose caps are read; the rest are only listed. */
  maxDevices: number;
}

function errorOf(err: unknown): ProbeError {
  const w = toWireError(err);
  return { code: w.code, message: w.message };
}

async function probeDriver(scan: ScanBridge, driver: DriverIdT, o: ProbeOptions): Promise<DriverProbe> {
  const started = Date.now();
  try {
    // The signal leaves the driver a grace period after its own discovery timeout before the call is abandoned.
    const found = await scan.listDevices(driver, { timeoutMs: o.listTimeoutMs }, AbortSignal.timeout(o.listTimeoutMs * 2 + 1000));
    const devices = found.map((d) => ({ driver: d.driver, id: d.id, name: d.name }));
    return { driver, available: true, devices, error: null, elapsedMs: Date.now() - started };
  } catch (err) {
    return { driver, available: false, devices: [], error: errorOf(err), elapsedMs: Date.now() - started };
  }
}

async function probeCaps(scan: ScanBridge, device: ScanDevice, o: ProbeOptions): Promise<DeviceProbe> {
  const started = Date.now();
  try {
    const caps = await scan.getCaps(device, AbortSignal.timeout(o.capsTimeoutMs));
    return { device, caps: { maxAreaMm: null, driverOptions: [], ...caps }, error: null, elapsedMs: Date.now() - started };
  } catch (err) {
    return { device, caps: null, error: errorOf(err), elapsedMs: Date.now() - started };
  }
}

/**
 * Asks every driver of the contract for its devices, then reads the capabilities of the first `maxDevices`
 * devices. Everything runs in parallel with timeouts, so one unreachable network scanner cannot hold the bundle
 * up; failures are recorded as wire codes, never thrown.
 */
export async function probeDevices(scan: ScanBridge, o: ProbeOptions): Promise<{ drivers: DriverProbe[]; devices: DeviceProbe[] }> {
  const drivers = await Promise.all(DriverId.options.map((d) => probeDriver(scan, d, o)));
  const refs = drivers.flatMap((d) => d.devices).slice(0, o.maxDevices);
  const devices = await Promise.all(refs.map((ref) => probeCaps(scan, ref, o)));
  return { drivers, devices };
}
