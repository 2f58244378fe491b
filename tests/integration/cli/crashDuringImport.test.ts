import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/openStore';
import { verifyAudit } from '../../../electron/core/services/audit';
import { getDossierDetail } from '../../../electron/core/services/dossiers';
import { pageFilePath } from '../../../electron/core/services/pages';
import { makePages } from '../../support/makePages';
import { jsonOf, runCli, startCli } from '../../support/runCli';

const CODE = 'H55.242-260310-010001';
const PAGES = 200;

function countPages(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
  } catch {
    return 0; // schema not created yet
  } finally {
    db.close();
  }
}

async function killWhenPagesReach(dbFile: string, threshold: number, kill: () => void, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.then(() => { finished = true; });
  for (;;) {
    const n = countPages(dbFile);
    if (n >= threshold || finished) { kill(); return n; }
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('kill -9 during an import of 200 pages', () => {
  let dataDir: string;
  let pagesDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'station-crash-'));
    pagesDir = join(dataDir, 'input');
    await makePages(pagesDir, PAGES);
    const created = await runCli(['--data-dir', dataDir, '--json', 'dossier', 'new', '--code', CODE, '--procedure', '2.000815', '--name', 'Trần Thị Bình', '--personal-id', '079305000123']);
    expect(created.code).toBe(0);
  });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  it('keeps every acknowledged page intact, then a re-run completes without duplicates', async () => {
    const dbFile = join(dataDir, 'station.db');
    const run = startCli(['--data-dir', dataDir, '--json', 'import', pagesDir, '--dossier', CODE]);
    const atKill = await killWhenPagesReach(dbFile, 40, () => run.child.kill('SIGKILL'), run.done);
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(atKill).toBeGreaterThanOrEqual(40);

    let survived = 0;
    const store = openStore(dataDir);
    try {
      const pages = getDossierDetail(store, CODE).documents.flatMap((d) => d.pages);
      expect(pages.length).toBeGreaterThanOrEqual(atKill);
      expect(pages.length).toBeLessThan(PAGES);
      for (const page of pages) {
        const bytes = await readFile(pageFilePath(store, page));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(page.sha256);
      }
      expect(pages.map((p) => p.position)).toEqual(pages.map((_, i) => i + 1));
      expect(verifyAudit(store.db).ok).toBe(true);
      survived = pages.length;
    } finally {
      store.close();
    }

    const rerun = await runCli(['--data-dir', dataDir, '--json', 'import', pagesDir, '--dossier', CODE]);
    expect(rerun.code).toBe(0);
    const result = jsonOf<{ imported: number; duplicates: number }>(rerun);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.duplicates).toBe(survived);
    expect(result.value.imported).toBe(PAGES - survived);
    expect(countPages(dbFile)).toBe(PAGES);
  }, 180_000);
});
