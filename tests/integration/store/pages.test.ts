import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/core/services/audit';
import { createDocument, ensureComponentDocument } from '../../../electron/core/services/documents';
import { getDossierDetail, setDossierStatus } from '../../../electron/core/services/dossiers';
import { commitPage, getPage, listTrash, pageFilePath, removePage, restoreFromTrash, type CommitPageInput } from '../../../electron/core/services/pages';
import type { PageFs } from '../../../electron/core/store/PageFileStore';
import { asyncErrorOf, errorOf, fakeImage, makeStore, newDossier, type TestStore } from './helpers';

let t: TestStore;
afterEach(() => t.cleanup());

const CODE = 'H55.242-260310-010001';
function page(documentId: string, n: number): CommitPageInput {
  return { documentId, bytes: fakeImage(n), ext: 'jpg', width: 2480, height: 3508, dpi: 300, colorMode: 'color', blank: false, sourceName: `scan-${n}.jpg` };
}
function setup(): { docId: string; dossierId: string } {
  const d = newDossier(t.store, CODE);
  return { docId: ensureComponentDocument(t.store, d.id, 1, 'user:clerk').id, dossierId: d.id };
}

describe('commitPage', () => {
  it('writes the file (durably, hash-named) before the row commits', async () => {
    const rowsSeenAtRename: number[] = [];
    const spyFs: PageFs = {
      ...(fsp as unknown as PageFs),
      async rename(from, to) {
        rowsSeenAtRename.push(t.store.db.prepare('SELECT COUNT(*) FROM pages').pluck().get() as number);
        await fsp.rename(from, to);
      },
    };
    t = makeStore({ pageFs: spyFs });
    const { docId } = setup();
    const { page: p, duplicate } = await commitPage(t.store, page(docId, 1), 'user:clerk');
    expect(duplicate).toBe(false);
    expect(rowsSeenAtRename).toEqual([0]);
    const file = pageFilePath(t.store, p);
    expect(file).toContain(`${p.sha256.slice(0, 2)}`);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(p.sha256);
    expect(await t.store.files.verifyPageFile(p.sha256, 'jpg')).toEqual({ ok: true, actual: p.sha256 });
    expect(p).toMatchObject({ position: 1, bytes: fakeImage(1).byteLength, sourceName: 'scan-1.jpg', colorMode: 'color' });
    expect(getPage(t.store, p.id)).toEqual(p);
  });

  it('appends positions, moves the dossier to digitizing and audits each page', async () => {
    t = makeStore();
    const { docId } = setup();
    const a = await commitPage(t.store, page(docId, 1), 'user:clerk');
    const b = await commitPage(t.store, page(docId, 2), 'user:clerk');
    expect([a.page.position, b.page.position]).toEqual([1, 2]);
    const detail = getDossierDetail(t.store, CODE);
    expect(detail.dossier.status).toBe('digitizing');
    expect(detail.dossier.pageCount).toBe(2);
    expect(detail.documents[0]?.pages.map((x) => x.id)).toEqual([a.page.id, b.page.id]);
    expect(listAudit(t.store.db, 10).filter((e) => e.action === 'page.commit')).toHaveLength(2);
  });

  it('detects the same image imported twice into a dossier and writes nothing', async () => {
    t = makeStore();
    const { docId, dossierId } = setup();
    const first = await commitPage(t.store, page(docId, 7), 'user:clerk');
    const auditBefore = verifyAudit(t.store.db).entries;
    const other = ensureComponentDocument(t.store, dossierId, null, 'user:clerk');
    const again = await commitPage(t.store, { ...page(other.id, 7), sourceName: 'copy.jpg' }, 'user:clerk');
    expect(again).toEqual({ page: first.page, duplicate: true });
    expect(verifyAudit(t.store.db).entries).toBe(auditBefore + 1); // only the document creation
    expect(t.store.db.prepare('SELECT COUNT(*) FROM pages').pluck().get()).toBe(1);
    // Concurrent imports of one image end with one row.
    const results = await Promise.all([commitPage(t.store, page(docId, 8), 'a'), commitPage(t.store, page(docId, 8), 'b')]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0]?.page.id).toBe(results[1]?.page.id);
  });

  it('refuses present-only and classified documents (VN-DG-02) and audits the refusal', async () => {
    t = makeStore();
    const d = newDossier(t.store, CODE);
    const presentOnly = ensureComponentDocument(t.store, d.id, 2, 'user:clerk');
    const err = await asyncErrorOf(() => commitPage(t.store, page(presentOnly.id, 1), 'user:clerk'));
    expect(err?.code).toBe('import/not-digitizable');
    expect(err?.message).toMatch(/xuất trình/);
    const secret = createDocument(t.store, { dossierCode: CODE, componentIndex: null, name: 'Công văn mật', category: 'd', presentOnly: false, classified: true, expectedPages: null }, 'user:clerk');
    expect((await asyncErrorOf(() => commitPage(t.store, page(secret.id, 2), 'user:clerk')))?.code).toBe('import/not-digitizable');
    const refusals = listAudit(t.store.db, 20).filter((e) => e.action === 'page.refused');
    expect(refusals.map((e) => e.data.reason)).toEqual(['classified', 'present-only']);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM pages').pluck().get()).toBe(0);
    expect(readdirSync(t.store.paths.pagesDir)).toEqual([]);
  });

  it('refuses pages for a cancelled dossier and for an unknown document', async () => {
    t = makeStore();
    const { docId } = setup();
    setDossierStatus(t.store, CODE, 'cancelled', 'user:clerk');
    expect((await asyncErrorOf(() => commitPage(t.store, page(docId, 1), 'user:clerk')))?.code).toBe('store/conflict');
    expect((await asyncErrorOf(() => commitPage(t.store, page('missing', 1), 'user:clerk')))?.code).toBe('store/not-found');
    expect(readdirSync(t.store.paths.pagesDir)).toEqual([]);
  });

  it('maps a full disk to store/disk-full and leaves no row, no audit entry and no temp file', async () => {
    const fullFs: PageFs = {
      ...(fsp as unknown as PageFs),
      async open(path, flags) {
        const fh = await fsp.open(path, flags);
        return {
          writeFile: async () => { throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }); },
          sync: () => fh.sync(),
          close: () => fh.close(),
        };
      },
    };
    t = makeStore({ pageFs: fullFs });
    const { docId } = setup();
    const err = await asyncErrorOf(() => commitPage(t.store, page(docId, 1), 'user:clerk'));
    expect(err?.code).toBe('store/disk-full');
    expect(err?.message).toMatch(/giải phóng dung lượng/);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM pages').pluck().get()).toBe(0);
    expect(listAudit(t.store.db, 50).some((e) => e.action === 'page.commit')).toBe(false);
    const leftovers = readdirSync(t.store.paths.pagesDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});

describe('trash', () => {
  it('removes a page to the trash (file kept), hides it from the dossier and restores it in place', async () => {
    t = makeStore();
    const { docId } = setup();
    const a = await commitPage(t.store, page(docId, 1), 'user:clerk');
    const b = await commitPage(t.store, page(docId, 2), 'user:clerk');
    const item = removePage(t.store, a.page.id, 'Trang quét lệch', 'user:clerk');
    expect(item).toMatchObject({ kind: 'page', entityId: a.page.id, reason: 'Trang quét lệch', deletedBy: 'user:clerk' });
    expect(item.label.startsWith(CODE)).toBe(true);
    expect(listTrash(t.store).map((x) => x.id)).toEqual([item.id]);
    expect(existsSync(pageFilePath(t.store, a.page))).toBe(true);
    expect(getDossierDetail(t.store, CODE).documents[0]?.pages.map((p) => p.id)).toEqual([b.page.id]);
    expect(getDossierDetail(t.store, CODE).dossier.pageCount).toBe(1);
    expect(errorOf(() => removePage(t.store, a.page.id, 'again', 'user:clerk'))?.code).toBe('store/conflict');

    restoreFromTrash(t.store, item.id, 'user:clerk');
    expect(listTrash(t.store)).toEqual([]);
    expect(getDossierDetail(t.store, CODE).documents[0]?.pages.map((p) => p.id)).toEqual([a.page.id, b.page.id]);
    expect(errorOf(() => restoreFromTrash(t.store, item.id, 'user:clerk'))?.code).toBe('store/conflict');
    expect(listAudit(t.store.db, 3).map((e) => e.action)).toEqual(['page.restore', 'page.remove', 'page.commit']);
  });

  it('allows re-importing a trashed image, and then refuses to restore the old copy', async () => {
    t = makeStore();
    const { docId } = setup();
    const a = await commitPage(t.store, page(docId, 1), 'user:clerk');
    const item = removePage(t.store, a.page.id, 'nhầm', 'user:clerk');
    const again = await commitPage(t.store, page(docId, 1), 'user:clerk');
    expect(again.duplicate).toBe(false);
    expect(again.page.position).toBe(2);
    expect(errorOf(() => restoreFromTrash(t.store, item.id, 'user:clerk'))?.code).toBe('store/conflict');
    expect(verifyAudit(t.store.db).ok).toBe(true);
  });
});
