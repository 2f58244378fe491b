import { afterEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/core/services/audit';
import { createDocument, ensureComponentDocument } from '../../../electron/core/services/documents';
import { getDossierDetail } from '../../../electron/core/services/dossiers';
import { commitPage, removePage, restoreFromTrash, type CommitPageInput } from '../../../electron/core/services/pages';
import { asyncErrorOf, fakeImage, makeStore, newDossier, type TestStore } from './helpers';

let t: TestStore;
afterEach(() => t.cleanup());

const CODE = 'H55.242-260310-010001';
const ACTOR = 'user:clerk';
function page(documentId: string, n: number, extra: Partial<CommitPageInput> = {}): CommitPageInput {
  return { documentId, bytes: fakeImage(n), ext: 'jpg', width: 2480, height: 3508, dpi: 300, colorMode: 'color', blank: false, sourceName: `scan-${n}.jpg`, ...extra };
}
async function threePages(): Promise<{ docId: string; ids: string[] }> {
  const d = newDossier(t.store, CODE);
  const docId = ensureComponentDocument(t.store, d.id, 1, ACTOR).id;
  const ids: string[] = [];
  for (const n of [1, 2, 3]) ids.push((await commitPage(t.store, page(docId, n), ACTOR)).page.id);
  return { docId, ids };
}
const order = () => getDossierDetail(t.store, CODE).documents[0]!.pages.map((p) => [p.sourceName, p.position]);

describe('commitPage with insertBefore ("rescan this page and insert here")', () => {
  it('takes the target position and shifts later pages, keeping positions contiguous', async () => {
    t = makeStore();
    const { docId, ids } = await threePages();
    const r = await commitPage(t.store, page(docId, 9, { insertBefore: ids[1] }), ACTOR);
    expect(r.page.position).toBe(2);
    expect(order()).toEqual([['scan-1.jpg', 1], ['scan-9.jpg', 2], ['scan-2.jpg', 3], ['scan-3.jpg', 4]]);
    // A second rescan in front of the same page lands after the first one (a batch stays in order).
    await commitPage(t.store, page(docId, 10, { insertBefore: ids[1] }), ACTOR);
    expect(order().map((x) => x[0])).toEqual(['scan-1.jpg', 'scan-9.jpg', 'scan-10.jpg', 'scan-2.jpg', 'scan-3.jpg']);
    expect(order().map((x) => x[1])).toEqual([1, 2, 3, 4, 5]);
  });

  it('audits the insert with the target and the number of shifted pages, and the chain stays valid', async () => {
    t = makeStore();
    const { docId, ids } = await threePages();
    await commitPage(t.store, page(docId, 9, { insertBefore: ids[0], captureNote: 'with-note' }), ACTOR);
    const entry = listAudit(t.store.db, 1)[0]!;
    expect(entry.action).toBe('page.commit');
    expect(entry.data).toMatchObject({ position: 1, insertBefore: ids[0], shifted: 3, captureNote: 'with-note' });
    expect(verifyAudit(t.store.db).ok).toBe(true);
  });

  it('shifts trashed pages too, so a restored page comes back in its (moved) place', async () => {
    t = makeStore();
    const { docId, ids } = await threePages();
    const trash = removePage(t.store, ids[2]!, 'quét lệch', ACTOR);
    await commitPage(t.store, page(docId, 9, { insertBefore: ids[1] }), ACTOR);
    restoreFromTrash(t.store, trash.id, ACTOR);
    expect(order()).toEqual([['scan-1.jpg', 1], ['scan-9.jpg', 2], ['scan-2.jpg', 3], ['scan-3.jpg', 4]]);
  });

  it('refuses a target in another document or in the trash, and writes nothing', async () => {
    t = makeStore();
    const { docId, ids } = await threePages();
    const other = createDocument(t.store, { dossierCode: CODE, componentIndex: null, name: 'Giấy khác', category: 'd', presentOnly: false, classified: false, expectedPages: null }, ACTOR);
    const wrongDoc = await asyncErrorOf(() => commitPage(t.store, page(other.id, 9, { insertBefore: ids[0] }), ACTOR));
    expect(wrongDoc?.code).toBe('validation/input');
    removePage(t.store, ids[0]!, 'nhầm', ACTOR);
    const trashed = await asyncErrorOf(() => commitPage(t.store, page(docId, 9, { insertBefore: ids[0] }), ACTOR));
    expect(trashed?.code).toBe('validation/input');
    expect(trashed?.message).toContain('chèn trước');
    const unknown = await asyncErrorOf(() => commitPage(t.store, page(docId, 9, { insertBefore: '00000000-0000-4000-8000-000000000000' }), ACTOR));
    expect(unknown?.code).toBe('store/not-found');
    expect(order().map((x) => x[1])).toEqual([2, 3]);
  });
});
