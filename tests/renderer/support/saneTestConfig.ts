import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './ensureRendererBuilt';

const MAKE_CONFIG = path.join(REPO_ROOT, 'tests', 'support', 'sane', 'make-sane-config.sh');

/**
 * Points SANE at a private config with only the `test` backend (devices test:0 and test:1), as the SANE
 * integration tests do. Must run before the core starts: the device host inherits the environment and SANE
 * reads SANE_CONFIG_DIR once. Returns the directory, or null when the script or sane-utils are missing.
 */
export async function useSaneTestBackend(): Promise<string | null> {
  if (!existsSync(MAKE_CONFIG) || !existsSync('/etc/sane.d/test.conf')) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'ss-ui-sane-'));
  try {
    await promisify(execFile)('bash', [MAKE_CONFIG, dir], { timeout: 10_000 });
  } catch {
    return null;
  }
  process.env.SANE_CONFIG_DIR = path.join(dir, 'test');
  return process.env.SANE_CONFIG_DIR;
}
