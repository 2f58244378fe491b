#!/usr/bin/env node
// postinstall: builds native/sane (our libsane addon, native/sane/README.md) with node-gyp when libsane's headers
// are installed (`pkg-config --exists sane-backends`, Debian: libsane-dev). Without them it prints one notice and
// exits 0: the SANE driver then reports driver/not-supported and the rest of the station works. A failed build
// fails the install under CI (CI=1), where the addon's tests must run, and only warns elsewhere.
// STATION_SKIP_NATIVE=1 skips the build altogether.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const addonDir = path.join(root, 'native', 'sane');
const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');

function notice(message) {
  console.log(`build-native: ${message}`);
  process.exit(0);
}

if (process.env.STATION_SKIP_NATIVE === '1') notice('skipped (STATION_SKIP_NATIVE=1).');
if (process.platform === 'win32') notice('SANE does not exist on Windows; the SANE driver is not built (eSCL/TWAIN/WIA are used).');
if (spawnSync('pkg-config', ['--exists', 'sane-backends']).status !== 0) {
  notice('libsane headers not found (pkg-config sane-backends; Debian: apt install libsane-dev pkg-config): SANE driver not built, it will report "not supported".');
}
if (!existsSync(nodeGyp)) notice('node-gyp is not installed (production install?): SANE driver not built.');

// Node's own headers when the runtime ships them (Debian/NodeSource put them in <prefix>/include/node): node-gyp
// then needs no download, which CI and offices behind a proxy cannot always make.
const prefix = path.resolve(path.dirname(process.execPath), '..');
const localHeaders = existsSync(path.join(prefix, 'include', 'node', 'node_api.h'));
const args = [nodeGyp, 'rebuild', '--jobs', 'max', '--directory', addonDir, ...(localHeaders ? [`--nodedir=${prefix}`] : [])];

const started = Date.now();
const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (r.status === 0) {
  console.log(`build-native: native/sane built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  process.exit(0);
}
process.stdout.write(r.stdout ?? '');
process.stderr.write(r.stderr ?? '');
console.error('build-native: building native/sane failed (see above).');
process.exit(process.env.CI ? 1 : 0);
