import type { SaneAddon, SaneHandle, SaneNativeError } from './types';

function inval(where: string): SaneNativeError {
  return Object.assign(new Error(`${where}: Invalid argument`), { saneStatus: 'SANE_STATUS_INVAL' as const, saneCode: 4, saneText: 'Invalid argument' });
}

/**
 * Inert, deterministic stand-in with the addon's surface: no devices, and every device name is unknown (as
 * `sane_open` answers for a name that is not there). For tests and platforms without libsane.
 */
export function createSaneMock(): SaneAddon {
  return {
    version: async () => '0.0.0',
    listDevices: async () => [],
    open: async (): Promise<SaneHandle> => { throw inval('sane_open'); },
    getOptions: async () => { throw inval('getOptions'); },
    setOption: async () => { throw inval('setOption'); },
    scanPage: async () => { throw inval('scanPage'); },
    cancel: () => false,
    close: async () => undefined,
  };
}
