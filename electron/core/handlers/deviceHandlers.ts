import type { DeviceT, DriverIdT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

/** Drivers this build can run; SANE and eSCL join with issue 4. */
const AVAILABLE_DRIVERS: readonly DriverIdT[] = ['folder'];

const notYet = () => new AppError('driver/not-supported', 'Chức năng này đang được xây dựng.');

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
      async getCaps(input, ctx) {
        authorize(store, ctx);
        const caps = await scan.getCaps(input.device, AbortSignal.timeout(30_000));
        return { ...caps, maxAreaMm: null, driverOptions: [] };
      },
      async testScan(_input, ctx) {
        authorize(store, ctx);
        throw notYet();
      },
      async diagnostics(_input, ctx) {
        authorize(store, ctx);
        throw notYet();
      },
    },
  };
}
