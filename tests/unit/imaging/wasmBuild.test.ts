import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('WebAssembly kernels', () => {
  it('the committed module is the build of native/wasm/rotate.c (clang wasm32)', () => {
    const run = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('match their source');
    expect(run.status).toBe(0);
  }, 60_000);
});
