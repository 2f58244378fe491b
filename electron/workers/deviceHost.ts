/**
 * Device host entry: runs scanner (and later HID / PKCS#11) drivers out of the main process, so vendor code that
 * crashes cannot take the app down. Works under child_process.fork and Electron's utilityProcess alike.
 */
import { getParentPort } from '../core/host/parentPort';
import { serveHost } from '../core/host/serveHost';
import { testHostMethods, testHooksEnabled } from '../core/host/testHostMethods';
import { createScanHostMethods } from '../core/scan/bridge/scanHostMethods';
import { createDriverRegistry } from '../core/scan/drivers/driverRegistry';

const port = getParentPort();
if (!port) {
  console.error('deviceHost must be started by the station (fork or utility process).');
  process.exit(2);
}
serveHost(port, { ...createScanHostMethods(createDriverRegistry()), ...(testHooksEnabled() ? testHostMethods : {}) });
// Parent gone (app quit or crashed): nothing left to serve.
process.on('disconnect', () => process.exit(0));
