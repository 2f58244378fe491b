import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../electron/shared/errors/AppError';
import type { SaneAddon } from './types';

export * from './types';

/**
 * Where the built addon may be: next to this file (tests, tsx), or two levels up from a bundled worker
 * (dist/workers/deviceHost.cjs → native/sane/build/Release). STATION_SANE_ADDON overrides both (packaging).
 */
function candidates(): string[] {
  const fromEnv = process.env.STATION_SANE_ADDON;
  const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
  return [
    ...(fromEnv ? [fromEnv] : []),
    here('./build/Release/sane.node'),
    here('../../native/sane/build/Release/sane.node'),
  ];
}

function notAvailable(cause?: unknown): AppError {
  return new AppError('driver/not-supported',
    'SANE (trình điều khiển máy quét của Linux/macOS) chưa có trên máy này, nên không dùng được máy quét qua SANE. '
    + 'Hãy nhờ bộ phận CNTT cài gói libsane1/sane-utils, hoặc dùng máy quét mạng (eSCL) hay nhập từ tệp.',
    cause === undefined ? {} : { cause });
}

let cached: SaneAddon | null = null;

/**
 * Loads the addon on first use (never at import time). A missing build, or a missing libsane.so.1 behind it,
 * becomes `driver/not-supported`. SANE reads SANE_CONFIG_DIR at its first call, after this.
 */
export function loadSane(): SaneAddon {
  if (cached) return cached;
  if (process.platform === 'win32') throw notAvailable();
  const path = candidates().find((p) => existsSync(p));
  if (!path) throw notAvailable();
  try {
    cached = createRequire(import.meta.url)(path) as SaneAddon;
  } catch (err) {
    // dlopen failed: usually "libsane.so.1: cannot open shared object file".
    throw notAvailable(err);
  }
  return cached;
}
