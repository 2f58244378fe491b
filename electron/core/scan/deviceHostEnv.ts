import { join } from 'node:path';
import { getSettings } from '../services/settings';
import type { Store } from '../store/Store';

/** The eSCL certificate pins, written by the device host itself (temp file + fsync + rename). */
export const ESCL_PIN_FILE = 'escl-pins.json';

const splitList = (raw: string | undefined): string[] => (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * The device host's environment, read at every (re)start: manual eSCL URLs (`STATION_ESCL_URLS`, the settings'
 * `esclUrls` after any the station was launched with) and where the host keeps certificate pins.
 */
export function deviceHostEnv(store: Store, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const urls = [...new Set([...splitList(base.STATION_ESCL_URLS), ...getSettings(store).esclUrls])];
  return { ...base, STATION_ESCL_URLS: urls.join(','), STATION_ESCL_PIN_FILE: join(store.paths.dataDir, ESCL_PIN_FILE) };
}
