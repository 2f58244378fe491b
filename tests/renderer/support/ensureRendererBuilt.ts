import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');
const LOCK = path.join(REPO_ROOT, 'dist', '.renderer-build.lock');

/**
 * `npm test` runs `vite build` before vitest; when the tests run alone and dist/renderer is missing, build once.
 * A lock directory keeps parallel test files from building at the same time.
 */
export async function ensureRendererBuilt(): Promise<string> {
  if (existsSync(path.join(RENDERER_DIST, 'index.html'))) return RENDERER_DIST;
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try { await mkdir(LOCK); break; } catch { await new Promise((r) => setTimeout(r, 500)); }
    if (existsSync(path.join(RENDERER_DIST, 'index.html'))) return RENDERER_DIST;
  }
  try {
    if (!existsSync(path.join(RENDERER_DIST, 'index.html'))) {
      await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: REPO_ROOT });
    }
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
  return RENDERER_DIST;
}
