import { DriverId, type DeviceT, type DriverIdT } from '../../shared/contract/models';
import { isAppError, toWireError, type WireError } from '../../shared/errors/AppError';
import type { ScanBridge } from './bridge/ScanBridge';

/** Every driver id this build knows; ones the host cannot run answer `driver/not-supported` and are skipped. */
export const KNOWN_DRIVERS: readonly DriverIdT[] = DriverId.options;

export interface DeviceListing {
  devices: DeviceT[];
  /** Drivers that failed to list (the others are still listed). */
  errors: Array<{ driver: DriverIdT; error: WireError }>;
}

export interface ListAllOptions {
  drivers?: readonly DriverIdT[];
  /** Per-driver discovery timeout (network drivers). 2026-03: 5 s finds eSCL devices on a busy office LAN. */
  timeoutMs?: number;
  /** Per-driver deadline for the whole listing (host start included); default twice `timeoutMs`. */
  deadlineMs?: number;
  signal?: AbortSignal;
}

/**
 * Lists devices from every driver the device host can run. One broken driver (a missing libsane, a network
 * error) must not hide the scanners of the others, so its error is returned next to the devices.
 */
export async function listAllDevices(scan: ScanBridge, opts: ListAllOptions = {}): Promise<DeviceListing> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const deadlineMs = opts.deadlineMs ?? timeoutMs * 2;
  const out: DeviceListing = { devices: [], errors: [] };
  const results = await Promise.all((opts.drivers ?? KNOWN_DRIVERS).map(async (driver) => {
    const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(deadlineMs)]) : AbortSignal.timeout(deadlineMs);
    try {
      return { driver, found: await scan.listDevices(driver, { timeoutMs }, signal) };
    } catch (err) {
      return { driver, error: err };
    }
  }));
  for (const r of results) {
    if ('found' in r) for (const d of r.found ?? []) out.devices.push({ driver: d.driver, id: d.id, name: d.name, status: 'ready', detail: null });
    else if (!isAppError(r.error, 'driver/not-supported')) out.errors.push({ driver: r.driver, error: toWireError(r.error) });
  }
  return out;
}
