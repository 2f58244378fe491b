/**
 * Runs Debian's real eSCL client (scanimage + the sane-airscan backend) against a simulator. The SANE config is
 * private (SANE_CONFIG_DIR from tests/support/sane/make-sane-config.sh), so the system /etc/sane.d is untouched and
 * no network discovery slows the listing down.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEsclSimulator, type EsclSim, type EsclSimOptions } from '../../support/escl/startEsclSimulator.js';

export const DEVICE = 'airscan:e0:Fake Desk';
const MAKE_CONFIG = resolve(import.meta.dirname, '../../support/sane/make-sane-config.sh');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface AirscanPeer {
  sim: EsclSim;
  dir: string;
  scanimage(args: string[], timeoutMs?: number): Promise<RunResult>;
  /** Files the batch wrote, sorted (p01.png, p02.png, …). */
  files(): Promise<string[]>;
  dispose(): Promise<void>;
}

/** Why the real client cannot run here, or null. Checked by a test so a missing package fails instead of skipping. */
export function missingClient(): string | null {
  if (!['/usr/bin/scanimage', '/bin/scanimage'].some((p) => existsSync(p))) return 'scanimage missing: apt-get install sane-utils';
  // Debian puts SANE backends in /usr/lib/<triplet>/sane (multiarch), other distributions in /usr/lib/sane.
  const libDirs = ['/usr/lib', ...readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')).map((d) => `/usr/lib/${d}`)];
  if (!libDirs.some((d) => existsSync(`${d}/sane/libsane-airscan.so.1`))) return 'sane-airscan backend missing: apt-get install sane-airscan';
  return null;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(cmd, args, { env, timeout: timeoutMs, encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr: stderr + (err && typeof err.code !== 'number' ? `\n${err.message}` : ''), ms: performance.now() - started });
    });
  });
}

export async function startAirscanPeer(opts: EsclSimOptions = {}): Promise<AirscanPeer> {
  const sim = await startEsclSimulator(opts);
  const dir = await mkdtemp(join(tmpdir(), 'escl-airscan-'));
  const made = await run('bash', [MAKE_CONFIG, join(dir, 'sane')], { ...process.env, ESCL_URL: sim.url }, 10_000);
  if (made.code !== 0) throw new Error(`make-sane-config.sh failed: ${made.stderr}`);
  const env = { ...process.env, SANE_CONFIG_DIR: join(dir, 'sane', 'airscan'), LC_ALL: 'C' };
  return {
    sim,
    dir,
    scanimage: (args, timeoutMs = 60_000) => run('scanimage', args, env, timeoutMs),
    files: async () => (await readdir(dir)).filter((f) => /^p\d+\.(png|jpg|pnm)$/.test(f)).sort().map((f) => join(dir, f)),
    dispose: async () => {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** scanimage arguments for a batch into the peer's directory. */
export function batchArgs(peer: AirscanPeer, source: 'ADF' | 'Flatbed' | 'ADF Duplex', mode: 'Color' | 'Gray', dpi: number): string[] {
  return ['-d', DEVICE, '--source', source, '--mode', mode, '--resolution', String(dpi), '--format=png', `--batch=${join(peer.dir, 'p%02d.png')}`];
}
