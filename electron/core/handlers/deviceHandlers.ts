import type { DeviceT, DriverIdT } from '../../shared/contract/models';
import { writeDiagnostics } from '../diagnostics/writeDiagnostics';
import { runTestScan } from '../scan/testScan';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

/** Drivers this build can run; SANE and eSCL join with issue 4. */
const AVAILABLE_DRIVERS: readonly DriverIdT[] = ['folder'];

export function deviceHandlers(deps: CoreDeps): Pick<Handlers, 'devices'> {
  const { store, scan } = deps;
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
      async testScan(input, ctx) {
        authorize(store, ctx);
        return runTestScan(deps, input);
      },
      async diagnostics(_input, ctx) {
        authorize(store, ctx, ['admin']);
        return writeDiagnostics(deps);
      },
    },
  };
}
