import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePages } from '../../support/makePages';
import { jsonOf, runCli } from '../../support/runCli';

const CODE = '000.00.01.H29-260310-0421';

describe('station CLI', () => {
  let dataDir: string;
  const cli = (...args: string[]) => runCli(['--data-dir', dataDir, '--json', ...args]);
  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'station-cli-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  it('runs the demo: samples become a stored dossier and a PDF in the outbox', async () => {
    const run = await cli('demo');
    expect(run.code).toBe(0);
    const out = jsonOf<{ database: string; export: { path: string; pages: number }; audit: { ok: boolean } }>(run);
    if (!out.ok) throw new Error(out.error.message);
    expect(existsSync(out.value.database)).toBe(true);
    expect(out.value.export.path.startsWith(join(dataDir, 'outbox'))).toBe(true);
    const info = execFileSync('pdfinfo', [out.value.export.path]).toString();
    expect(info).toMatch(new RegExp(`Pages:\\s+${out.value.export.pages}`));
    expect(out.value.export.pages).toBeGreaterThanOrEqual(5);
    expect(out.value.audit.ok).toBe(true);
  });

  it('rejects an invalid personal ID with exit code 2 and a Vietnamese message', async () => {
    const run = await cli('dossier', 'new', '--code', CODE, '--procedure', '2.000815', '--name', 'Lê Văn Cường', '--personal-id', '999099012345');
    expect(run.code).toBe(2);
    const out = jsonOf(run);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toContain('mã tỉnh');
  });

  it('imports the same files twice without duplicating pages, and lists and shows the dossier', async () => {
    expect((await cli('dossier', 'new', '--code', CODE, '--procedure', '2.000815', '--name', 'Lê Văn Cường', '--personal-id', '001099012345')).code).toBe(0);
    const files = await makePages(join(dataDir, 'in'), 3);
    const first = jsonOf<{ imported: number; duplicates: number }>(await cli('import', ...files, '--dossier', CODE, '--component', '1'));
    const second = jsonOf<{ imported: number; duplicates: number }>(await cli('import', ...files, '--dossier', CODE, '--component', '1'));
    expect(first.ok && first.value).toMatchObject({ imported: 3, duplicates: 0 });
    expect(second.ok && second.value).toMatchObject({ imported: 0, duplicates: 3 });
    const shown = jsonOf<{ dossier: { pageCount: number } }>(await cli('dossier', 'show', CODE));
    expect(shown.ok && shown.value.dossier.pageCount).toBe(3);
    const listed = jsonOf<{ total: number; items: Array<{ code: string }> }>(await cli('dossier', 'list', '--query', 'le van cuong'));
    expect(listed.ok && listed.value.items.map((d) => d.code)).toEqual([CODE]);
  });

  it('quarantines a corrupt file, keeps the good ones, and exits 3 (partial)', async () => {
    const [good] = await makePages(join(dataDir, 'in2'), 1, { prefix: 'tot', width: 500 });
    const bad = join(dataDir, 'in2', 'hong.jpg');
    await writeFile(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const run = await cli('import', good!, bad, '--dossier', CODE);
    expect(run.code).toBe(3);
    const out = jsonOf<{ imported: number; rejected: Array<{ path: string; quarantinedTo: string | null; message: string }> }>(run);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.imported).toBe(1);
    expect(out.value.rejected).toHaveLength(1);
    expect(out.value.rejected[0]!.quarantinedTo && existsSync(out.value.rejected[0]!.quarantinedTo)).toBeTruthy();
    expect(existsSync(bad)).toBe(true);
  });

  it('audit verify detects a forged edit to an audit row', async () => {
    expect(jsonOf<{ ok: boolean }>(await cli('audit', 'verify'))).toMatchObject({ ok: true, value: { ok: true } });
    const db = new Database(join(dataDir, 'station.db'));
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as Array<{ name: string }>;
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    db.prepare("UPDATE audit_log SET actor = 'user:ke-gia-mao' WHERE seq = 2").run();
    db.close();
    const run = await cli('audit', 'verify');
    expect(run.code).toBe(1);
    const out = jsonOf<{ ok: boolean; brokenAtSeq: number }>(run);
    expect(out.ok && out.value).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });
});
