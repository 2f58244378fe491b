import type { DeviceT } from '../../../../electron/shared/contract/models';

type DeviceRefLike = Pick<DeviceT, 'driver' | 'id'>;

/** A device's stable key in selects and in localStorage: `driver:id`. */
export function deviceKey(d: DeviceRefLike): string {
  return `${d.driver}:${d.id}`;
}

const LAST_DEVICE = 'ss.scan.lastDevice';

/** The scanner this desk used last (the station is one desk; localStorage is per machine). */
export function readLastDevice(): string | null {
  return localStorage.getItem(LAST_DEVICE);
}

export function rememberDevice(key: string): void {
  localStorage.setItem(LAST_DEVICE, key);
}

/** The remembered device when it is still present, else the first ready one, else the first one. */
export function pickInitialDevice(devices: readonly DeviceT[]): string {
  const last = readLastDevice();
  if (last && devices.some((d) => deviceKey(d) === last)) return last;
  const ready = devices.find((d) => d.status === 'ready') ?? devices[0];
  return ready ? deviceKey(ready) : '';
}
