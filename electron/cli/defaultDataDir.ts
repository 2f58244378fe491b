import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Trạm Số hóa';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives the desktop app, so the CLI
 * and the app share a station's data by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.STATION_DATA_DIR) return env.STATION_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
