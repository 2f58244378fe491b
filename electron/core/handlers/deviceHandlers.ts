import type { DeviceT, DriverIdT } from '../../shared/contract/models';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

/** Drivers this build can run; SANE and eSCL join with issue 4. */
const AVAILABLE_DRIVERS: readonly DriverIdT[] = ['folder'];

export function deviceHandlers({ store, scan }: CoreDeps): Pick<Handlers, 'devices'> {
  return {
    devices: {
      async list(input, ctx) {
        authorize(store, ctx);
        const drivers = input.driver ? [input.driver] : AVAILABLE_DRIVERS;
        const out: DeviceT[] = [];
        for (const driver of drivers) {
          const found = await scan.listDevices(driver, { timeoutMs: 5000 }, AbortSignal.timeout(10_000));
          for (const d of found) out.push({ ...d, status: 'ready', detail: null });
        }
        return out;
      },
    },
  };
}
