import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore';
import { hotFolderTarget } from '../../../electron/core/import/hotFolderTarget';
import type { EventPayload } from '../../../electron/shared/contract/events';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';
import { makePages } from '../../support/makePages';

const CODE = 'H55.242-260310-010002';
const ctx: CallContext = { origin: 'test', session: { userId: null } };

describe('hot folder routing by file name', () => {
  it('reads the dossier code and an optional _tpN component', () => {
    expect(hotFolderTarget('/x/H55.242-260310-010002_tp2_scan0001.pdf')).toEqual({ dossierCode: CODE, componentIndex: 2 });
    expect(hotFolderTarget('000.00.01.H29-260310-0420 (1).jpg')).toEqual({ dossierCode: '000.00.01.H29-260310-0420', componentIndex: null });
    expect(hotFolderTarget('scan0001.pdf')).toBeNull();
  });
});

describe('hot folder in the core (real device host)', () => {
  let dataDir: string;
  let hot: string;
  let core: Core;
  const reports: Array<EventPayload<'hotFolder.reported'>> = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'station-hot-'));
    hot = join(dataDir, 'may-quet');
    await mkdir(hot);
    core = await createCore({ dataDir, watchHotFolder: true });
    core.events.on((name, payload) => { if (name === 'hotFolder.reported') reports.push(payload as EventPayload<'hotFolder.reported'>); });
    const created = await core.router.dispatch('ss:dossiers.create', { code: CODE, procedureCode: '2.000815', applicant: { fullName: 'Phạm Thị Dung', personalId: '001305000123' } }, ctx);
    expect(created.ok).toBe(true);
    const updated = await core.router.dispatch('ss:settings.update', { hotFolder: hot }, ctx);
    expect(updated.ok).toBe(true);
  });
  afterAll(async () => { await core.close(); await rm(dataDir, { recursive: true, force: true }); });

  it('imports a named file into its dossier component, moves it to da-xu-ly, and leaves an unnamed file waiting', async () => {
    const [page] = await makePages(join(dataDir, 'src'), 1);
    const { readFile } = await import('node:fs/promises');
    await writeFile(join(hot, `${CODE}_tp1_scan0001.jpg`), await readFile(page!));
    await writeFile(join(hot, 'scan0002.jpg'), await readFile(page!));
    await core.hotFolder!.pollOnce();
    await core.hotFolder!.pollOnce();

    const detail = await core.router.dispatch('ss:dossiers.get', { code: CODE }, ctx);
    if (!detail.ok) throw new Error(detail.error.message);
    const value = detail.value as { documents: Array<{ componentIndex: number | null; pages: unknown[] }> };
    expect(value.documents.find((d) => d.componentIndex === 1)?.pages).toHaveLength(1);
    expect(await readdir(join(hot, 'da-xu-ly'))).toEqual([`${CODE}_tp1_scan0001.jpg`]);
    expect(existsSync(join(hot, 'scan0002.jpg'))).toBe(true);
    expect(reports.map((r) => [r.file, r.outcome])).toEqual(expect.arrayContaining([[`${CODE}_tp1_scan0001.jpg`, 'imported'], ['scan0002.jpg', 'waiting']]));
    expect(reports.find((r) => r.outcome === 'waiting')?.message).toContain('mã hồ sơ');
  });
});
