import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What to fork: a script and the Node flags it needs. */
export interface WorkerEntry {
  path: string;
  execArgv: string[];
}

function here(): string {
  // Bundled as CJS, __dirname exists; under tsx/ESM only import.meta.url does.
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * Picks a worker's entry: the bundled `dist/workers/<name>.cjs` when running from a build, otherwise the
 * TypeScript source run through tsx (dev, tests). `STATION_WORKER_DIR` overrides where built workers live.
 */
export function resolveWorkerEntry(name: string, opts: { fromDir?: string; preferSource?: boolean } = {}): WorkerEntry {
  const from = opts.fromDir ?? here();
  const builtDirs = [process.env.STATION_WORKER_DIR, join(from, '..', 'workers'), join(from, 'workers')].filter((d): d is string => Boolean(d));
  if (!opts.preferSource && !from.includes(`${join('electron', 'core')}`)) {
    for (const dir of builtDirs) {
      const file = join(dir, `${name}.cjs`);
      if (existsSync(file)) return { path: file, execArgv: [] };
    }
  }
  // Source layout: electron/core/host → electron/workers/<name>.ts.
  const source = resolve(from, '..', '..', 'workers', `${name}.ts`);
  if (!existsSync(source)) throw new Error(`Worker entry not found: ${name} (looked for ${source})`);
  return { path: source, execArgv: ['--import', 'tsx'] };
}
