import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

// Proves the runtime boundaries of architecture.md §3 with the real eslint.config.js.
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2 && (m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax'))
    .map((m) => m.message);
}

const electronImport = "import { app } from 'electron';\nexport const x = app;\n";
const fsImport = "import fs from 'node:fs';\nexport const x = fs;\n";

describe('import boundaries', () => {
  it.each(['electron/core/x.ts', 'electron/shared/x.ts', 'electron/workers/x.ts', 'electron/cli/x.ts', 'renderer/src/x.ts'])(
    'rejects electron in %s', async (file) => {
      expect(await importErrors(file, electronImport)).not.toHaveLength(0);
    });

  it('rejects a lazy import of electron in the core', async () => {
    expect(await importErrors('electron/core/x.ts', "export const load = () => import('electron');\n")).not.toHaveLength(0);
  });

  it.each(['electron/main/x.ts', 'electron/preload/index.ts'])('allows electron in %s', async (file) => {
    expect(await importErrors(file, electronImport)).toEqual([]);
  });

  it.each(['renderer/src/x.ts', 'electron/shared/x.ts', 'electron/preload/index.ts'])('rejects node:fs in %s', async (file) => {
    expect(await importErrors(file, fsImport)).not.toHaveLength(0);
  });

  it.each(['fs', 'path', 'child_process', 'fs/promises'])('rejects the bare built-in %s in the renderer', async (name) => {
    expect(await importErrors('renderer/src/x.ts', `import m from '${name}';\nexport const x = m;\n`)).not.toHaveLength(0);
  });

  it.each(['electron/main/x.ts', 'electron/core/x.ts', 'electron/workers/x.ts'])('allows node:fs in %s', async (file) => {
    expect(await importErrors(file, fsImport)).toEqual([]);
  });

  it('keeps the renderer out of electron/core but lets it use electron/shared', async () => {
    expect(await importErrors('renderer/src/x.ts', "import { c } from '../../electron/core/createCore';\nexport const x = c;\n")).not.toHaveLength(0);
    expect(await importErrors('renderer/src/x.ts', "import { api } from '../../electron/shared/contract/api';\nexport const x = api;\n")).toEqual([]);
  });

  it('keeps electron/shared away from the core, main and Node-only packages', async () => {
    for (const spec of ['../core/createCore', '../main/index', 'better-sqlite3', 'sharp', 'react']) {
      expect(await importErrors('electron/shared/ipc/x.ts', `import m from '${spec}';\nexport const x = m;\n`)).not.toHaveLength(0);
    }
    expect(await importErrors('electron/shared/ipc/x.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([]);
  });

  it('limits the preload to electron and electron/shared', async () => {
    expect(await importErrors('electron/preload/index.ts', "import { createClient } from '../shared/ipc/createClient';\nexport const x = createClient;\n")).toEqual([]);
    expect(await importErrors('electron/preload/index.ts', "import { c } from '../core/createCore';\nexport const x = c;\n")).not.toHaveLength(0);
  });

  it('rejects packages that eslint/dependencyClasses.js does not classify', async () => {
    expect(await importErrors('electron/core/x.ts', "import m from 'left-pad';\nexport const x = m;\n")).not.toHaveLength(0);
  });
});
