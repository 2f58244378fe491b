import { writeDiagnostics } from '../diagnostics/writeDiagnostics';
import { listAllDevices } from '../scan/listAllDevices';
import { runTestScan } from '../scan/testScan';
import { AppError } from '../../shared/errors/AppError';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

export function deviceHandlers(deps: CoreDeps): Pick<Handlers, 'devices'> {
  const { store, scan } = deps;
  return {
    devices: {
      async list(input, ctx) {
        authorize(store, ctx);
        // Every driver the device host can run; one failing driver is logged and the others still listed.
        const listing = await listAllDevices(scan, input.driver ? { drivers: [input.driver] } : {});
        for (const e of listing.errors) console.warn(`[devices.list] ${e.driver}: ${e.error.code} ${e.error.message}`);
        if (input.driver && listing.errors[0]) throw AppError.fromWire(listing.errors[0].error);
        return listing.devices;
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
