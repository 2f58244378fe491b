#!/usr/bin/env node
// Bundles the Node side with esbuild (architecture.md §8): main, preload, every worker and the CLI, each into one
// CommonJS file under dist/. Native packages stay external (loaded from node_modules, asarUnpack'ed when
// packaging). Entries that do not exist yet are skipped with a warning.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativePackages } from '../eslint/dependencyClasses.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (...p) => path.join(root, ...p);

const workersDir = rel('electron', 'workers');
const workerEntries = existsSync(workersDir)
  ? readdirSync(workersDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
      .map((f) => ({ in: rel('electron', 'workers', f), out: `workers/${path.basename(f, '.ts')}` }))
  : [];

const entries = [
  { in: rel('electron', 'main', 'index.ts'), out: 'main/index' },
  { in: rel('electron', 'preload', 'index.ts'), out: 'preload/index' },
  ...workerEntries,
  { in: rel('electron', 'cli', 'index.ts'), out: 'cli/index' },
];

// electron is provided by the runtime; native addons (and their platform packages) load from node_modules.
const external = ['electron', ...nativePackages, '@img/*', '*.node'];

const present = entries.filter((e) => {
  if (existsSync(e.in)) return true;
  console.warn(`build-node: skipping ${path.relative(root, e.in)} (not found)`);
  return false;
});

// `import.meta.url` has no CommonJS meaning; give bundled code the file's own URL. Not in the preload: a sandboxed
// preload can require only a few modules and does not need it.
const importMetaShim = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const started = Date.now();
// One build per entry so the sandboxed preload is a single self-contained file (no shared chunks).
const results = await Promise.allSettled(present.map((e) => build({
  entryPoints: [{ in: e.in, out: e.out }],
  outdir: rel('dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external,
  logLevel: 'error',
  legalComments: 'none',
  // The preload is parsed on every page load; it carries the zod contract (createClient reads the api keys).
  minify: e.out === 'preload/index',
  ...(e.out === 'preload/index' ? {} : importMetaShim),
})));
const failed = present.filter((_, i) => results[i].status === 'rejected');
if (failed.length > 0) {
  console.error(`build-node: failed: ${failed.map((e) => path.relative(root, e.in)).join(', ')}`);
  process.exit(1);
}
console.log(`build-node: ${present.map((e) => `dist/${e.out}.cjs`).join(', ')} in ${Date.now() - started} ms`);
