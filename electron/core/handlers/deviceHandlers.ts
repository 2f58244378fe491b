import { writeDiagnostics } from '../diagnostics/writeDiagnostics';
import { listAllDevices } from '../scan/listAllDevices';
import { runTestScan } from '../scan/testScan';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

/**
 * mDNS window for devices.list, which a person waits for: one query and its answers, then the second query at 1 s.
 * The DeviceMonitor browses on its own schedule and reports later arrivals; manual URLs never wait for discovery.
 */
const LIST_DISCOVERY_MS = 1500;

export function deviceHandlers(deps: CoreDeps): Pick<Handlers, 'devices'> {
  const { store, scan } = deps;
  return {
    devices: {
      async list(input, ctx) {
        authorize(store, ctx);
        if (input.driver) {
          // One driver asked for by name: its errors (including driver/not-supported) are the answer.
          const found = await scan.listDevices(input.driver, { timeoutMs: LIST_DISCOVERY_MS }, AbortSignal.timeout(10_000));
          return found.map((d) => ({ driver: d.driver, id: d.id, name: d.name, status: 'ready' as const, detail: null }));
        }
        // Every driver the device host can run; one failing driver is logged and the others still listed.
        // The deadline is longer than the window: a host (re)starting or SANE probing USB is not a failure.
        const listing = await listAllDevices(scan, { timeoutMs: LIST_DISCOVERY_MS, deadlineMs: 10_000 });
        for (const e of listing.errors) console.warn(`[devices.list] ${e.driver}: ${e.error.code} ${e.error.message}`);
        return listing.devices;
      },
      async getCaps(input, ctx) {
        authorize(store, ctx);
        const caps = await scan.getCaps(input.device, AbortSignal.timeout(30_000));
        return { ...caps, maxAreaMm: caps.maxAreaMm ?? null, driverOptions: caps.driverOptions ?? [] };
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
