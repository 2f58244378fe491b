/**
 * The SANE `test` backend as a real peer (scanning.md §7.1): a private SANE_CONFIG_DIR made by
 * tests/support/sane/make-sane-config.sh (our copy of ../shared/testenv/sane/make-sane-config.sh), so the system
 * /etc/sane.d is untouched and listing takes ~0.03 s.
 *
 * SANE reads SANE_CONFIG_DIR once, at sane_init (the addon's first call): call `setUpSaneTestEnv()` in beforeAll
 * before anything touches the addon, and keep SANE tests in their own files (vitest forks one process per file).
 * Missing pieces FAIL the tests (CI installs them), except on Windows, which has no SANE at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAKE_CONFIG = resolve(import.meta.dirname, 'sane/make-sane-config.sh');

/** Windows has no SANE: SANE suites skip there, and only there. */
export const saneUnavailableOnPlatform = process.platform === 'win32';
export const SKIP_REASON = 'SANE does not exist on Windows (the SANE driver is Linux/macOS only).';

export interface SaneTestEnv {
  /** The SANE_CONFIG_DIR holding only the test backend. */
  configDir: string;
  cleanup(): Promise<void>;
}

export async function setUpSaneTestEnv(): Promise<SaneTestEnv> {
  const root = await mkdtemp(join(tmpdir(), 'ss-sane-'));
  const made = spawnSync('bash', [MAKE_CONFIG, root], { encoding: 'utf8' });
  if (made.status !== 0) {
    throw new Error(`make-sane-config.sh failed (install sane-utils and libsane1): ${made.stderr || made.error?.message}`);
  }
  const configDir = join(root, 'test');
  if (!existsSync(join(configDir, 'test.conf'))) throw new Error(`no test.conf in ${configDir}: is libsane1 installed?`);
  process.env.SANE_CONFIG_DIR = configDir;
  return { configDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
